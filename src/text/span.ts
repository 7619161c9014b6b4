/**
 * Spans: UTF-16 offsets into a source, with the 1-based line and column of
 * their start. A `LineIndex` is built once per source and answers in O(log n).
 */
import type { FoldedText } from './fold.js';

interface SpanValue {
  start: number;
  end: number;
  line: number;
  column: number;
}

/** Offsets of line starts, for offset → line/column lookups. */
export class LineIndex {
  readonly #starts: number[] = [0];
  constructor(readonly source: string) {
    // A line ends at LF, or at a CR not followed by LF (as the parser reads line ends: text/breaks.ts).
    for (let i = 0; i < source.length; i++) {
      const c = source.charCodeAt(i);
      if (c === 10 || (c === 13 && source.charCodeAt(i + 1) !== 10)) this.#starts.push(i + 1);
    }
  }
  /** 1-based line and column of an offset. */
  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.#starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.#starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.#starts[lo]! + 1 };
  }
  /** Offset of a 1-based line and column. */
  offset(line: number, column: number): number {
    return (this.#starts[line - 1] ?? this.source.length) + column - 1;
  }
  /** A span from offsets. */
  span(start: number, end: number): SpanValue {
    return { start, end, ...this.position(start) };
  }
}

/**
 * The span of `folded.text.slice(from, to)`: from the source offset of its first
 * character to one past the source offset of its last.
 */
export function spanOfFolded(index: LineIndex, folded: FoldedText, from: number, to: number): SpanValue {
  let a = from;
  let b = to;
  while (a < b && folded.text[a] === ' ') a++;
  while (b > a && folded.text[b - 1] === ' ') b--;
  if (a >= b) throw new RangeError(`empty range ${from}-${to} of folded text`);
  return index.span(folded.offsets[a]!, folded.offsets[b - 1]! + 1);
}
