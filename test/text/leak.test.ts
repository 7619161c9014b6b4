/**
 * The leak check of a build's output (`findLeak`): it must find what redaction's patterns find, first match
 * first, however it searches. Checked against the plain pattern on made-up texts, and on random strings built
 * from the characters that matter (seeded, so a failure repeats).
 */
import { describe, expect, it } from 'vitest';
import { findLeak } from '../../src/text/redact.js';

const emailPattern = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/u;
const first = (text: string) => {
  const m = emailPattern.exec(text);
  return m ? { offset: m.index, kind: 'email', match: m[0] } : undefined;
};

describe('findLeak: e-mail addresses', () => {
  it('finds the first address, whole, as the pattern does', () => {
    for (const text of [
      'write to a.person@example.org or b@example.com',
      '"text":"x@y","other":"name.surname+tag@mail.example.cn."',
      '@start@a.bc and ab@@cd.ef then 𝐀b@c.de',
      'no address @ here, nor user@localhost',
      '联系邮箱：示例abc@example.com。',
    ])
      expect(findLeak(text)).toEqual(first(text));
  });

  it('agrees with the pattern on random strings of the characters that matter', () => {
    let seed = 23;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed / 2 ** 31);
    const alphabet = ['a', 'b', '1', '.', '-', '_', '+', '@', ' ', ',', '"', '示', '𝐀', 'co', 'm'];
    for (let n = 0; n < 3000; n++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 24) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      expect(findLeak(text), text).toEqual(first(text));
    }
  });

  it('finds a name only where the text holds it, as a word', () => {
    expect(findLeak('the report of Jane Roe, 2020', ['Jane Roe', 'John Doe'])).toEqual({ offset: 14, kind: 'name', match: 'Jane Roe' });
    expect(findLeak('Jane Roebuck wrote', ['Jane Roe'])).toBeUndefined();
    expect(findLeak('nothing here', ['Jane Roe'])).toBeUndefined();
  });
});
