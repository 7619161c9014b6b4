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

describe('a text that marks its paragraphs by line ends, not blank lines', () => {
  const sentences = Array.from({ length: 24 }, (_, i) => `Paragraph ${i + 1} of the example text states one thing, and then it ends.`);
  it.each(['markdown', 'text'] as const)('%s: each line is a paragraph', (format) => {
    const text = ['# An example', ...sentences, ''].join('\n');
    const { sections, problems } = read(text, format);
    expect(sections.flat().filter((t) => t.startsWith('Paragraph '))).toEqual(sentences);
    expect(problems).toEqual([]);
  });
  it('three Chinese lines that each end a sentence are three paragraphs, in a text with blank lines too', () => {
    const text = ['# 示例', '', '第一个段落到这里结束。', '第二个段落到这里结束。', '第三个段落到这里结束。', ''].join('\n');
    expect(
      read(text, 'markdown')
        .sections.flat()
        .filter((t) => t.startsWith('第')),
    ).toEqual(['第一个段落到这里结束。', '第二个段落到这里结束。', '第三个段落到这里结束。']);
  });
  it('not English sentences one per line in a text with blank lines (semantic line breaks): one paragraph', () => {
    const text = ['# An example', '', 'The first sentence ends here.', 'The second sentence ends here.', 'The third sentence ends here.', ''].join('\n');
    expect(read(text, 'markdown').sections.flat()).toContain('The first sentence ends here. The second sentence ends here. The third sentence ends here.');
  });
  it('not a text hard-wrapped at a width (most lines stop mid-sentence): its paragraphs stay whole', () => {
    const words = Array.from({ length: 400 }, (_, i) => (i % 12 === 11 ? 'Example.' : 'example'));
    const wrapped: string[] = [];
    for (let i = 0; i < words.length; i += 9) wrapped.push(words.slice(i, i + 9).join(' '));
    const text = ['# An example', ...wrapped, ''].join('\n');
    // The title (front matter) and one paragraph: the wrapped lines joined.
    const texts = read(text, 'markdown')
      .sections.flat()
      .filter((t) => !t.startsWith('('));
    expect(texts).toHaveLength(2);
    expect(texts[1]!.split(' ')).toHaveLength(400);
  });
});
