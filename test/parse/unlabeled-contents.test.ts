/**
 * A table of contents without a known label (issue 24): a run of short lines that the body repeats as its
 * headings, in order, is one `contents` section, not a run of empty sections; a label line before it goes with it.
 * Numbered parts `0 前 言`, `1 规划由来` (with an ideographic space) (a bare number, a space, a short Chinese title) are headings.
 */
import { describe, expect, it } from 'vitest';
import { outlineText } from './markdown-helpers.js';

const text = [
  '# 某市数据规划译文',
  '',
  '**全文框架**',
  '',
  '0　前　言',
  '',
  '1　规划由来',
  '',
  '1.1　现状分析',
  '',
  '2　主要方向',
  '',
  '**0　前　言**',
  '',
  '正文第一段。',
  '',
  '**1　规划由来**',
  '',
  '正文第二段。',
  '',
  '**1.1　现状分析**',
  '',
  '正文第三段。',
  '',
  '**2　主要方向**',
  '',
  '正文第四段。',
  '',
].join('\n');

describe('a table of contents without a label', () => {
  const { outline, problems } = outlineText(text);
  const lines = outline.split('\n\n')[0]!.split('\n');
  it('is one contents section, with its label', () => {
    expect(lines.filter((l) => l.startsWith('contents'))).toHaveLength(1);
    expect(lines.find((l) => l.startsWith('contents'))).toContain('全文框架');
  });
  it('the numbered parts are the top-level chapters, the decimals below them', () => {
    expect(lines.filter((l) => l.startsWith('chapter')).map((l) => l.replace(/ \(line.*$/u, ''))).toEqual(['chapter 0: 0 前 言', 'chapter 1: 1 规划由来', 'chapter 2: 2 主要方向']);
    expect(lines.some((l) => /^ {2}section 1\.1: 1\.1 现状分析/u.test(l))).toBe(true);
  });
  it('keeps every character in one place', () => expect(problems).toEqual([]));
});
