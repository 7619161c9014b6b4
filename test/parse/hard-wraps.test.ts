/**
 * Hard breaks that only wrap a line (issue 19, item 7): a page scraped from a two-column PDF ends every line with
 * two spaces; a line that stops mid-sentence joins the next, while lines that end a sentence, short heading
 * lines, bold lines and numbered lines stay apart (scraped pages also separate paragraphs with hard breaks).
 */
import { describe, expect, it } from 'vitest';
import { outlineText } from './markdown-helpers.js';

const paragraphs = (text: string) =>
  outlineText(text)
    .outline.split('\n\n')[1]!
    .split('\n')
    .filter((l) => /^\s*- /u.test(l))
    .map((l) => l.trim().slice(2))
    // The document's title (front matter) first.
    .slice(1);

describe('hard-wrapped lines', () => {
  it('a Chinese line that stops mid-sentence joins the next, without a space', () => {
    const text = '# 标题\n\n韩国政府于二〇二四年发布战略，提出“实现网络空  \n间的自由、人权和法治”的愿景。  \n下一段从这里开始。\n';
    expect(paragraphs(text)).toEqual(['韩国政府于二〇二四年发布战略，提出“实现网络空间的自由、人权和法治”的愿景。', '下一段从这里开始。']);
  });
  it('an English line that stops mid-sentence joins the next', () => {
    const text = '# Title\n\nThe strategy sets out the vision of a free and open cyberspace for all,  \nand describes the measures of the government.  \nA new paragraph.\n';
    expect(paragraphs(text)).toEqual(['The strategy sets out the vision of a free and open cyberspace for all, and describes the measures of the government.', 'A new paragraph.']);
  });
  it('short heading lines, bold lines and numbered lines stay apart', () => {
    const text = '# 标题\n\n发布背景  \n网络空间是一个充满活力的领域。  \n**编者荐语**  \n韩国政府发布了战略。  \n一、加强关键基础设施的网络弹性建设  \n各国应当加强合作。\n';
    // The numbered line is a heading (its own section); no line is joined to another.
    expect(paragraphs(text)).toEqual(['发布背景', '网络空间是一个充满活力的领域。', '编者荐语', '韩国政府发布了战略。', '各国应当加强合作。']);
  });
});
