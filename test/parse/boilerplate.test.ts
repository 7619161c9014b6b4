/** The declared lists of publisher and scraper words, entry by entry. */
import { describe, expect, it } from 'vitest';
import { backMatterStart, backMatterStarts, isScraperLine, scraperTailLines } from '../../src/parse/boilerplate.js';
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

describe('scraper interface lines', () => {
  it.each([...scraperTailLines])('%s is a scraper line', (line) => {
    expect(isScraperLine(line)).toBe(true);
  });
  it('counts a lone punctuation mark, not a sentence', () => {
    expect(isScraperLine('，')).toBe(true);
    expect(isScraperLine('阅读原文后，我们认为这一规定很重要。')).toBe(false);
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
