/** foldText gives the text of fold, on every source, for ranges of every size, with and without skipped ranges. */
import { describe, expect, it } from 'vitest';
import { fold, foldText, isCjk } from '../../src/text/fold.js';
import { documentIds, readSource } from '../helpers.js';

/** Ranges over every source, every `step` characters, of several lengths, each with and without skipped ranges. */
function* sourceRanges(step: number, lengths: readonly number[]): Generator<{ source: string; start: number; end: number; skip: ReadonlyArray<{ start: number; end: number }> }> {
  for (const id of documentIds) {
    const source = readSource(id);
    const skip = Array.from({ length: 50 }, (_, i) => ({ start: i * 997, end: i * 997 + (i % 7) + 1 })).filter((r) => r.end <= source.length);
    for (let start = 0; start < source.length; start += step) {
      for (const length of lengths) {
        const end = Math.min(source.length, start + length);
        yield { source, start, end, skip };
        yield { source, start, end, skip: [] };
      }
    }
  }
}

describe('foldText', () => {
  it('equals fold(...).text on short inputs', () => {
    for (const text of ['', ' ', 'a  b', ' a\n b ', '中\n文', '中 文', '中\n a', 'a\r\n\r\nb', 'a\u3000b', 'x\u00a0y', '  \t中\n\n文。  ']) {
      expect(foldText(text, 0, text.length)).toBe(fold(text, 0, text.length).text);
      expect(foldText(text, 0, text.length, [{ start: 1, end: 2 }])).toBe(fold(text, 0, text.length, [{ start: 1, end: 2 }]).text);
    }
  });

  it('equals fold(...).text over the sources, with skipped ranges', () => {
    for (const { source, start, end, skip } of sourceRanges(1201, [1, 17, 240, 5000])) expect(foldText(source, start, end, skip)).toBe(fold(source, start, end, skip).text);
  });
});

/** The definition of folding, one character at a time (what `fold` computes with slices). */
function referenceFold(source: string, start: number, end: number, skip: ReadonlyArray<{ start: number; end: number }> = []): { text: string; offsets: number[] } {
  let text = '';
  const offsets: number[] = [];
  let pendingAt = -1;
  let pendingBreak = false;
  for (let i = start; i < end; i++) {
    const skipped = skip.find((r) => r.start <= i && i < r.end);
    if (skipped) {
      i = skipped.end - 1;
      continue;
    }
    const char = source[i]!;
    if (/\s/u.test(char)) {
      if (pendingAt < 0) pendingAt = i;
      if (char === '\n' || char === '\r') pendingBreak = true;
      continue;
    }
    if (pendingAt >= 0 && text.length > 0 && !(pendingBreak && isCjk(text[text.length - 1]) && isCjk(char))) {
      text += ' ';
      offsets.push(pendingAt);
    }
    pendingAt = -1;
    pendingBreak = false;
    text += char;
    offsets.push(i);
  }
  return { text, offsets };
}

describe('fold', () => {
  const check = (source: string, start: number, end: number, skip: ReadonlyArray<{ start: number; end: number }> = []) => {
    const folded = fold(source, start, end, skip);
    expect({ text: folded.text, offsets: [...folded.offsets] }).toEqual(referenceFold(source, start, end, skip));
  };
  it('folds whitespace and keeps each character its source offset, on short inputs', () => {
    for (const text of ['', ' ', 'a  b', ' a\n b ', '中\n文', '中 文', '中\n a', 'a\r\n\r\nb', 'a\u3000b', 'x\u00a0y', '  \t中\n\n文。  ', '😀 \n😀', '“\n中”']) {
      check(text, 0, text.length);
      check(text, 0, text.length, [{ start: 1, end: 2 }]);
      check(text, 1, Math.max(1, text.length - 1));
    }
  });
  it('agrees with the character-by-character definition over the sources, with skipped ranges', () => {
    for (const { source, start, end, skip } of sourceRanges(4001, [1, 17, 240, 3000])) check(source, start, end, skip);
  });
});

describe('isSpaceAt', () => {
  it('says what /\\s/u says, for every code unit of the basic plane', async () => {
    const { isSpaceAt } = await import('../../src/text/fold.js');
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      if (isSpaceAt(char, 0) !== /\s/u.test(char)) expect({ code, space: isSpaceAt(char, 0) }).toEqual({ code, space: /\s/u.test(char) });
    }
  });
});

describe('foldEquals', () => {
  it('says whether foldText gives a text, over the sources, for equal and differing texts', async () => {
    const { foldEquals } = await import('../../src/text/fold.js');
    for (const { source, start, end, skip } of sourceRanges(2003, [1, 17, 240, 3000])) {
      const text = foldText(source, start, end, skip);
      expect(foldEquals(source, start, end, skip, text)).toBe(true);
      for (const other of [text.slice(0, -1), `${text} `, `${text}x`, text.replace(/ /u, ''), text.replace(/\S/u, '_'), '']) {
        expect(foldEquals(source, start, end, skip, other)).toBe(other === text);
      }
    }
  });
  it('joins a line break between CJK characters as folding does', async () => {
    const { foldEquals } = await import('../../src/text/fold.js');
    expect(foldEquals('中\n文', 0, 3, [], '中文')).toBe(true);
    expect(foldEquals('中\n文', 0, 3, [], '中 文')).toBe(false);
    expect(foldEquals('中 文', 0, 3, [], '中 文')).toBe(true);
    expect(foldEquals('a\nb', 0, 3, [], 'a b')).toBe(true);
  });
  it('a range that reads as the text itself still folds: doubled, end and other whitespace, markup inside', async () => {
    const { foldEquals } = await import('../../src/text/fold.js');
    expect(foldEquals('a  b', 0, 4, [], 'a  b')).toBe(false);
    expect(foldEquals(' ab', 0, 3, [], ' ab')).toBe(false);
    expect(foldEquals('a\tb', 0, 3, [], 'a\tb')).toBe(false);
    expect(foldEquals('a\u3000b', 0, 3, [], 'a\u3000b')).toBe(false);
    expect(foldEquals('a*b*', 0, 4, [{ start: 1, end: 2 }], 'a*b*')).toBe(false);
    expect(foldEquals('x a b', 2, 5, [{ start: 0, end: 1 }], 'a b')).toBe(true);
  });
  it('a range reads as itself exactly when folding leaves it as it is, for every code unit of the basic plane', async () => {
    const { foldEquals } = await import('../../src/text/fold.js');
    for (let code = 0; code <= 0xffff; code++) {
      const text = `a${String.fromCharCode(code)}b`;
      const expected = foldText(text, 0, 3) === text;
      if (foldEquals(text, 0, 3, [], text) !== expected) expect({ code, equal: foldEquals(text, 0, 3, [], text) }).toEqual({ code, equal: expected });
    }
  });
});
