/**
 * Hard breaks that only wrap a line (issue 19, item 7): a page scraped from a two-column PDF ends every line with
 * two spaces; a line that stops mid-sentence joins the next, while lines that end a sentence, short heading
 * lines, bold lines and numbered lines stay apart (scraped pages also separate paragraphs with hard breaks).
 */
import { describe, expect, it } from 'vitest';
import { outlineText } from './markdown-helpers.js';
import { parseSource } from '../../src/parse/index.js';
import { fold } from '../../src/text/fold.js';
import { walkNodes } from '../../src/text/tree.js';

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

/** The paragraphs of a plain text as the plain-text front-end reads them: folded text, with the list marker if any. */
function plainParagraphs(text: string): string[] {
  const parsed = parseSource(text, { format: 'text' });
  return [...walkNodes(parsed.sections)].flatMap((s) =>
    s.paragraphs.map((p) => {
      const range = Object.values(p.parts)[0]!;
      return `${p.list ? `[${p.list.marker}] ` : ''}${fold(text, range.start, range.end).text}`;
    }),
  );
}

describe('a list hard-wrapped at a fixed width (plain text)', () => {
  it('each bullet line opens an item, the lines after it continue it', () => {
    const text = [
      'The members agree to work together in order to:',
      '',
      '- Prevent harm to the example networks that serve',
      'the public and its institutions;',
      '- Strengthen the made-up capacities of all members;',
      '- Promote the example norms of behaviour as well as',
      'measures that build confidence.',
      '',
    ].join('\n');
    expect(plainParagraphs(text)).toEqual([
      'The members agree to work together in order to:',
      '[-] - Prevent harm to the example networks that serve the public and its institutions;',
      '[-] - Strengthen the made-up capacities of all members;',
      '[-] - Promote the example norms of behaviour as well as measures that build confidence.',
    ]);
  });
  it('numbered items counting on, each wrapped line going on in lower case', () => {
    const text =
      'Intro text here.\n\n1. Members shall keep the example records of all\nactivities they carry out;\n2. Members shall report to the example body;\n3. Members shall publish the example findings once\na year.\n';
    expect(plainParagraphs(text).slice(1)).toEqual([
      '[1.] 1. Members shall keep the example records of all activities they carry out;',
      '[2.] 2. Members shall report to the example body;',
      '[3.] 3. Members shall publish the example findings once a year.',
    ]);
  });
  it('not a prose paragraph whose wrapped line opens with a number, nor numbers that do not count on', () => {
    const prose = 'Intro text here.\n\nThe members recall the duties set out in paragraph\n2. of the example act, and agree to report on them\n3. times a year.\n';
    expect(plainParagraphs(prose)).toHaveLength(2);
    const skipping = 'Intro text here.\n\n1. Members shall keep the example records of all\nactivities they carry out;\n3. Members shall report to the example body;\n';
    expect(
      plainParagraphs(skipping)
        .slice(1)
        .some((p) => p.startsWith('[3.]')),
    ).toBe(false);
  });
  it('items under a lead-in that runs into them, wrapped with a hanging indent (a charter as printed in plain text)', () => {
    const text = [
      'Intro text here.',
      '',
      '   An individual Example Member may',
      '    1. make any decision with regard to their',
      '       own work;',
      '    2. propose draft resolutions;',
      '    3. vote on resolutions.',
      '',
      '   General rules:',
      '    1. Nothing in this charter imposes an obligation on anyone to do',
      '       work for the Forum. A person need not do it.',
      '       However, they must not work against the rules.',
      '    2. A person may hold several posts, except that the Chair,',
      '       Secretary and Treasurer must be distinct.',
      '',
    ].join('\n');
    expect(plainParagraphs(text).slice(1)).toEqual([
      'An individual Example Member may',
      '[1.] 1. make any decision with regard to their own work;',
      '[2.] 2. propose draft resolutions;',
      '[3.] 3. vote on resolutions.',
      'General rules:',
      '[1.] 1. Nothing in this charter imposes an obligation on anyone to do work for the Forum. A person need not do it. However, they must not work against the rules.',
      '[2.] 2. A person may hold several posts, except that the Chair, Secretary and Treasurer must be distinct.',
    ]);
    // A list nested deeper in an item stays in it; the outer list counts on past it.
    const nested = [
      'Intro text here.',
      '',
      '   Procedure:',
      '    1. The Members follow the Example Procedure.',
      '    2. Delaying a decision:',
      '         1. If the Chair asks, the vote is delayed.',
      '         2. If the Chair withdraws, the vote is moot.',
      '    3. Votes are taken by the Secretary.',
      '',
    ].join('\n');
    expect(plainParagraphs(nested).slice(1)).toEqual([
      'Procedure:',
      '[1.] 1. The Members follow the Example Procedure.',
      '[2.] 2. Delaying a decision: 1. If the Chair asks, the vote is delayed. 2. If the Chair withdraws, the vote is moot.',
      '[3.] 3. Votes are taken by the Secretary.',
    ]);
    // Numbers aligned on the right (`    9.` ⏎ `   10.`) keep their text's column: still one list.
    const aligned = ['Intro text here.', '', '   The Chair may:', ...Array.from({ length: 10 }, (_, k) => `${k + 1 < 10 ? '    ' : '   '}${k + 1}. act on item ${k + 1};`), ''].join('\n');
    expect(plainParagraphs(aligned).slice(1)).toHaveLength(11);
    expect(plainParagraphs(aligned).at(-1)).toBe('[10.] 10. act on item 10;');
    // Without a hanging indent, a numbered line after a line that runs on is still no item.
    const flat = 'Intro text here.\n\nThe members recall the duties in paragraph\n1. of the act, and report on them\n2. times a year.\n';
    expect(plainParagraphs(flat)).toHaveLength(2);
  });
  it('not numbered lines each followed by a sentence in capitals (a heading over its text)', () => {
    const text = 'Intro text here.\n\n1. Scope of the example\nThis part sets out the scope.\n2. Duties of the example\nThis part sets out the duties.\n';
    expect(plainParagraphs(text).some((p) => p.startsWith('[2.]'))).toBe(false);
  });
});
