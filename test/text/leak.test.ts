/**
 * The leak check of a build's output (`findLeak`): it must find what redaction's patterns find, first match
 * first, however it searches. Checked against the plain pattern on made-up texts, and on random strings built
 * from the characters that matter (seeded, so a failure repeats).
 */
import { describe, expect, it } from 'vitest';
import { findLeak, mayNeedRedaction, personalNames, redactText } from '../../src/text/redact.js';

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

describe('mayNeedRedaction: the pre-test before redacting or comparing a text', () => {
  it('says a text needs no redaction only when redaction gives it back unchanged', () => {
    let seed = 5;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed / 2 ** 31);
    const names = ['Jane Roe', '王示例'];
    const alphabet = ['Jane', ' ', 'Roe', 'Roebuck', '王', '示例', '1', '2', '3', '-', '@', 'a.bc', 'x', '，'];
    let unchanged = 0;
    for (let n = 0; n < 3000; n++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 12) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      if (!mayNeedRedaction(text, names)) {
        unchanged++;
        expect(redactText(text, names), text).toBe(text);
      }
    }
    expect(unchanged).toBeGreaterThan(100);
  });

  it('reads the names: a text without any of them needs no redaction for them', () => {
    expect(mayNeedRedaction('a report of the Example Committee', ['Jane Roe'])).toBe(false);
    expect(mayNeedRedaction('the report of Jane Roe', ['Jane Roe'])).toBe(true);
    expect(mayNeedRedaction('write to a@b.cd', [])).toBe(true);
    expect(mayNeedRedaction('call 010 1234 5678', [])).toBe(true);
  });
});

describe('personalNames: the names of contact persons in form fields', () => {
  // The reading it must agree with: every line (split at `\r\n`, `\r` or `\n`) that is a person's field, its value
  // on the line or on the next non-blank of the three lines under it.
  const field = /^[ \t]*(?:(?:first|last|family|given|middle|full)[ \t]+name|name|contact(?:[ \t]+(?:person|name))?|联系人|姓名)[ \t]*[:：][ \t]*(.*)$/iu;
  const byLines = (source: string): string[] => {
    const lines = source.split(/\r\n|\r|\n/u);
    const names = new Set<string>();
    lines.forEach((line, i) => {
      const m = field.exec(line);
      if (!m) return;
      let value = m[1]!.trim();
      if (value === '') value = lines.slice(i + 1, i + 4).find((l) => l.trim() !== '') ?? '';
      const v = value.trim();
      if (v.length >= 2 && v.length <= 60 && !v.includes('[redacted]') && !/[:：]/u.test(v) && /\p{L}/u.test(v) && !field.test(value)) names.add(v);
    });
    return [...names].sort((a, b) => b.length - a.length || a.localeCompare(b));
  };

  it('reads the value under an empty field up to three lines down, whatever the line breaks', () => {
    for (const [text, names] of [
      ['Name:\r\n\r\n\r\nLi Si\r\n', ['Li Si']],
      ['Name:\r\rLi Si', ['Li Si']],
      ['Name:\n\n\n\nLi Si', []],
      ['Note: x\nName: Yue\r联系人：\r\n张三', ['Yue', '张三']],
      ['Re: Name: Li Si', []],
    ] as const) {
      expect(personalNames(text), JSON.stringify(text)).toEqual(names);
      expect(byLines(text)).toEqual(names);
    }
  });

  it('agrees with a line-by-line reading on random forms (line breaks of every kind, colons anywhere)', () => {
    let seed = 2026;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed / 2 ** 31);
    const pieces = ['Name:', 'Contact person: ', '联系人：', 'First name:', ' Yue', 'Li Si', '张三', ':', '：', '\n', '\r', '\r\n', '\n\n', ' ', 'Title: Ms.', 'x'];
    for (let n = 0; n < 3000; n++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 16) }, () => pieces[Math.floor(random() * pieces.length)]).join('');
      expect(personalNames(text), JSON.stringify(text)).toEqual(byLines(text));
    }
  });
});
