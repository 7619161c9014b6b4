/**
 * Where a table of contents ends, for both front-ends: pure functions over the
 * comparison keys of the blocks in order (their texts, normalised), so that
 * each front-end only says what its blocks' keys are and which are long.
 */

/**
 * The index where the body starts after a table of contents labelled at `label` (`目录`, `Contents`): the first
 * block after the entries that repeats the first entry. Undefined when no block does before a paragraph of running
 * text (`long`): then the label headed no table of contents.
 */
export function bodyAfterContents(keys: readonly string[], label: number, long: (i: number) => boolean): number | undefined {
  const first = keys[label + 1];
  if (first === undefined || first.length === 0) return undefined;
  for (let i = label + 2; i < keys.length; i++) {
    if (sameEntry(keys[i]!, first)) return i;
    // Entries are short lines; a long paragraph means this was no table of contents.
    if (long(i)) return undefined;
  }
  return undefined;
}

/** Label words a heading of the body may print before a table of contents' entry (`Chapter 1. Aims` for `1. Aims`). */
const entryLabel = /^(?:chapter|part|section|article|annex|appendix|title|book)$/u;

/** Whether a block's key is a table of contents' entry as the body prints it: the same, or behind a label word. */
function sameEntry(key: string, entry: string): boolean {
  return key === entry || (key.endsWith(entry) && entryLabel.test(key.slice(0, key.length - entry.length)));
}

/** Fewest entries of an unlabeled table of contents that the body must repeat, in order. */
const minRepeatedEntries = 3;

/**
 * A table of contents without a label (`论文结构`, `Outline`, or none): a run of short lines whose first the body
 * repeats later, the body repeating at least three of the run's lines in the same order. The run, and a short
 * label line right before it, is the table of contents. `long[i]`: candidate i is a paragraph of running text.
 */
export function unlabeledContents(keys: readonly string[], long: readonly boolean[]): { start: number; end: number } | undefined {
  for (let i = 0; i < keys.length; i++) {
    const first = keys[i]!;
    if (first.length === 0 || long[i]) continue;
    // The body's repetition of the first entry, after a run of short lines.
    let end = -1;
    for (let k = i + 1; k < keys.length; k++) {
      if (long[k]) break;
      if (keys[k] === first) {
        end = k;
        break;
      }
    }
    if (end < i + minRepeatedEntries) continue;
    let found = 0;
    let from = end;
    for (const entry of keys.slice(i, end)) {
      if (entry.length === 0) continue;
      const at = keys.indexOf(entry, from);
      if (at < 0) continue;
      found++;
      from = at + 1;
    }
    if (found < minRepeatedEntries) continue;
    const label = i > 0 && !long[i - 1] && keys[i - 1]!.length > 0 && keys[i - 1]!.length <= 12 && !keys.slice(end).includes(keys[i - 1]!) ? i - 1 : i;
    return { start: label, end };
  }
  return undefined;
}
