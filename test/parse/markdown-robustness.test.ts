/**
 * The Markdown front-end under the line endings and spaces real pages have:
 * CRLF, CR-only, a byte order mark, no-break spaces and lines of them give the
 * outline of the plain fixture; `outline` prints it and writes nothing.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/commands.js';
import { parseSource, type ParseHints } from '../../src/parse/index.js';
import { outlineText } from './markdown-helpers.js';

const fixtures = join(import.meta.dirname, '../fixtures/markdown');
const law = readFileSync(join(fixtures, 'law-chapters-articles.md'), 'utf8');
const wechat = readFileSync(join(fixtures, 'wechat-bold-headings.md'), 'utf8');

/** The outline part only (line numbers shift with some variants, titles must not). */
const shape = (text: string) => outlineText(text).outline.split('\n\n')[1];

describe('line endings and spaces', () => {
  const variants: Array<[string, (s: string) => string]> = [
    ['CRLF', (s) => s.replace(/\n/gu, '\r\n')],
    ['CR only', (s) => s.replace(/\n/gu, '\r')],
    ['a byte order mark', (s) => `\uFEFF${s}`],
    ['no-break spaces after article labels', (s) => s.replace(/条 /gu, '条\u00a0')],
    ['blank lines holding no-break spaces', (s) => s.replace(/\n\n/gu, '\n\u00a0 \n')],
  ];
  for (const [name, change] of variants) {
    it(`${name}: same outline, every character in one place`, () => {
      for (const text of [law, wechat]) {
        const changed = change(text);
        expect(shape(changed)).toBe(shape(text));
        expect(outlineText(changed).problems).toEqual([]);
      }
    });
  }

  it('splits paragraphs at hard breaks, as scraped pages use them', () => {
    const hard = law.replace(/\n/gu, '  \n');
    expect(shape(hard)).toBe(shape(law));
    expect(outlineText('**一、组织**\n\n甲段。  \n乙段。\n').outline).toContain('  - 甲段。\n  - 乙段。');
  });

  it('joins a hard-wrapped Chinese line without a space, an English one with one', () => {
    const { outline } = outlineText('**一、加强组织**\n\n各地要明确\n责任分工。\n\n**二、Other**\n\nThe council\nmet today.\n');
    expect(outline).toContain('- 各地要明确责任分工。');
    expect(outline).toContain('- The council met today.');
  });

  it('reads a paragraph indented by four spaces as a paragraph, its wrapped lines in it (no indented code)', () => {
    const { outline } = outlineText('## Section 1. Example Terms\n\n     f. Example Versions. You may share the example\nprogram under any licence.\n\n```text\nexample code\n```\n');
    expect(outline).toContain('f. Example Versions. You may share the example program under any licence.');
  });

  it('reads `##Title` with no space as a heading', () => {
    const { outline } = outlineText('##第一章 总则\n\n第一条 本法。\n\n##第二章 附则\n\n第二条 施行。\n');
    expect(outline).toContain('[chapter 2] 第二章 附则');
  });

  it('reads a line after `##Title` in its block as text, and `#!/bin/sh` as no heading', () => {
    const { outline, problems } = outlineText('##Example Scope\nThe scope of the example.\n\n#!/bin/sh\necho example\n');
    expect(outline).toContain('Example Scope');
    expect(outline).toContain('The scope of the example.');
    expect(outline).toContain('#!/bin/sh echo example');
    expect(problems).toEqual([]);
  });

  it('gives one section and a warning for a text with no structure', () => {
    const { outline, warnings } = outlineText(readFileSync(join(fixtures, 'no-structure.md'), 'utf8'));
    expect(outline.startsWith('section (line 1, 2 paragraphs)')).toBe(true);
    expect(warnings).toEqual([expect.stringContaining('no headings recognised')]);
  });
});

describe('structure corrections on a Markdown source', () => {
  const text = '**一、组织**\n\n正文一。\n\n特别说明\n\n正文二。\n\n**二、要求**\n\n正文三。\n';
  const kinds = (hints: ParseHints | undefined) => {
    const out: string[] = [];
    const walk = (sections: ReturnType<typeof parseSource>['sections']) => sections.forEach((s) => (out.push(`${s.level}:${s.eId}:${s.paragraphs.length}`), walk(s.children)));
    walk(parseSource(text, { format: 'markdown', ...(hints ? { hints } : {}) }).sections);
    return out;
  };
  it('reads the text without corrections', () => expect(kinds(undefined)).toEqual(['1:chp_1:3', '1:chp_2:1']));
  it('makes a line marked as a heading one, at its level', () => expect(kinds({ headings: [{ text: '特别说明', level: 2 }] })).toEqual(['1:chp_1:1', '2:chp_1__sec_1:1', '1:chp_2:1']));
  it('makes a heading marked as not one text', () => expect(kinds({ notHeadings: ['二、要求'] })).toEqual(['1:chp_1:5']));
});

describe('back matter', () => {
  it('does not start at a source line in the first half of a text without numbered headings', () => {
    const text = '一段正文，介绍背景情况。\n\n来源：某网站的报道称，情况如下。\n\n第二段正文，继续说明。\n\n第三段正文，继续说明。\n\n第四段正文，继续说明。\n\n（来源：示例网）\n\n阅读原文\n';
    const { outline } = outlineText(text);
    expect(outline).toContain('[section] \n  - 一段正文，介绍背景情况。\n  - 来源：某网站的报道称，情况如下。');
    expect(outline).toContain('[back-matter] \n  - （来源：示例网）\n  - 阅读原文');
  });
});

describe('plain text with chapters and articles', () => {
  it('is read by the Markdown front-end, four-space indents included', () => {
    const { outline } = outlineText('第一章 总则\n\n    第一条 为了规范活动，制定本法。\n\n    第二条 本法适用于境内。\n\n第二章 附则\n\n第三条 本法自公布之日起施行。\n');
    expect(outline).toContain('[chapter 2] 第二章 附则\n  [article 3] 第三条\n    - 本法自公布之日起施行。');
    expect(outline).toContain('  [article 2] 第二条\n    - 本法适用于境内。');
  });
});

describe('outline command', () => {
  const io = () => {
    const out: string[] = [];
    const err: string[] = [];
    return { out, err, io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t) } };
  };

  it('prints levels, kinds, labels, titles and lines, and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'outline-'));
    const file = join(dir, 'law.txt');
    writeFileSync(file, law);
    const { out, io: streams } = io();
    expect(await run(['outline', file], streams, { root: dir })).toBe(0);
    expect(out.join('').split('\n').slice(0, 3)).toEqual([
      'front-matter (line 1, 3 paragraphs)',
      'chapter 第一章: 第一章 总 则 (line 7, 0 paragraphs)',
      '  article 第一条: 第一条 (line 9, 1 paragraphs)',
    ]);
    expect(readdirSync(dir)).toEqual(['law.txt']);
  });

  it('prints JSON with --json', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'outline-'));
    const file = join(dir, 'law.txt');
    writeFileSync(file, law);
    const { out, io: streams } = io();
    expect(await run(['outline', file, '--json'], streams, { root: dir })).toBe(0);
    const json = JSON.parse(out.join('')) as { sections: Array<{ kind: string; number?: number; level: number; line?: number }> };
    expect(json.sections.filter((s) => s.kind === 'article').map((s) => s.number)).toEqual([1, 2, 3, 4]);
    expect(json.sections[1]).toMatchObject({ level: 1, kind: 'chapter', label: '第一章', number: 1, line: 7 });
  });

  it('warns on a text with no structure and still prints its one section', async () => {
    const { out, err, io: streams } = io();
    expect(await run(['outline', join(fixtures, 'no-structure.md')], streams)).toBe(0);
    expect(err.join('')).toMatch(/no-structure\.md:1:1: warning no headings recognised.*\[no-headings\]/);
    expect(out.join('')).toContain('section (line 1, 2 paragraphs)');
  });

  it('reports a missing file with its path', async () => {
    const { err, io: streams } = io();
    expect(await run(['outline', '/nonexistent/file.txt'], streams)).toBe(1);
    expect(err.join('')).toContain('/nonexistent/file.txt');
  });
});
