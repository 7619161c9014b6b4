/**
 * A table of contents without a known label (issue 24): a run of short lines that the body repeats as its
 * headings, in order, is one `contents` section, not a run of empty sections; a label line before it goes with it.
 * Numbered parts `0 引 言`, `1 发布背景` (with an ideographic space) (a bare number, a space, a short Chinese title) are headings.
 */
import { describe, expect, it } from 'vitest';
import { outlineText } from './markdown-helpers.js';

const text = [
  '# 某国网络安全战略译文',
  '',
  '**论文结构**',
  '',
  '0　引　言',
  '',
  '1　发布背景',
  '',
  '1.1　数字化转型',
  '',
  '2　愿景和目标',
  '',
  '**0　引　言**',
  '',
  '正文第一段。',
  '',
  '**1　发布背景**',
  '',
  '正文第二段。',
  '',
  '**1.1　数字化转型**',
  '',
  '正文第三段。',
  '',
  '**2　愿景和目标**',
  '',
  '正文第四段。',
  '',
].join('\n');

describe('a table of contents without a label', () => {
  const { outline, problems } = outlineText(text);
  const lines = outline.split('\n\n')[0]!.split('\n');
  it('is one contents section, with its label', () => {
    expect(lines.filter((l) => l.startsWith('contents'))).toHaveLength(1);
    expect(lines.find((l) => l.startsWith('contents'))).toContain('论文结构');
  });
  it('the numbered parts are the top-level chapters, the decimals below them', () => {
    expect(lines.filter((l) => l.startsWith('chapter')).map((l) => l.replace(/ \(line.*$/u, ''))).toEqual(['chapter 0: 0 引 言', 'chapter 1: 1 发布背景', 'chapter 2: 2 愿景和目标']);
    expect(lines.some((l) => /^ {2}section 1\.1: 1\.1 数字化转型/u.test(l))).toBe(true);
  });
  it('keeps every character in one place', () => expect(problems).toEqual([]));
});
