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
const space = /\s/u;

/** Whether the code unit at `i` (its code `code`) is whitespace; only a non-ASCII one is tested with the pattern. */
const isSpace = (code: number, source: string, i: number): boolean => code === 32 || code === 10 || code === 9 || code === 13 || (code > 127 && space.test(source[i]!));

/** Whether the code unit at `i` of a text is whitespace, as `/\s/u` says (unlike folding, tabs to carriage returns all count). */
export function isSpaceAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code === 32 || (code >= 9 && code <= 13) || (code > 127 && space.test(text[i]!));
}

/** Whether a character is CJK (Han or full-width/CJK punctuation). */
export function isCjk(char: string | undefined): boolean {
  return char !== undefined && cjk.test(char);
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
  let n = 0;
  let text = '';
  let last: string | undefined;
  let run = -1;
  let pendingAt = -1;
  let pendingBreak = false;
  // Copy a run of kept characters as one slice.
  const flush = (at: number) => {
    if (run < 0) return;
    text += source.slice(run, at);
    for (let j = run; j < at; j++) offsets[n++] = j;
    last = source[at - 1];
    run = -1;
  };
  let k = 0;
  while (k < skip.length && skip[k]!.end <= start) k++;
  for (let i = start; i < end; i++) {
    while (k < skip.length && skip[k]!.end <= i) k++;
    if (k < skip.length && skip[k]!.start <= i) {
      flush(i);
      i = skip[k]!.end - 1;
      continue;
    }
    const code = source.charCodeAt(i);
    if (isSpace(code, source, i)) {
      flush(i);
      if (pendingAt < 0) pendingAt = i;
      if (code === 10 || code === 13) pendingBreak = true;
      continue;
    }
    if (run < 0) {
      if (pendingAt >= 0 && n > 0 && !(pendingBreak && isCjk(last) && isCjk(source[i]))) {
        text += ' ';
        offsets[n++] = pendingAt;
      }
      pendingAt = -1;
      pendingBreak = false;
      run = i;
    }
  }
  flush(end);
  return { text, offsets: offsets.subarray(0, n) };
}

/** Fold a plain string (no offsets needed). */
export function foldString(value: string): string {
  return foldText(value, 0, value.length);
}

/**
 * The text of `fold(source, start, end, skip)` without its offsets: the same
 * string, built from slices of the source (for checks that only compare
 * texts, such as the integrity rules; several times faster).
 */
export function foldText(source: string, start: number, end: number, skip: readonly SkipRange[] = []): string {
  let out = '';
  let last: string | undefined;
  let run = -1;
  let pending = false;
  let pendingBreak = false;
  const flush = (at: number) => {
    if (run < 0) return;
    out += source.slice(run, at);
    last = source[at - 1];
    run = -1;
  };
  let k = 0;
  while (k < skip.length && skip[k]!.end <= start) k++;
  for (let i = start; i < end; i++) {
    while (k < skip.length && skip[k]!.end <= i) k++;
    if (k < skip.length && skip[k]!.start <= i) {
      flush(i);
      i = skip[k]!.end - 1;
      continue;
    }
    const code = source.charCodeAt(i);
    if (isSpace(code, source, i)) {
      flush(i);
      pending = true;
      if (code === 10 || code === 13) pendingBreak = true;
      continue;
    }
    if (run < 0) {
      if (pending && out.length > 0 && !(pendingBreak && isCjk(last) && isCjk(source[i]))) out += ' ';
      pending = false;
      pendingBreak = false;
      run = i;
    }
  }
  flush(end);
  return out;
}

/**
 * Whether `foldText(source, start, end, skip) === expected`, without building
 * the folded text: its characters are compared as folding makes them, and the
 * first difference ends the walk (the integrity rules compare every span).
 */
export function foldEquals(source: string, start: number, end: number, skip: readonly SkipRange[], expected: string): boolean {
  let n = 0;
  let lastAt = -1;
  let pending = false;
  let pendingBreak = false;
  let k = 0;
  while (k < skip.length && skip[k]!.end <= start) k++;
  for (let i = start; i < end; i++) {
    while (k < skip.length && skip[k]!.end <= i) k++;
    if (k < skip.length && skip[k]!.start <= i) {
      i = skip[k]!.end - 1;
      continue;
    }
    const code = source.charCodeAt(i);
    if (isSpace(code, source, i)) {
      pending = true;
      if (code === 10 || code === 13) pendingBreak = true;
      continue;
    }
    if (pending && n > 0 && !(pendingBreak && isCjk(source[lastAt]) && isCjk(source[i]))) {
      if (expected.charCodeAt(n) !== 32) return false;
      n++;
    }
    pending = false;
    pendingBreak = false;
    if (n >= expected.length || expected.charCodeAt(n) !== code) return false;
    n++;
    lastAt = i;
  }
  return n === expected.length;
}
