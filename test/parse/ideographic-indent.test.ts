/**
 * A Chinese page copied with no blank line between its paragraphs, each paragraph opening with an ideographic
 * indent (two U+3000): every such line is a paragraph of its own, in both front-ends, and the headings between them
 * are read. Texts written for the test.
 */
import { describe, expect, it } from 'vitest';
import { toDocument } from '../../src/dataset/document.js';
import { formatOf } from '../../src/metadata/infer.js';
import { parseSource } from '../../src/parse/index.js';
import { walkNodes } from '../../src/text/tree.js';
import { coverageProblems, stubMetadata } from './markdown-helpers.js';

const indent = '\u3000\u3000';

/** Each section's title and its paragraphs' texts, and what breaks the invariants. */
function read(text: string, format: 'markdown' | 'text') {
  const parsed = parseSource(text, { format });
  const doc = toDocument(stubMetadata, { text, sha256: '', bytes: text.length }, parsed.sections, parsed.skip, parsed.omitted);
  const sections = [...walkNodes(doc.sections)].map((s) => [s.title?.zh ?? `(${s.kind})`, ...s.paragraphs.map((p) => p.text.zh ?? p.text.en ?? '')]);
  return { sections, problems: coverageProblems(text, doc, parsed.skip) };
}

const paragraphs = [`${indent}示例城市去年发布了一项关于数字服务的规划。`, `${indent}规划提出了三项主要任务和若干保障措施。`];

describe('paragraphs opening with an ideographic indent, no blank line between them', () => {
  it('Markdown: bold heading lines over indented paragraphs', () => {
    const text = ['**一、背景**', ...paragraphs, '**二、原则**', `${indent}各方应当坚持合作共赢的原则。`, ''].join('\n');
    expect(formatOf(text, false).format).toBe('markdown');
    const { sections, problems } = read(text, 'markdown');
    expect(sections).toEqual([
      ['一、背景', '示例城市去年发布了一项关于数字服务的规划。', '规划提出了三项主要任务和若干保障措施。'],
      ['二、原则', '各方应当坚持合作共赢的原则。'],
    ]);
    expect(problems).toEqual([]);
  });
  it('plain text: numbered heading lines over indented paragraphs', () => {
    const text = ['一、背景', ...paragraphs, '二、原则', `${indent}各方应当坚持合作共赢的原则。`, ''].join('\n');
    const { sections, problems } = read(text, 'text');
    expect(sections).toEqual([
      ['一、背景', '示例城市去年发布了一项关于数字服务的规划。', '规划提出了三项主要任务和若干保障措施。'],
      ['二、原则', '各方应当坚持合作共赢的原则。'],
    ]);
    expect(problems).toEqual([]);
  });
  it.each(['markdown', 'text'] as const)('%s: a line that only wraps the one before joins it; an indented line never does', (format) => {
    const text = [
      '# 标题',
      '',
      `${indent}这是一个很长的段落，它在页面的宽度处被截断了，因为示例页面在打印的时候每一行的宽度都有`,
      '限，所以这一行接着上一行。',
      `${indent}第二个段落从这里开始，它同样很长，一直写到示例页面在打印的时候每一行的宽度`,
      `${indent}第三个段落。`,
      '',
    ].join('\n');
    const texts = read(text, format).sections.flat();
    expect(texts).toContain('这是一个很长的段落，它在页面的宽度处被截断了，因为示例页面在打印的时候每一行的宽度都有限，所以这一行接着上一行。');
    expect(texts).toContain('第二个段落从这里开始，它同样很长，一直写到示例页面在打印的时候每一行的宽度');
    expect(texts).toContain('第三个段落。');
  });
  it('not a paragraph with one indented line (an indent alone says nothing of the lines after it)', () => {
    const text = ['# 标题', '', `${indent}示例城市去年发布了一项关于数字服务的规划，`, '规划提出了三项主要任务。', ''].join('\n');
    expect(read(text, 'markdown').sections.flat()).toContain('示例城市去年发布了一项关于数字服务的规划，规划提出了三项主要任务。');
  });
});
