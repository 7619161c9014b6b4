/**
 * Whitespace folding with a map back to source offsets.
 *
 * The dataset stores texts "with whitespace folded": runs of spaces and tabs
 * become one space; a run that holds a line break becomes one space, or
 * nothing when it sits between two CJK characters (a Chinese line or page
 * break joins without a space); leading and trailing whitespace goes. Every
 * character of the folded text keeps the source offset it came from, so a
 * sentence found in a paragraph's text maps back to an exact span.
 */

/** A folded text and, for each of its UTF-16 code units, the source offset it came from. */
export interface FoldedText {
  readonly text: string;
  /** offsets[i] is the source offset of text[i]; a folded space maps to the first whitespace of its run. */
  readonly offsets: Readonly<Int32Array>;
}

/** A half-open range of source offsets to leave out of the text (e.g. Markdown emphasis markers). */
export interface SkipRange {
  readonly start: number;
  readonly end: number;
}

const cjk = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF\u2014\u2026\u201C\u201D\u2018\u2019]/u;
/**
 * Whether a code unit beyond ASCII is whitespace as `/\s/u` says: the space separators (Zs), the line and
 * paragraph separators and the byte order mark. A comparison of numbers, not a pattern run on a one-character
 * string (folding asks it of every character of a Chinese text); test/text/fold.test.ts checks `isSpaceAt` against `/\s/u`
 * over every code unit.
 */
const isWideSpace = (code: number): boolean =>
  code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;

/** Whether a code unit is whitespace to folding: tab, line feed, carriage return, space, and the wide spaces (not \v, \f). */
const isSpace = (code: number): boolean => code === 32 || code === 10 || code === 9 || code === 13 || (code > 127 && isWideSpace(code));

/** Whether the code unit at `i` of a text is whitespace, as `/\s/u` says (unlike folding, tabs to carriage returns all count). */
export function isSpaceAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code === 32 || (code >= 9 && code <= 13) || (code > 127 && isWideSpace(code));
}

/** Whether a character is CJK (Han or full-width/CJK punctuation). */
export function isCjk(char: string | undefined): boolean {
  return char !== undefined && cjk.test(char);
}

/** What a walk of a folding gets, in order; `false` from either stops it. */
interface FoldSink {
  /** Kept characters: `source.slice(from, to)`, copied as they are. */
  run(from: number, to: number): boolean;
  /** One space standing for the whitespace run that starts at `at`. */
  space(at: number): boolean;
}

/**
 * Whitespace a folded text cannot hold: a space at either end, two spaces in a row, or any other whitespace character
 * (`isSpaceAt`: tab to carriage return, the wide spaces). One pattern, run natively: it is asked of every text the
 * integrity rules compare (test/text/fold.test.ts checks it against folding for every code unit).
 */
const unfolded = /^ | $| {2}|[\t-\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;

/** Whether a text has only the whitespace a folded text has: single spaces, none at either end, no other whitespace character. */
function isFolded(text: string): boolean {
  return !unfolded.test(text);
}

/** Whether any of the sorted `skip` ranges reaches into `[start, end)`. */
function skipsInside(skip: readonly SkipRange[], start: number, end: number): boolean {
  const k = firstSkipAfter(skip, start);
  return k < skip.length && skip[k]!.start < end;
}

/** The index of the first of the sorted `skip` ranges that ends after `offset` (a binary search: a Markdown source has thousands). */
function firstSkipAfter(skip: readonly SkipRange[], offset: number): number {
  let lo = 0;
  let hi = skip.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (skip[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The one definition of folding, as a walk: runs of kept characters and the
 * spaces between them, skipped ranges left out. A whitespace run becomes one
 * space, or nothing at the start, or when it holds a line break between two
 * CJK characters. `fold`, `foldText` and `foldEquals` are this walk with a
 * sink each. Returns false when the sink stopped it.
 */
function walkFold(source: string, start: number, end: number, skip: readonly SkipRange[], sink: FoldSink): boolean {
  let lastAt = -1; // the last kept character
  let pendingAt = -1; // the first whitespace since it, if any
  let pendingBreak = false;
  let k = firstSkipAfter(skip, start);
  let skipStart = k < skip.length ? skip[k]!.start : Infinity;
  let i = start;
  while (i < end) {
    if (i >= skipStart) {
      // Inside skip range k: jump past it, and past the ranges it reaches into.
      i = skip[k]!.end;
      while (k < skip.length && skip[k]!.end <= i) k++;
      skipStart = k < skip.length ? skip[k]!.start : Infinity;
      continue;
    }
    const code = source.charCodeAt(i);
    if (isSpace(code)) {
      if (pendingAt < 0) pendingAt = i;
      if (code === 10 || code === 13) pendingBreak = true;
      i++;
      continue;
    }
    // A run of kept characters: up to the next whitespace, skipped range or the end.
    const limit = skipStart < end ? skipStart : end;
    let j = i + 1;
    while (j < limit && !isSpace(source.charCodeAt(j))) j++;
    if (pendingAt >= 0 && lastAt >= 0 && !(pendingBreak && isCjk(source[lastAt]) && isCjk(source[i])) && !sink.space(pendingAt)) return false;
    pendingAt = -1;
    pendingBreak = false;
    if (!sink.run(i, j)) return false;
    lastAt = j - 1;
    i = j;
  }
  return true;
}

/** The range's text when folding leaves it as it is (no skipped range in it, already folded), else undefined. */
function unchanged(source: string, start: number, end: number, skip: readonly SkipRange[]): string | undefined {
  if (end <= start || skipsInside(skip, start, end)) return undefined;
  const slice = source.slice(start, end);
  return isFolded(slice) ? slice : undefined;
}

/**
 * Fold `source.slice(start, end)`, leaving out the `skip` ranges.
 *
 * @param source the whole source text
 * @param start first offset (inclusive)
 * @param end last offset (exclusive)
 * @param skip sorted, non-overlapping ranges to leave out
 */
export function fold(source: string, start: number, end: number, skip: readonly SkipRange[] = []): FoldedText {
  // The folded text is never longer than the range: one array of that size, filled, then cut.
  const offsets = new Int32Array(Math.max(0, end - start));
  // Most ranges fold to themselves (one line, single spaces, no markup inside): the text is the slice.
  const whole = unchanged(source, start, end, skip);
  if (whole !== undefined) {
    for (let j = 0; j < offsets.length; j++) offsets[j] = start + j;
    return { text: whole, offsets };
  }
  let n = 0;
  let text = '';
  walkFold(source, start, end, skip, {
    run(from, to) {
      text += source.slice(from, to);
      for (let j = from; j < to; j++) offsets[n++] = j;
      return true;
    },
    space(at) {
      text += ' ';
      offsets[n++] = at;
      return true;
    },
  });
  return { text, offsets: offsets.subarray(0, n) };
}

/** Fold a plain string (no offsets needed). */
export function foldString(value: string): string {
  return foldText(value, 0, value.length);
}

/**
 * The text of `fold(source, start, end, skip)` without its offsets: the same
 * string, built from slices of the source (for checks that only compare
 * texts, such as the integrity rules).
 */
export function foldText(source: string, start: number, end: number, skip: readonly SkipRange[] = []): string {
  const whole = unchanged(source, start, end, skip);
  if (whole !== undefined) return whole;
  let out = '';
  walkFold(source, start, end, skip, {
    run(from, to) {
      out += source.slice(from, to);
      return true;
    },
    space() {
      out += ' ';
      return true;
    },
  });
  return out;
}

/**
 * Whether `foldText(source, start, end, skip) === expected`, without building
 * the folded text: its characters are compared as folding makes them, and the
 * first difference ends the walk (the integrity rules compare every span).
 */
export function foldEquals(source: string, start: number, end: number, skip: readonly SkipRange[], expected: string): boolean {
  // Most spans hold their text as printed: the same characters, no markup inside, and no whitespace that folding
  // would change (`expected` has single spaces only, none at either end). Then the folding is the range itself.
  if (end - start === expected.length && source.startsWith(expected, start) && isFolded(expected) && !skipsInside(skip, start, end)) return true;
  equalsSink.source = source;
  equalsSink.expected = expected;
  equalsSink.n = 0;
  const walked = walkFold(source, start, end, skip, equalsSink);
  return walked && equalsSink.n === expected.length;
}

/** The sink of `foldEquals`, one object reused (it is called for every paragraph on each validation): compares as it walks. */
const equalsSink = {
  source: '',
  expected: '',
  n: 0,
  run(from: number, to: number): boolean {
    for (let j = from; j < to; j++) if (this.expected.charCodeAt(this.n++) !== this.source.charCodeAt(j)) return false;
    return true;
  },
  space(): boolean {
    return this.expected.charCodeAt(this.n++) === 32;
  },
};
