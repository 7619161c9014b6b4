/**
 * Source bytes that are not well-formed UTF-8 are refused with the file, line and column, never published as
 * U+FFFD (issue 21): overlong forms, surrogates, code points above U+10FFFF; a UTF-16 file is told to convert from
 * UTF-16, not from GB18030.
 */
import { describe, expect, it } from 'vitest';
import { binaryFormats, firstInvalidUtf8, readSourceBytes } from '../../src/dataset/sources.js';
import { foreignScript, foreignScripts, otherLatinLanguage, otherLatinLanguages } from '../../src/text/script.js';
import { firstCrowdedParagraph, maxInlineMarkers } from '../../src/dataset/limits.js';

const bytes = (...b: number[]) => new Uint8Array([0x61, 0x0a, 0x62, ...b, 0x63]);

describe('UTF-8 well-formedness', () => {
  it.each([
    ['an overlong two-byte form', [0xc0, 0x80]],
    ['an overlong three-byte form', [0xe0, 0x80, 0x80]],
    ['an overlong four-byte form', [0xf0, 0x80, 0x80, 0x80]],
    ['a surrogate', [0xed, 0xa0, 0x80]],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['a truncated sequence', [0xe4, 0xb8]],
    ['a lone continuation byte', [0x80]],
  ])('%s is refused at its first byte, with a place', (_, bad) => {
    expect(firstInvalidUtf8(bytes(...bad))).toBe(3);
    const { source, messages } = readSourceBytes(bytes(...bad), 'data/sources/x.txt');
    expect(source).toBeUndefined();
    expect(messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([['source-encoding', 2, 2]]);
  });
  it.each([
    ['U+0080', [0xc2, 0x80]],
    ['U+4E2D 中', [0xe4, 0xb8, 0xad]],
    ['U+D7FF, the last before the surrogates', [0xed, 0x9f, 0xbf]],
    ['U+10FFFF, the last code point', [0xf4, 0x8f, 0xbf, 0xbf]],
    ['U+1F600', [0xf0, 0x9f, 0x98, 0x80]],
  ])('%s is accepted', (_, good) => {
    expect(firstInvalidUtf8(bytes(...good))).toBe(-1);
  });
  it('a UTF-16 file with a byte order mark is told to convert from UTF-16', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x0a, 0x00]);
    expect(readSourceBytes(utf16, 'x.txt').messages[0]?.note).toContain('iconv -f UTF-16LE -t UTF-8');
  });
});

describe('emphasis markers per paragraph, checked before parsing', () => {
  it('a paragraph of 20,000 emphasis runs is refused at its first line, before remark-parse spends seconds on it', () => {
    const text = `# Title\n\nA first paragraph with *some* emphasis.\n\n${'*a* **b** '.repeat(5000)}\n`;
    const { source, messages } = readSourceBytes(Buffer.from(text), 'data/sources/starred.md');
    expect(source).toBeUndefined();
    expect(messages.map((m) => [m.ruleId, m.file, m.line, m.column])).toEqual([['source-too-many-markers', 'data/sources/starred.md', 5, 1]]);
    expect(messages[0]!.reason).toContain(`at most ${maxInlineMarkers}`);
  });
  it('counts per paragraph: as many runs spread over paragraphs pass, and list bullets are no runs', () => {
    const paragraphs = `${'*a* **b** '.repeat(200)}\n\n`.repeat(50);
    expect(readSourceBytes(Buffer.from(paragraphs), 'x.md').messages).toEqual([]);
    const list = Array.from({ length: 2 * maxInlineMarkers }, (_, i) => `* item ${i}`).join('\n');
    expect(readSourceBytes(Buffer.from(list), 'x.md').messages).toEqual([]);
    // Footnote calls count too (micromark merges the text around each the same way).
    expect(firstCrowdedParagraph(`x\n\n${'text[^1] '.repeat(2 * maxInlineMarkers)}\n\n[^1]: A note.\n`)).toEqual({ offset: 3, runs: 2 * maxInlineMarkers });
    // Counted line by line, up to the line that passes the limit: 501 lines of two runs each.
    expect(firstCrowdedParagraph(`x\n\n${'*b*\n'.repeat(maxInlineMarkers / 2 + 1)}`)).toEqual({ offset: 3, runs: maxInlineMarkers + 2 });
  });
});

describe('nesting depth, checked before parsing', () => {
  it('5,000 nested block quotes are refused with the file and line, not a stack overflow', () => {
    const text = `# Title\n\n${'>'.repeat(5000)} deep\n`;
    const { source, messages } = readSourceBytes(Buffer.from(text), 'data/sources/deep.md');
    expect(source).toBeUndefined();
    expect(messages.map((m) => [m.ruleId, m.file, m.line])).toEqual([['source-too-deep', 'data/sources/deep.md', 3]]);
  });
  it('a list indented 800 levels deep is refused too', () => {
    const text = Array.from({ length: 800 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n');
    expect(readSourceBytes(Buffer.from(text), 'x.md').messages.map((m) => m.ruleId)).toEqual(['source-too-deep']);
  });
  it('the nesting of real documents passes: quotes in quotes, lists three deep', () => {
    const text = '> quote\n> > quoted reply\n\n- a\n  - b\n    - c\n\n1. one\n   2. two\n';
    expect(readSourceBytes(Buffer.from(text), 'x.md').messages).toEqual([]);
  });
});

describe('bidirectional controls', () => {
  it('a right-to-left override is kept but warned about, with its place', () => {
    const { source, messages } = readSourceBytes(Buffer.from('Title\n\nabc\u202Edef\n'), 'x.txt');
    expect(source?.text).toContain('\u202E');
    expect(messages.map((m) => [m.ruleId, m.fatal, m.line, m.column])).toEqual([['source-bidi-control', false, 3, 4]]);
  });
  it('Arabic or Hebrew text without controls gives no warning', () => {
    expect(readSourceBytes(Buffer.from('Title\n\nمرحبا שלום\n'), 'x.txt').messages).toEqual([]);
  });
});

describe('texts in a language the dataset does not hold', () => {
  it.each(foreignScripts.map((s) => [s.name, s.example] as const))('%s: a text written in it is refused, at its first letter', (name, example) => {
    const text = `Example Title\n\n${`${example}. `.repeat(20)}\n`;
    const { source, messages } = readSourceBytes(Buffer.from(text), 'data/sources/x.txt');
    expect(source).toBeUndefined();
    expect(messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([['source-language', 3, 1]]);
    expect(messages[0]!.message).toContain(name);
  });
  it('a Japanese text is told from a Chinese one by its kana, though both use Han letters', () => {
    expect(foreignScript('第1条 定義\n\nこの示例許諾中の用語を以下のように定義する。'.repeat(10))?.name).toBe('Japanese kana');
    expect(foreignScript('第一条 为了示例的目的，制定本示例办法。'.repeat(10))).toBeUndefined();
  });
  it('English and Chinese texts that quote another script pass: a Greek symbol, a Russian title, a Korean name', () => {
    const english = `${'The example framework applies to every example party. '.repeat(20)}It cites «Пример» and the symbol α; the partner is 예시.`;
    expect(foreignScript(english)).toBeUndefined();
    expect(readSourceBytes(Buffer.from(english), 'x.txt').messages).toEqual([]);
    expect(foreignScript(`${'示例双方同意加强示例合作。'.repeat(30)}（Пример сотрудничества）`)).toBeUndefined();
  });
});

describe('documents saved in a binary format', () => {
  it.each(binaryFormats.map((f) => [f.name, f.magic] as const))('%s is named, with how to get its text', (name, magic) => {
    const { source, messages } = readSourceBytes(new Uint8Array([...magic, 0x0a, 0x00, 0xff, 0x41]), 'data/sources/x.txt');
    expect(source).toBeUndefined();
    expect(messages.map((m) => [m.ruleId, m.line, m.column, m.message])).toEqual([['source-binary', 1, 1, `the file is ${name}, not a text`]]);
  });
  it('a text that starts with the same letters is a text (`%PDF-` is only a PDF as its first bytes)', () => {
    expect(readSourceBytes(Buffer.from('Example %PDF- notes\n'), 'x.txt').messages).toEqual([]);
    expect(readSourceBytes(Buffer.from('PK is an example abbreviation.\n'), 'x.txt').messages).toEqual([]);
  });
});

describe('texts in Latin letters in a language the dataset does not hold', () => {
  it.each(otherLatinLanguages.map((l) => [l.name, l.example] as const))('%s is refused, named', (name, example) => {
    const { source, messages } = readSourceBytes(Buffer.from(`Example\n\n${`${example}\n\n`.repeat(12)}`), 'data/sources/x.txt');
    expect(source).toBeUndefined();
    expect(messages.map((m) => [m.ruleId, m.message])).toEqual([['source-language', `source is written in ${name}, a language the dataset does not hold`]]);
  });
  it('an English text quoting another language, or one in English and French side by side, passes', () => {
    const english = 'The example party shall publish the example data and it is free to use them for any purpose that the law allows. ';
    const french = otherLatinLanguages[0]!.example;
    expect(otherLatinLanguage(`${english.repeat(12)}${french}`)).toBeUndefined();
    expect(otherLatinLanguage(`${english} ${french}\n`.repeat(12))).toBeUndefined();
    expect(otherLatinLanguage(`${french} `.repeat(3))).toBeUndefined();
  });
});
