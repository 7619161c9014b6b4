/**
 * The parser: unified + remark-parse, then our plugins over the tree and the
 * file's data, one concern each.
 */
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import { createRequire } from 'node:module';
import { VFile } from 'vfile';
import type { Node } from 'unist';
import remarkPlainText from './plain-text.js';
import collectBlocks from './blocks.js';
import detectUnits from './units.js';
import detectUnnumberedHeadings from './unnumbered.js';
import detectContents from './contents.js';
import detectMatter from './matter.js';
import joinParagraphs from './paragraphs.js';
import detectLeads from './leads.js';
import buildTree from './tree.js';
import { assignIds } from './nest.js';
import pairHalves from './halves.js';
import printedTitles from './printed-titles.js';
import collectMarkdownBlocks, { parserInput } from './markdown/blocks.js';
import { recoverStructure } from './markdown/structure.js';
import type { ParseHints, ParseOptions, ParsedDocument, ParsedSection, Range } from './types.js';
import { foldText, type SkipRange } from '../text/fold.js';
import { LineIndex } from '../text/span.js';
import { withLineFeeds } from '../text/breaks.js';
import { articleNumberingWarnings, backMatterHintWarnings } from './checks.js';

export type * from './types.js';

/** The plain-text front-end (`format: text`): blocks of lines, seed-tested structure rules. */
function processor(emphasis: boolean) {
  return unified()
    .use(remarkParse)
    .use(remarkPlainText, { format: emphasis ? 'markdown' : 'text' })
    .use(collectBlocks)
    .use(detectUnits)
    .use(detectUnnumberedHeadings)
    .use(detectContents)
    .use(detectMatter)
    .use(joinParagraphs)
    .use(detectLeads)
    .use(buildTree)
    .use(pairHalves)
    .use(printedTitles);
}

const processors = { text: processor(false).freeze(), emphasis: processor(true).freeze() };

/**
 * The Markdown front-end (`format: markdown`): CommonMark + GFM + YAML front
 * matter into blocks. Made on first use: the GFM and front matter syntax
 * extensions (some thirty modules) load only when a Markdown source is parsed
 * (Node ≥ 20.19 loads these ES modules with `require`).
 */
function markdownProcessor() {
  const require = createRequire(import.meta.url);
  const remarkGfm = (require('remark-gfm') as typeof import('remark-gfm')).default;
  const remarkFrontmatter = (require('remark-frontmatter') as typeof import('remark-frontmatter')).default;
  return unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).use(noIndentedCode).use(collectMarkdownBlocks).freeze();
}
let markdownFrontEnd: ReturnType<typeof markdownProcessor> | undefined;

/**
 * Policy texts hold no code: a line indented by four spaces is a paragraph indented as printed (a plain text read by
 * this front-end for its articles, a clause's hanging indent), never an indented code block. Fenced code stays code.
 */
function noIndentedCode(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push({ disable: { null: ['codeIndented'] } });
}

const noHeadings = 'no headings recognised: the body is one section; check the outline, or mark headings with a correction';

function hasHeading(section: ParsedSection): boolean {
  return section.heading !== undefined || section.children.some(hasHeading);
}

/** Add `by` to every offset of a tree's positions. */
function shiftPositions(node: Node, by: number): void {
  if (node.position) {
    if (node.position.start.offset !== undefined) node.position.start.offset += by;
    if (node.position.end.offset !== undefined) node.position.end.offset += by;
  }
  if ('children' in node && Array.isArray(node.children)) for (const child of node.children as Node[]) shiftPositions(child, by);
}

export interface ParseResult {
  sections: ParsedSection[];
  /** Markup offsets to leave out of texts. */
  skip: SkipRange[];
  /** Markup-only blocks deliberately left out of every section (HTML comments, rules). */
  omitted: Range[];
  /** What the parser could not recognise (e.g. no headings at all). */
  warnings: string[];
  /** The hand-off form both front-ends produce: typed blocks with their texts, markup and front matter. */
  document?: ParsedDocument;
  file: VFile;
}

/** The folded texts of the source's lines and blocks (what `hints.backMatter` lines are compared with). */
function lineTexts(source: string, result: ParseResult): string[] {
  const blocks = result.document?.blocks ?? [];
  const skip = result.document?.markup ?? result.skip;
  return blocks.flatMap((b) => [b.text, ...b.lines.map((l) => foldText(source, l.start, l.end, skip))]);
}

/**
 * Each warning also as a message of the file (a VFileMessage with its place and rule), which build, import and
 * outline report: no headings at all, and the checks of the recovered structure (checks.ts).
 */
function withMessages(source: string, result: ParseResult, hints: ParseHints): ParseResult {
  const warn = (reason: string, place: { line: number; column: number }, ruleId: string, note: string) => {
    const message = result.file.message(reason, { place, ruleId, source: 'cyberspace-policy-data' });
    message.fatal = false;
    message.note = note;
  };
  for (const reason of hints.noHeadings ? [] : result.warnings)
    warn(reason, { line: 1, column: 1 }, 'no-headings', 'check the outline (`outline <file>`), or mark headings with a `mark-heading` correction');
  // The texts of every line are folded only for a source that declares back-matter lines to look for.
  const checks = [...articleNumberingWarnings(result.sections), ...(hints.backMatter?.length ? backMatterHintWarnings(lineTexts(source, result), hints) : [])];
  if (checks.length > 0) {
    const index = new LineIndex(source);
    for (const w of checks) {
      warn(w.reason, index.position(w.offset), w.ruleId, w.note);
      result.warnings.push(w.reason);
    }
  }
  return result;
}

/** Parse a source text into its section tree; its warnings are in `warnings` and, placed, in `file.messages`. */
export function parseSource(source: string, options: ParseOptions = {}, path?: string): ParseResult {
  // CRLF and CR line ends read as LF, offsets unchanged (text/breaks.ts).
  const text = withLineFeeds(source);
  return withMessages(text, parseWithoutMessages(text, options, path), options.hints ?? {});
}

function parseWithoutMessages(source: string, options: ParseOptions, path?: string): ParseResult {
  const file = new VFile(path === undefined ? { value: source } : { value: source, path });
  file.data.parseOptions = options;
  if (options.format === 'markdown') {
    // micromark drops a byte order mark (then YAML front matter is still seen): parse without it, shift back.
    const bom = source.startsWith('\uFEFF') ? 1 : 0;
    const markdown = (markdownFrontEnd ??= markdownProcessor());
    const tree = markdown.parse(parserInput(source.slice(bom)));
    if (bom) shiftPositions(tree, bom);
    markdown.runSync(tree, file);
    const document = file.data.document!;
    const structure = recoverStructure(source, document, options.hints ?? {});
    assignIds(structure.sections);
    file.data.sections = structure.sections;
    return { sections: structure.sections, skip: document.skip, omitted: structure.omitted, warnings: structure.warnings, document, file };
  }
  const pipeline = processors[options.hints?.emphasis === 'markdown' ? 'emphasis' : 'text'];
  pipeline.runSync(pipeline.parse(file), file);
  const sections = file.data.sections ?? [];
  const warnings = sections.length > 0 && !sections.some(hasHeading) ? [noHeadings] : [];
  return { sections, skip: file.data.skip ?? [], omitted: [], warnings, ...(file.data.document ? { document: file.data.document } : {}), file };
}

/** Offsets of markup to leave out of texts (what `parseSource` returns as `skip`). */
export function markupOf(source: string, format: 'text' | 'markdown', hints: ParseOptions['hints'] = {}): SkipRange[] {
  if (format === 'markdown') return parseSource(source, { format, hints }).skip;
  if (hints.emphasis !== 'markdown') return [];
  const file = new VFile({ value: source });
  file.data.parseOptions = { format: 'text', hints };
  const pipeline = unified().use(remarkParse).use(remarkPlainText, { format: 'markdown' }).use(collectBlocks);
  pipeline.runSync(pipeline.parse(file), file);
  return file.data.skip ?? [];
}
