/**
 * The Markdown front-end: a source parsed as CommonMark + GFM with YAML front
 * matter (remark-parse, remark-gfm, remark-frontmatter) becomes a flat list of
 * typed blocks, the hand-off form that structure recovery reads.
 *
 * - A paragraph is split at its hard breaks (`  ` at a line end), because
 *   scraped pages use them as paragraph separators; a segment that leaves a
 *   `**` open is joined with the next one (`**Health Information for Research  ⏎**`).
 * - A paragraph whose lines start with `#` and no space (`##Title`, which
 *   CommonMark does not read as a heading) is a heading of that depth.
 * - Markup is recorded as ranges to leave out of texts: emphasis markers,
 *   escape backslashes, heading hashes, and in a heading a link's brackets and
 *   address (a paragraph keeps its links as printed). Inline HTML
 *   (`<span style="text-decoration: underline">`) is read past when
 *   recognising structure but kept in texts: it is part of the source, and
 *   dropping it would lose every character of it.
 * - Images, HTML, rules, tables and code are blocks of their own kind, their
 *   text kept as printed.
 */
import type { Root, RootContent, PhrasingContent, Paragraph, ListItem, List } from 'mdast';
import type { VFile } from 'vfile';
import { parse as parseYaml } from 'yaml';
import { foldText, type SkipRange } from '../../text/fold.js';
import { boldOnly, endsSentence, leadInParts, linesOf, opensIndented, paragraphPerLine, provisionsPerLine, withoutBlankLines } from '../lines.js';
import { isContentsPlaceholder, isTemplateLine } from './templates.js';
import { matchScheme } from '../schemes.js';
import type { DocBlock, Range } from '../types.js';

/** Whitespace for this front-end: ASCII, no-break and ideographic spaces. */
const blank = /[\s\u00a0\u3000]/u;

/**
 * The text remark-parse reads: the source with lines that hold only
 * whitespace (no-break spaces included) made blank and CR-only line ends made
 * LF. Every change keeps the length, so offsets stay the source's.
 */
export function parserInput(source: string): string {
  return source.replace(/\r(?!\n)/gu, '\n').replace(/^[ \t\u00a0\u3000\u2000-\u200b\u202f\u205f]+$/gmu, (run) => ' '.repeat(run.length));
}

function trimRange(source: string, start: number, end: number): Range {
  while (start < end && blank.test(source[start]!)) start++;
  while (end > start && blank.test(source[end - 1]!)) end--;
  return { start, end };
}

interface Collector {
  source: string;
  blocks: DocBlock[];
  /** Markup to leave out of texts. */
  skip: SkipRange[];
  /** Inline HTML: read past when recognising structure, kept in texts. */
  html: SkipRange[];
  frontMatter?: { range: Range; data: Record<string, unknown> };
  /** The text marks no paragraph with a blank line (lines.ts, `withoutBlankLines`). */
  dense: boolean;
}

import type { Node } from 'unist';

function start(node: Node): number {
  return node.position!.start.offset!;
}
function end(node: Node): number {
  return node.position!.end.offset!;
}

/** Markup inside phrasing content: emphasis markers, inline HTML, escapes. */
function markup(source: string, nodes: readonly PhrasingContent[], skip: SkipRange[], html: SkipRange[], heading = false): void {
  for (const node of nodes) {
    if (!node.position) continue;
    // Emphasis markers; in a heading also a link's brackets and address (`[Convention](../…/README.md)` reads
    // `Convention`). A paragraph keeps its links as printed: the address is part of what the text says.
    const link = heading && (node.type === 'link' || node.type === 'linkReference');
    if ((node.type === 'strong' || node.type === 'emphasis' || node.type === 'delete' || link) && node.children.length > 0) {
      skip.push({ start: start(node), end: start(node.children[0]!) });
      skip.push({ start: end(node.children[node.children.length - 1]!), end: end(node) });
    }
    // Inline HTML is markup to read past, but it stays in texts (see `html` in the collector).
    if (node.type === 'html') html.push({ start: start(node), end: end(node) });
    if (node.type === 'text') {
      // Escapes (`1\.`, `\###`): the backslash is markup.
      const raw = source.slice(start(node), end(node));
      for (const m of raw.matchAll(/\\(?=[!-/:-@[-`{-~])/gu)) skip.push({ start: start(node) + m.index, end: start(node) + m.index + 1 });
      // `**` that CommonMark left unmatched (`**Resilience **`) is markup too.
      for (const m of raw.matchAll(/\*{2,}/gu)) skip.push({ start: start(node) + m.index, end: start(node) + m.index + m[0].length });
    }
    if ('children' in node) markup(source, node.children as PhrasingContent[], skip, html, heading);
  }
}

/**
 * Whether a hard break only wraps a line (`…提出建设开放的网络空  ⏎间的愿景…`): the line before is long, stops
 * mid-sentence (a letter, a Chinese character or a comma, no sentence end), is not all bold, and the next line
 * goes on in lower case or Chinese without a numbering of its own. Scraped pages also separate paragraphs with
 * hard breaks; those lines end with a full stop or are short (a heading), and stay apart.
 */
function wrapped(before: string, after: string, width: number): boolean {
  const a = before.trim();
  const b = after.trim();
  if (/^\*\*[\s\S]*\*\*$/u.test(a) || /^\*\*/u.test(b)) return false;
  if (!/[\p{Script=Han}\p{Ll},，、]$/u.test(a)) return false;
  const han = /\p{Script=Han}/u.test(a);
  if (a.length < (han ? 12 : 40)) return false;
  // A numbered line is a heading or an item, never the first half of a wrapped line; except a numbered item
  // (`（1）识别威胁…`) as long as the paragraph's wrapped lines, running on: the wrap cut it, not its end.
  const scheme = matchScheme(a);
  if (scheme !== undefined && !(itemSchemes.has(scheme.scheme.id) && a.length >= width * 0.85)) return false;
  if (!/^[\p{Script=Han}\p{Ll}]/u.test(b) || matchScheme(b) !== undefined) return false;
  return true;
}

/** Numbered items that a fixed-width wrap can cut (`（1）…`, `(2)…`): their first line is never a heading when it fills the width. */
const itemSchemes: ReadonlySet<string> = new Set(['arabic-paren', 'cjk-paren']);

/**
 * A paragraph's lines grouped around its bold-only lines (`…as follows:` ⏎ `**CHAPTER I**` ⏎ `Text…`): a line all in
 * bold after a line that ends a sentence, and not going on into the next line, is a group of its own, as a heading
 * would be had a blank line stood before it (a bold line cannot interrupt a CommonMark paragraph). One group
 * otherwise.
 */
function boldLineGroups(source: string, range: Range): Range[] {
  const lines = linesOf(source, range.start, range.end);
  if (lines.length < 2) return [range];
  const text = (i: number) => source.slice(lines[i]!.start, lines[i]!.end);
  // Not a bold fragment of a sentence: the line after it does not go on in lower case.
  const apart = lines.map((_, i) => i > 0 && boldOnly.test(text(i)) && endsSentence.test(text(i - 1)) && !(i + 1 < lines.length && /^\p{Ll}/u.test(text(i + 1))));
  if (!apart.some(Boolean)) return [range];
  const groups: Range[] = [];
  lines.forEach((line, i) => {
    const last = groups[groups.length - 1];
    if (last && !apart[i] && !apart[i - 1]) last.end = line.end;
    else groups.push({ start: line.start, end: line.end });
  });
  return groups;
}

/** Segments of a paragraph between hard breaks, joined where a `**` is left open or the break only wraps a line. */
function segments(source: string, paragraph: Paragraph, dense: boolean): Array<{ range: Range; nodes: PhrasingContent[]; template?: true }> {
  const out: Array<{ range: Range; nodes: PhrasingContent[] }> = [];
  let current: PhrasingContent[] = [];
  let from = start(paragraph);
  const flush = (to: number) => {
    const range = trimRange(source, from, to);
    if (range.end > range.start) out.push({ range, nodes: current });
    current = [];
  };
  for (const node of paragraph.children) {
    if (node.type === 'break') {
      flush(start(node));
      from = end(node);
    } else current.push(node);
  }
  flush(end(paragraph));
  const byLine = (seg: (typeof out)[number], groups: Range[]) => groups.map((range) => ({ range, nodes: seg.nodes.filter((n) => end(n) > range.start && start(n) < range.end) }));
  const lines = paragraphPerLine(source, { start: start(paragraph), end: end(paragraph) }, dense)
    ? out.flatMap((seg) => byLine(seg, linesOf(source, seg.range.start, seg.range.end)))
    : out.flatMap((seg) => byLine(seg, boldLineGroups(source, seg.range)));
  // The width the paragraph's lines are wrapped at: its longest line.
  const width = Math.max(0, ...lines.map((seg) => source.slice(seg.range.start, seg.range.end).trim().length));
  const joined: typeof out = [];
  for (const seg of lines) {
    const previous = joined[joined.length - 1];
    const open = previous && (source.slice(previous.range.start, previous.range.end).match(/\*\*/gu)?.length ?? 0) % 2 === 1;
    if (previous && !opensIndented(source, seg.range.start) && (open || wrapped(source.slice(previous.range.start, previous.range.end), source.slice(seg.range.start, seg.range.end), width))) {
      previous.range = { start: previous.range.start, end: seg.range.end };
      previous.nodes.push(...seg.nodes);
    } else joined.push(seg);
  }
  return joined.flatMap((seg) => splitTemplate(source, seg));
}

/** A segment with site-generator markup on its first or last lines (`{: .no_toc }` ⏎ `text…`, `…text` ⏎ `{: .lead}`): markup and text apart. */
function splitTemplate(source: string, seg: { range: Range; nodes: PhrasingContent[] }): Array<{ range: Range; nodes: PhrasingContent[]; template?: true }> {
  const lines = linesOf(source, seg.range.start, seg.range.end);
  const isTemplate = (i: number) => isTemplateLine(source.slice(lines[i]!.start, lines[i]!.end));
  let head = 0;
  while (head < lines.length && isTemplate(head)) head++;
  if (head === lines.length) return [{ ...seg, template: true }];
  let tail = lines.length;
  while (tail > head && isTemplate(tail - 1)) tail--;
  if (head === 0 && tail === lines.length) return [seg];
  const out: Array<{ range: Range; nodes: PhrasingContent[]; template?: true }> = [];
  if (head > 0) out.push({ range: { start: seg.range.start, end: lines[head - 1]!.end }, nodes: [], template: true });
  const text = { start: lines[head]!.start, end: lines[tail - 1]!.end };
  out.push({ range: text, nodes: seg.nodes.filter((n) => end(n) > text.start && start(n) < text.end) });
  if (tail < lines.length) out.push({ range: { start: lines[tail]!.start, end: seg.range.end }, nodes: [], template: true });
  return out;
}

/** Where a leading run marked up as a unit ends: `**…**`, `*…*` or `<span …>…</span>` at the start. */
function leadEnd(source: string, nodes: readonly PhrasingContent[], range: Range): number | undefined {
  const first = nodes.find((n) => !(n.type === 'text' && n.value.trim() === ''));
  if (!first?.position || start(first) > range.start + 1) return undefined;
  if (first.type === 'strong' || first.type === 'emphasis') return end(first);
  if (first.type === 'html' && /^<(span|u|b|strong|em|i)\b/iu.test(first.value)) {
    const tag = /^<(\w+)/u.exec(first.value)![1]!.toLowerCase();
    const closing = (from: number) => nodes.find((n) => n.type === 'html' && new RegExp(`^</${tag}\\s*>`, 'iu').test(n.value) && start(n) > from);
    let close = closing(start(first));
    if (!close) return undefined;
    // A label run followed by a title run (`<span>Sec. 2.</span>  <span>Implementation.</span>  (a) …`,
    // `<span>Section</span> <span>1</span>.  <span>Policy</span>.  …`): while the runs so far are a short label, take the next.
    for (;;) {
      const at = nodes.indexOf(close);
      const between = nodes.slice(at + 1).findIndex((n) => !(n.type === 'text' && /^[\s.:]{0,4}$/u.test(n.value)));
      const next = between < 0 ? undefined : nodes[at + 1 + between];
      const sofar = source
        .slice(range.start, end(close))
        .replace(/<[^>]*>/gu, '')
        .trim();
      if (sofar.length > 15 || next?.type !== 'html' || !new RegExp(`^<${tag}\\b`, 'iu').test(next.value)) break;
      const after = closing(start(next));
      if (!after) break;
      close = after;
    }
    // Punctuation right after the last run belongs to the title (`<span>Policy</span>.`).
    const tail = /^[.:]/u.exec(source.slice(end(close), end(close) + 1));
    return end(close) + (tail ? 1 : 0);
  }
  // An unmatched `**` at the start (`**  ⏎G. Trade…**` or `**Joint… **and Kenya  ⏎**`): to the last `**`.
  const raw = source.slice(range.start, range.end);
  if (raw.startsWith('**')) {
    const last = raw.lastIndexOf('**');
    if (last > 1) return range.start + last + 2;
  }
  return undefined;
}

function gapBefore(source: string, collector: Collector, at: number): number {
  const previous = collector.blocks[collector.blocks.length - 1];
  if (!previous) return 0;
  const between = source.slice(previous.range.end, at);
  return Math.max(0, (between.match(/\n/gu)?.length ?? 0) - 1);
}

function push(collector: Collector, block: Omit<DocBlock, 'lines' | 'indented' | 'gapBefore' | 'text'>): void {
  const { source } = collector;
  const lineStart = source.lastIndexOf('\n', block.range.start - 1) + 1;
  const lines = linesOf(source, block.range.start, block.range.end);
  collector.blocks.push({ ...block, text: '', lines, indented: block.range.start > lineStart, gapBefore: gapBefore(source, collector, lineStart) });
}

function paragraphBlocks(collector: Collector, paragraph: Paragraph, list?: DocBlock['list'], markerStart?: number): void {
  const { source } = collector;
  let first = true;
  const segs = segments(source, paragraph, collector.dense);
  for (const [i, seg] of segs.entries()) {
    // A list item's text keeps its printed marker (`1.`, `-`), as the source shows it.
    if (first && markerStart !== undefined) seg.range = { start: markerStart, end: seg.range.end };
    if (seg.range.end <= seg.range.start) continue;
    // Site-generator markup, left out; with it kramdown's contents placeholder (`* TOC` ⏎ `{:toc}`), item and all.
    const next = segs[i + 1];
    const placeholder = list && first && next?.template && isContentsPlaceholder(source.slice(seg.range.start + list.marker.length, seg.range.end), source.slice(next.range.start, next.range.end));
    if (seg.template || placeholder) {
      push(collector, { kind: 'template', range: placeholder ? { start: seg.range.start, end: next.range.end } : seg.range, emphasis: 'none' });
      if (placeholder) next.range = { start: next.range.end, end: next.range.end };
      first = false;
      continue;
    }
    const raw = source.slice(seg.range.start, seg.range.end);
    // `##Title` (no space after the hashes, a word after them; not `#!/bin/sh`): a heading CommonMark does not see; one
    // per line, a line without hashes a paragraph.
    if (/^#{1,6}(?!#)[\p{L}\p{N}]/u.test(raw) && !list) {
      markup(source, seg.nodes, collector.skip, collector.html, true);
      for (const line of linesOf(source, seg.range.start, seg.range.end)) {
        const hashes = /^#*/u.exec(source.slice(line.start, line.end))![0].length;
        if (hashes >= 1 && hashes <= 6) {
          collector.skip.push({ start: line.start, end: line.start + hashes });
          push(collector, { kind: 'heading', depth: hashes, range: line, emphasis: 'none' });
        } else push(collector, { kind: 'paragraph', range: line, emphasis: 'none' });
      }
      continue;
    }
    // One provision per line with no blank line between (`第一章 总则` ⏎ `第一条 …` ⏎ `第二条 …`, as law databases
    // export them): one block per line, as if blank lines stood between them.
    if (!list && provisionsPerLine(source, seg.range)) {
      markup(source, seg.nodes, collector.skip, collector.html);
      for (const line of linesOf(source, seg.range.start, seg.range.end)) push(collector, { kind: 'paragraph', range: line, emphasis: 'none' });
      continue;
    }
    // A lead-in and its items in one paragraph (`…apply:` ⏎ `(a) …;` ⏎ `(b) …`): the lead-in a paragraph, each
    // item a list item (lines.ts), where no emphasis spans the lines.
    const items = !list && seg.nodes.every((n) => n.type !== 'strong' && n.type !== 'emphasis') ? leadInParts(source, seg.range) : undefined;
    if (items) {
      markup(source, seg.nodes, collector.skip, collector.html);
      for (const item of items)
        push(
          collector,
          item.marker === undefined
            ? { kind: 'paragraph', range: item.range, emphasis: 'none' }
            : { kind: 'list-item', range: item.range, emphasis: 'none', list: { marker: item.marker, ordered: true, depth: 0 } },
        );
      continue;
    }
    const visible = seg.nodes.filter((n) => !(n.type === 'text' && n.value.trim() === ''));
    if (visible.length > 0 && visible.every((n) => n.type === 'image' || n.type === 'imageReference')) {
      push(collector, { kind: 'image', range: seg.range, emphasis: 'none' });
      continue;
    }
    if (visible.length > 0 && visible.every((n) => n.type === 'html')) {
      push(collector, { kind: 'html', range: seg.range, emphasis: 'none' });
      continue;
    }
    markup(source, seg.nodes, collector.skip, collector.html);
    const lead = leadEnd(source, seg.nodes, seg.range);
    // All emphasis: the whole paragraph, or a lead followed only by its closing punctuation (`**…2021**.`).
    const all = /^\*\*[\s\S]*\*\*$/u.test(raw) || (lead !== undefined && /^[\s.。:：]*$/u.test(source.slice(lead, seg.range.end)));
    const block: Omit<DocBlock, 'lines' | 'indented' | 'gapBefore' | 'text'> = {
      kind: list && first ? 'list-item' : 'paragraph',
      range: seg.range,
      emphasis: all ? 'all' : lead !== undefined ? 'lead' : 'none',
    };
    if (lead !== undefined && !all) block.leadEnd = lead;
    if (list && first) block.list = list;
    push(collector, block);
    first = false;
  }
}

function listBlocks(collector: Collector, list: List, depth: number): void {
  for (const item of list.children as ListItem[]) {
    const content = item.children[0];
    const markerEnd = content?.position ? start(content) : end(item);
    const marker = collector.source.slice(start(item), markerEnd).trim().split(/\s+/u)[0] ?? '';
    const info = { marker, ordered: list.ordered === true, depth };
    if (!content) {
      push(collector, { kind: 'list-item', range: trimRange(collector.source, start(item), end(item)), emphasis: 'none', list: info });
      continue;
    }
    // The marker belongs to the item's first paragraph; an item that opens with something else (a nested list, a
    // code block) has its marker as a block of its own, so that no two blocks share a character.
    if (content.type !== 'paragraph') push(collector, { kind: 'list-item', range: trimRange(collector.source, start(item), markerEnd), emphasis: 'none', list: info });
    for (const [i, child] of item.children.entries()) {
      if (child.type === 'paragraph') paragraphBlocks(collector, child, i === 0 ? info : undefined, i === 0 ? start(item) : undefined);
      else visit(collector, child, depth + 1);
    }
  }
}

function visit(collector: Collector, node: RootContent, listDepth = 0): void {
  const { source } = collector;
  if (!node.position) return;
  const range = trimRange(source, start(node), end(node));
  switch (node.type) {
    case 'yaml': {
      let data: Record<string, unknown> = {};
      try {
        const parsed: unknown = parseYaml(node.value, { maxAliasCount: 50 });
        if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) data = parsed as Record<string, unknown>;
      } catch {
        // Malformed front matter stays text; its fields are simply not used.
      }
      collector.frontMatter = { range, data };
      push(collector, { kind: 'yaml', range, emphasis: 'none' });
      return;
    }
    case 'heading': {
      if (node.children.length === 0) {
        push(collector, { kind: 'rule', range, emphasis: 'none' });
        return;
      }
      const content = trimRange(source, start(node.children[0]!), end(node.children[node.children.length - 1]!));
      collector.skip.push({ start: range.start, end: content.start });
      // What follows the text is markup of the heading too (a setext underline `====`, closing hashes `##`): inside
      // its range, so that every character of the source lies in one place, and left out of its text.
      if (range.end > content.end) collector.skip.push({ start: content.end, end: range.end });
      markup(source, node.children, collector.skip, collector.html, true);
      const raw = source.slice(content.start, content.end);
      push(collector, { kind: 'heading', depth: node.depth, range, emphasis: /^\*\*[\s\S]*\*\*$/u.test(raw) ? 'all' : 'none' });
      return;
    }
    case 'paragraph':
      paragraphBlocks(collector, node);
      return;
    case 'list':
      listBlocks(collector, node, listDepth);
      return;
    case 'blockquote': {
      // The `>` markers are markup: left out of texts (a quote's lines join without them), and the blocks of the
      // quote start at their line's first marker, so that every character of the source lies in one span.
      for (const line of linesOf(source, range.start, range.end)) {
        const marker = /^(?:[ \t]*>)+[ \t]?/u.exec(source.slice(line.start, line.end));
        if (marker) collector.skip.push({ start: line.start, end: line.start + marker[0].length });
      }
      const first = collector.blocks.length;
      for (const child of node.children) visit(collector, child, listDepth);
      for (const block of collector.blocks.slice(first)) {
        const lineStart = source.lastIndexOf('\n', block.range.start - 1) + 1;
        const lead = /^[ \t\uFEFF]*/u.exec(source.slice(lineStart, block.range.start))![0].length;
        if (/^[ \t\u00a0\u3000\uFEFF>]*$/u.test(source.slice(lineStart, block.range.start)) && lineStart + lead < block.range.start) block.range = { start: lineStart + lead, end: block.range.end };
      }
      return;
    }
    case 'html':
      push(collector, { kind: 'html', range, emphasis: 'none' });
      return;
    case 'code':
      // Indented code in a policy text is text indented by four spaces: its paragraphs, one per blank-line group.
      if (!/^\s*(?:```|~~~)/u.test(source.slice(start(node), end(node)))) {
        for (const group of source
          .slice(start(node), end(node))
          .split(/\n[ \t]*\n/u)
          .reduce<Range[]>((acc, part) => {
            const from = acc.length === 0 ? start(node) : acc[acc.length - 1]!.end + (source.slice(acc[acc.length - 1]!.end).match(/^\n[ \t]*\n/u)?.[0].length ?? 0);
            acc.push({ start: from, end: from + part.length });
            return acc;
          }, [])) {
          const r = trimRange(source, group.start, group.end);
          if (r.end > r.start) push(collector, { kind: 'paragraph', range: r, emphasis: 'none' });
        }
        return;
      }
      push(collector, { kind: 'other', range, emphasis: 'none' });
      return;
    case 'thematicBreak':
      push(collector, { kind: 'rule', range, emphasis: 'none' });
      return;
    default:
      if (range.end > range.start) push(collector, { kind: 'other', range, emphasis: 'none' });
  }
}

/** Plugin: mdast root → `file.data.document` (blocks, markup ranges, front matter). */
export default function collectMarkdownBlocks() {
  return function (tree: Root, file: VFile): void {
    const source = String(file.value);
    const collector: Collector = { source, blocks: [], skip: [], html: [], dense: withoutBlankLines(source) };
    for (const node of tree.children) visit(collector, node);
    const skip = mergeRanges(collector.skip);
    // Reading structure looks past inline HTML too; texts keep it (nothing of the source is lost).
    const markupRanges = mergeRanges([...collector.skip, ...collector.html]);
    for (const block of collector.blocks) {
      const raw = block.kind === 'image' || block.kind === 'html' || block.kind === 'other' || block.kind === 'yaml' || block.kind === 'template';
      block.text = foldText(source, block.range.start, block.range.end, raw ? [] : markupRanges);
    }
    file.data.document = { format: 'markdown', blocks: collector.blocks, skip, markup: markupRanges, ...(collector.frontMatter ? { frontMatter: collector.frontMatter } : {}) };
    file.data.skip = file.data.document.skip;
  };
}

/** Sorted, non-overlapping ranges. */
function mergeRanges(ranges: readonly SkipRange[]): SkipRange[] {
  const out: SkipRange[] = [];
  for (const r of [...ranges].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) out[out.length - 1] = { start: last.start, end: Math.max(last.end, r.end) };
    else out.push(r);
  }
  return out;
}
