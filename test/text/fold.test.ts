/** foldText gives the text of fold, on every source, for ranges of every size, with and without skipped ranges. */
import { describe, expect, it } from 'vitest';
import { fold, foldText } from '../../src/text/fold.js';
import { documentIds, readSource } from '../helpers.js';

describe('foldText', () => {
  it('equals fold(...).text on short inputs', () => {
    for (const text of ['', ' ', 'a  b', ' a\n b ', '中\n文', '中 文', '中\n a', 'a\r\n\r\nb', 'a\u3000b', 'x\u00a0y', '  \t中\n\n文。  ']) {
      expect(foldText(text, 0, text.length)).toBe(fold(text, 0, text.length).text);
      expect(foldText(text, 0, text.length, [{ start: 1, end: 2 }])).toBe(fold(text, 0, text.length, [{ start: 1, end: 2 }]).text);
    }
  });

  it('equals fold(...).text over the sources, with skipped ranges', () => {
    for (const id of documentIds) {
      const source = readSource(id);
      const skip = Array.from({ length: 50 }, (_, i) => ({ start: i * 997, end: i * 997 + (i % 7) + 1 })).filter((r) => r.end <= source.length);
      for (let start = 0; start < source.length; start += 1201) {
        for (const length of [1, 17, 240, 5000]) {
          const end = Math.min(source.length, start + length);
          expect(foldText(source, start, end, skip)).toBe(fold(source, start, end, skip).text);
          expect(foldText(source, start, end)).toBe(fold(source, start, end).text);
        }
      }
    }
  });
});
