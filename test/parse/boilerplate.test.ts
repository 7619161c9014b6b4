/** The declared lists of publisher and scraper words, entry by entry. */
import { describe, expect, it } from 'vitest';
import { backMatterStart, backMatterStarts, isInterfaceLine, isScraperLine } from '../../src/parse/boilerplate.js';
import { parseSource, type ParseHints } from '../../src/parse/index.js';
import { isSignatureLine } from '../../src/parse/markdown/structure.js';

const starts: Record<string, { yes: string[]; no: string[] }> = {
  'source line': { yes: ['（来源：中国网信网）', '原文来源：中国网信网', '(Source: Xinhua)', '来源：外交部网站'], no: ['数据来源于公开渠道。', 'Sources of law include treaties.'] },
  'end mark': { yes: ['###', '-----End', '- 30 -', '（完）'], no: ['### Article 14', 'The end of the road.'] },
  'testimonium clause': { yes: ['IN WITNESS WHEREOF the undersigned have signed this Convention.', 'DONE at Budapest, this 23rd day of November 2001'], no: ['Well done, the reform will help.'] },
  'copyright line': {
    yes: ['Copyright © 2025 WWW.EXAMPLE.COM All Rights Reserved', '版权所有 © 示例网', '本站由某云 提供计算与安全服务'],
    no: ['Copyrighted works are protected under the law.', '本站提供的服务'],
  },
  'editor line': { yes: ['（责任编辑：张三）', '编辑：李四'], no: ['编辑部认为这一做法值得推广。'] },
};

describe('back-matter starts', () => {
  it('has a test case for every rule', () => {
    expect(backMatterStarts.map((r) => r.name).sort()).toEqual(Object.keys(starts).sort());
  });
  for (const rule of backMatterStarts) {
    it(`${rule.name}: matches what it should, nothing else`, () => {
      for (const text of starts[rule.name]!.yes) expect(backMatterStart(text), text).toBe(rule.name);
      for (const text of starts[rule.name]!.no) expect(backMatterStart(text), text).toBeUndefined();
    });
  }
});

describe('lines of a page interface', () => {
  it.each(['，', '×', '阅读全文', '点击关注', 'Share this page', 'Print', '示例账号官方服务中心', 'contact: press@example.org'])('%s may be one', (line) => {
    expect(isInterfaceLine(line)).toBe(true);
  });
  it.each(['We will meet again.', '本办法自公布之日起施行。', 'The parties reaffirm their commitment to the principles', '这是一个相当长的句子没有标点但明显超过了界面按钮的长度'])(
    '%s is not',
    (line) => {
      expect(isInterfaceLine(line)).toBe(false);
    },
  );
  it('a bold line may be twice as long (a slogan)', () => {
    const slogan = '欢迎关注示例杂志官方的短视频账号';
    expect(isInterfaceLine(slogan + '与公众号')).toBe(false);
    expect(isInterfaceLine(slogan + '与公众号', true)).toBe(true);
  });
  it('a lone punctuation mark is a scraper line, a sentence is not', () => {
    expect(isScraperLine('，')).toBe(true);
    expect(isScraperLine('阅读原文后，我们认为这一规定很重要。')).toBe(false);
  });
});

/** The first paragraph of a parse's back matter, as printed (undefined when there is none). */
function backMatterOf(text: string, format: 'markdown' | 'text', hints: ParseHints = {}): string | undefined {
  const back = parseSource(text, { format, hints }).sections.find((s) => s.kind === 'back-matter');
  const range = back && Object.values(back.paragraphs[0]!.parts)[0]!;
  return range && text.slice(range.start, range.end);
}

const body = [
  '# A Made-up Statement',
  '',
  'The participants met to discuss made-up matters of common interest and agreed on the following points of work.',
  '',
  'They will continue to meet, to exchange views and to report on the progress of their made-up work next year.',
  '',
  'They thank the host for a made-up meeting that was well prepared and are grateful to all who took part.',
  '',
];

describe.each(['markdown', 'text'] as const)("a page's interface closing the text (%s)", (format) => {
  it.runIf(format === 'markdown')("an annex's short entries stay its text", () => {
    const text = [...body, '**附件：示例名单**', '', '列入名单的示例单位包括下列各方', '', '甲单位', '', '乙单位', '', '丙单位', '', '丁单位', ''].join('\n');
    expect(backMatterOf(text, format)).toBeUndefined();
  });
  it('a run of four short lines or more that are no sentences is back matter', () => {
    const text = [...body, 'Share this page', '', 'Facebook', '', 'Print', '', 'Related articles', ''].join('\n');
    expect(backMatterOf(text, format)).toBe('Share this page');
  });
  it.runIf(format === 'markdown')('bold lines among them (a promotion), twice as long', () => {
    const text = [...body, '**Subscribe to the made-up newsletter**', '', '**Follow us**', '', '![](https://example.org/qr.png)', '', '**Read more**', '', 'Like', ''].join('\n');
    expect(backMatterOf(text, format)).toBe('**Subscribe to the made-up newsletter**');
  });
  it('three are not: a text may end with a few short lines', () => {
    const text = [...body, 'Annex', '', 'Made-up list', '', 'End', ''].join('\n');
    expect(backMatterOf(text, format)).toBeUndefined();
  });
  it('short lines that a line announces (`The members are:`) or that are all of the last section stay text', () => {
    const announced = [...body, 'The made-up members are:', '', 'Avalon', '', 'Borduria', '', 'Carpania', '', 'Dorado', ''].join('\n');
    expect(backMatterOf(announced, format)).toBeUndefined();
    const underHeading = [...body, format === 'markdown' ? '## Signatories' : 'IV. Signatories', '', 'Avalon', '', 'Borduria', '', 'Carpania', '', 'Dorado', ''].join('\n');
    expect(backMatterOf(underHeading, format)).toBeUndefined();
  });
  it('a line the source declares (hints.backMatter) starts it where no rule does', () => {
    const text = [
      ...body,
      'You may also be interested in the made-up report we published on the same day as this statement',
      '',
      'The made-up site publishes reports every week, in two languages.',
      '',
    ].join('\n');
    expect(backMatterOf(text, format)).toBeUndefined();
    expect(backMatterOf(text, format, { backMatter: ['You may also be interested in the made-up report we published on the same day as this statement'] })).toMatch(/^You may also/u);
  });
});
describe('signature and date lines', () => {
  it.each(['JOSEPH R. BIDEN JR.', 'THE WHITE HOUSE,', 'May 12, 2021.', '中央网信办秘书局', '2022年11月2日', '国家互联网信息办公室主任 庄荣文'])('%s is one', (line) => {
    expect(isSignatureLine(line)).toBe(true);
  });
  it.each(['The co-chairs intend to meet again in mid-2023 in Europe to review our joint work.', '本规定自2023年1月10日起施行。', '“投稿联系方式：张三”'])('%s is not', (line) => {
    expect(isSignatureLine(line)).toBe(false);
  });
});
