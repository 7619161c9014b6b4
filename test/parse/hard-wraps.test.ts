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
    const text = '# 标题\n\n某市政府去年发布一项规划，提出“建设开放的网络空  \n间与数字社会”的目标和任务。  \n下一段从这里开始。\n';
    expect(paragraphs(text)).toEqual(['某市政府去年发布一项规划，提出“建设开放的网络空间与数字社会”的目标和任务。', '下一段从这里开始。']);
  });
  it('an English line that stops mid-sentence joins the next', () => {
    const text = '# Title\n\nThe strategy sets out the vision of a free and open cyberspace for all,  \nand describes the measures of the government.  \nA new paragraph.\n';
    expect(paragraphs(text)).toEqual(['The strategy sets out the vision of a free and open cyberspace for all, and describes the measures of the government.', 'A new paragraph.']);
  });
  it('short heading lines, bold lines and numbered lines stay apart', () => {
    const text = '# 标题\n\n背景说明  \n数字经济是一个快速发展的领域。  \n**导读**  \n某市发布了规划。  \n一、加强公共服务系统的稳定运行保障  \n各方应当加强合作。\n';
    // The numbered line is a heading (its own section); no line is joined to another.
    expect(paragraphs(text)).toEqual(['背景说明', '数字经济是一个快速发展的领域。', '导读', '某市发布了规划。', '各方应当加强合作。']);
  });
});
