import { describe, expect, it } from 'vitest';
import { allMatches } from '../../src/text/matches.js';

describe('allMatches', () => {
  const cases: Array<[RegExp, string]> = [
    [/\d+/gu, 'a1b22c333'],
    [/x*/gu, 'axxb'],
    [/(?:)/gu, 'a😀b'],
    [/(?:)/g, 'a😀b'],
    [/\b(?:shall|will)\b/giu, 'It shall and WILL, will-nilly.'],
    [/第(\d+)条/gu, '第1条、第22条'],
  ];
  it.each(cases)('%s on %j gives what matchAll gives', (pattern, text) => {
    const expected = [...text.matchAll(new RegExp(pattern.source, pattern.flags))].map((m) => [m.index, [...m]]);
    expect(allMatches(pattern, text).map((m) => [m.index, [...m]])).toEqual(expected);
  });
  it('leaves the pattern as it was, and refuses a pattern without the g flag', () => {
    const pattern = /a/gu;
    pattern.lastIndex = 2;
    allMatches(pattern, 'aaa');
    expect(pattern.lastIndex).toBe(2);
    expect(() => allMatches(/a/u, 'a')).toThrow(/global pattern/u);
  });
});
