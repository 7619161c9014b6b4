/** Where a table of contents ends: the pure functions both front-ends use, on made-up keys. */
import { describe, expect, it } from 'vitest';
import { bodyAfterContents, unlabeledContents } from '../../src/parse/contents-range.js';

describe('a labelled table of contents', () => {
  const keys = ['contents', 'scope', 'duties', 'scope', 'thetextofscope', 'duties'];
  it('ends where the body repeats its first entry', () => expect(bodyAfterContents(keys, 0, () => false)).toBe(3));
  it('is none when a long paragraph comes before the repeat', () => expect(bodyAfterContents(keys, 0, (i) => i === 2)).toBeUndefined());
  it('ends where the body prints its first entry behind a label word, and only such a word', () => {
    expect(bodyAfterContents(['contents', '1.scope', '2.duties', 'chapter1.scope'], 0, () => false)).toBe(3);
    expect(bodyAfterContents(['contents', '1.scope', '2.duties', 'annex1.scope'], 0, () => false)).toBe(3);
    expect(bodyAfterContents(['contents', '1.scope', '2.duties', 'thewhole1.scope'], 0, () => false)).toBeUndefined();
  });
  it('is none without a first entry, or when nothing repeats it', () => {
    expect(bodyAfterContents(['contents'], 0, () => false)).toBeUndefined();
    expect(bodyAfterContents(['contents', 'scope', 'duties'], 0, () => false)).toBeUndefined();
  });
});

describe('an unlabelled table of contents', () => {
  it('is a run of short lines the body repeats, three or more in order, with a short label before it', () => {
    const keys = ['outline', 'scope', 'duties', 'remedies', 'scope', 'x', 'duties', 'y', 'remedies'];
    expect(
      unlabeledContents(
        keys,
        keys.map(() => false),
      ),
    ).toEqual({ start: 0, end: 4 });
  });
  it('is none when the body repeats fewer than three entries', () => {
    const keys = ['scope', 'duties', 'remedies', 'scope', 'x'];
    expect(
      unlabeledContents(
        keys,
        keys.map(() => false),
      ),
    ).toBeUndefined();
  });
});
