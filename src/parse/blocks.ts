/**
 * collectBlocks: turn the mdast root's paragraphs into blocks of trimmed lines
 * with their indentation and the blank lines before them, and record the
 * offsets of Markdown emphasis markers so texts can leave them out.
 */
import type { Root, RootContent, PhrasingContent } from 'mdast';
import type { VFile } from 'vfile';
import type { Block, DocBlock } from './types.js';
import { foldText, type SkipRange } from '../text/fold.js';
import { linesOf, paragraphPerLine, provisionsPerLine, titledItems, withoutBlankLines } from './lines.js';

function markerRanges(node: RootContent | PhrasingContent, skip: SkipRange[], shift: number): void {
  if ((node.type === 'emphasis' || node.type === 'strong') && node.position && node.children.length > 0) {
    const first = node.children[0]!.position;
    const last = node.children[node.children.length - 1]!.position;
    if (first && last) {
      skip.push({ start: node.position.start.offset! + shift, end: first.start.offset! + shift });
      skip.push({ start: last.end.offset! + shift, end: node.position.end.offset! + shift });
    }
  }
  if ('children' in node) for (const child of node.children) markerRanges(child as PhrasingContent, skip, shift);
}

/** Plugin: mdast root → `file.data.blocks` and `file.data.skip`. */
export default function collectBlocks() {
  return function (tree: Root, file: VFile): void {
    const source = String(file.value);
    const blocks: Block[] = [];
    const docBlocks: DocBlock[] = [];
    const skip: SkipRange[] = [];
    // micromark drops a byte order mark: its offsets then count from after it.
    const shift = source.startsWith('\uFEFF') ? 1 : 0;
    let previousEnd = 0;
    const dense = withoutBlankLines(source);
    for (const node of tree.children) {
      const startOffset = node.position?.start.offset;
      const endOffset = node.position?.end.offset;
      if (startOffset === undefined || endOffset === undefined) continue;
      const start = startOffset + shift;
      const end = endOffset + shift;
      markerRanges(node, skip, shift);
      const lineStart = source.lastIndexOf('\n', start - 1) + 1;
      const lines = linesOf(source, lineStart, end);
      if (lines.length === 0) continue;
      const between = source.slice(previousEnd, lineStart);
      const gapBefore = blocks.length === 0 ? 0 : Math.max(0, (between.match(/\n/g)?.length ?? 0) - 1);
      // One provision per line with no blank line between (a law database's export), or one paragraph per line (a
      // copied page: lines opening with an ideographic indent, or each ending a sentence): one block per line.
      const perLine = provisionsPerLine(source, { start: lineStart, end }) || paragraphPerLine(source, { start: lineStart, end }, dense);
      const titled = perLine ? undefined : titledItems(source, lines);
      const groups = perLine ? lines.map((line) => [line]) : titled ? titled.map(({ from, to }) => lines.slice(from, to + 1)) : [lines];
      groups.forEach((group, i) => {
        const indented = group[0]!.start > source.lastIndexOf('\n', group[0]!.start - 1) + 1;
        const gap = i === 0 ? gapBefore : 0;
        blocks.push({ lines: group, indented, gapBefore: gap });
        const range = { start: group[0]!.start, end: group[group.length - 1]!.end };
        docBlocks.push({ kind: 'paragraph', range, text: '', lines: group, indented, gapBefore: gap, emphasis: 'none' });
      });
      previousEnd = end;
    }
    skip.sort((a, b) => a.start - b.start);
    file.data.blocks = blocks;
    file.data.skip = skip;
    // The hand-off form: the same blocks, typed, with their folded texts.
    for (const block of docBlocks) block.text = foldText(source, block.range.start, block.range.end, skip);
    file.data.document = { format: 'text', blocks: docBlocks, skip };
  };
}
