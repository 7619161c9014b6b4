/**
 * The parser: unified + remark-parse, then our plugins over the tree and the
 * file's data, one concern each.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { VFile } from 'vfile';
import remarkPlainText from './plain-text.js';
import collectBlocks from './blocks.js';
import detectUnits from './units.js';
import detectContents from './contents.js';
import detectMatter from './matter.js';
import joinParagraphs from './paragraphs.js';
import detectLeads from './leads.js';
import buildTree from './tree.js';
import pairHalves from './halves.js';
import type { ParseOptions, ParsedSection } from './types.js';
import type { SkipRange } from '../text/fold.js';

export type * from './types.js';

function processor(format: 'text' | 'markdown') {
  return unified()
    .use(remarkParse)
    .use(remarkPlainText, { format })
    .use(collectBlocks)
    .use(detectUnits)
    .use(detectContents)
    .use(detectMatter)
    .use(joinParagraphs)
    .use(detectLeads)
    .use(buildTree)
    .use(pairHalves);
}

const processors = { text: processor('text').freeze(), markdown: processor('markdown').freeze() };

export interface ParseResult {
  sections: ParsedSection[];
  /** Markup offsets to leave out of texts. */
  skip: SkipRange[];
  file: VFile;
}

/** Parse a source text into its section tree. */
export function parseSource(source: string, options: ParseOptions = {}, path?: string): ParseResult {
  const file = new VFile(path === undefined ? { value: source } : { value: source, path });
  file.data.parseOptions = options;
  const pipeline = processors[options.format ?? 'text'];
  pipeline.runSync(pipeline.parse(file), file);
  return { sections: file.data.sections ?? [], skip: file.data.skip ?? [], file };
}

/** Offsets of markup to leave out of texts (what `parseSource` returns as `skip`), without the full pipeline. */
export function markupOf(source: string, format: 'text' | 'markdown'): SkipRange[] {
  if (format === 'text') return [];
  const file = new VFile({ value: source });
  file.data.parseOptions = { format };
  const pipeline = unified().use(remarkParse).use(remarkPlainText, { format }).use(collectBlocks);
  pipeline.runSync(pipeline.parse(file), file);
  return file.data.skip ?? [];
}
