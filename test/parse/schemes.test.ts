/**
 * Each numbering scheme of the table, tested on its own: what it reads, the
 * number and label it gives, and what it must not read. A scheme added to the
 * table without an entry here fails the first test.
 */
import { describe, expect, it } from 'vitest';
import { chineseNumber, continuing, matchScheme, matchSchemes, schemes } from '../../src/parse/schemes.js';
import { plainTextAnnexes, plainTextStyles, readMarker } from '../../src/parse/numbering.js';

const cases: Record<string, { reads: Array<[string, number, string]>; not: string[] }> = {
  'zh-part': { reads: [['第一编 总则', 1, '第一编']], not: ['编者按'] },
  'zh-part-section': { reads: [['第二部分 总体要求', 2, '第二部分']], not: ['部分地区', '第二部'] },
  'zh-chapter': {
    reads: [
      ['第一章 总  则', 1, '第一章'],
      ['第十二章 附则', 12, '第十二章'],
      ['第3章 规则', 3, '第3章'],
    ],
    not: ['章程第一条'],
  },
  'zh-section': { reads: [['第二节 敏感个人信息的处理规则', 2, '第二节']], not: ['节约资源'] },
  'zh-article': {
    reads: [
      ['第一条 为了规范数据处理活动', 1, '第一条'],
      ['第一百零一条 本法', 101, '第一百零一条'],
      ['第二十三条\u00a0深度合成', 23, '第二十三条'],
      ['第十四条', 14, '第十四条'],
      ['第十四条**本办法', 14, '第十四条'],
    ],
    not: ['第二条规定的情形', '条件'],
  },
  'zh-article-run-on': {
    reads: [
      ['第三条为了规范数据处理活动', 3, '第三条'],
      ['第十条“数据”是指', 10, '第十条'],
    ],
    not: ['第三条 为了', '第三条，'],
  },
  'zh-annex': {
    reads: [
      ['附件：人工智能生成合成内容标识办法', 1, '附件'],
      ['附件2 说明', 2, '附件2'],
    ],
    not: ['附件的内容'],
  },
  'en-part': {
    reads: [
      ['Part II General Provisions', 2, 'Part II'],
      ['PART 3', 3, 'Part 3'],
    ],
    not: ['Particular attention'],
  },
  'en-chapter': {
    reads: [
      ['CHAPTER  II  ', 2, 'Chapter II'],
      ['Chapter 4. Plan of Action', 4, 'Chapter 4'],
    ],
    not: ['Chapters of the report'],
  },
  'en-section': {
    reads: [
      ['Sec. 2.  Removing Barriers', 2, 'Sec. 2'],
      ['Section 1.  Policy.', 1, 'Section 1'],
      ['SECTION 1 ', 1, 'Section 1'],
    ],
    not: ['Sections of the order'],
  },
  'en-pillar': {
    reads: [
      ['PILLAR ONE: DEFEND CRITICAL INFRASTRUCTURE', 1, 'PILLAR ONE'],
      ['Goal 2. Build capacity', 2, 'Goal 2'],
      ['Priority III', 3, 'Priority III'],
    ],
    not: ['Pillar two of the strategy is', 'Priority is given to', 'Goals of the plan'],
  },
  'en-objective': {
    reads: [
      ['STRATEGIC OBJECTIVE 1.2: SCALE PUBLIC-PRIVATE COLLABORATION', 2, 'STRATEGIC OBJECTIVE 1.2'],
      ['Objective 3: Resilience', 3, 'Objective 3'],
    ],
    not: ['Objective 3 is to reduce risk', 'Objectives of the strategy'],
  },
  'en-title': {
    reads: [
      ['TITLE  3  ', 3, 'Title 3'],
      ['Title 1 – Offences', 1, 'Title 1'],
    ],
    not: ['Titles of nobility'],
  },
  'en-article': {
    reads: [
      ['Article  14  ', 14, 'Article 14'],
      ['ARTICLE 2', 2, 'Article 2'],
      ['Article IV', 4, 'Article IV'],
      ['ARTICLE XIV Transitional arrangements', 14, 'Article XIV'],
    ],
    not: ['Articles of agreement', 'Article In force', 'article iv', 'Article 12a'],
  },
  'en-annex': {
    reads: [
      ['Annex I', 1, 'Annex I'],
      ['Appendix B', 2, 'Appendix B'],
      ['Annex', 1, 'Annex'],
      ['Exhibit A - A Made-up Notice', 1, 'Exhibit A'],
      ['Schedule 2', 2, 'Schedule 2'],
      ['EXHIBIT B', 2, 'EXHIBIT B'],
      ['ANNEX II', 2, 'ANNEX II'],
    ],
    not: ['Annexes', 'Exhibits of the made-up fair', 'Scheduled maintenance', 'EXHIBITS', 'SCHEDULED WORKS'],
  },
  'cjk-enum': {
    reads: [
      ['一、加强政策交流', 1, '一'],
      ['十二、其他', 12, '十二'],
    ],
    not: ['一般规定'],
  },
  'cjk-paren': {
    reads: [
      ['（一）依法进行；', 1, '(一)'],
      ['(一）网络', 1, '(一)'],
      ['(三) 其他', 3, '(三)'],
    ],
    not: ['（注）'],
  },
  'roman-dot': {
    reads: [
      ['I. Introduction', 1, 'I'],
      ['XIV. Final', 14, 'XIV'],
    ],
    not: ['I.B.M.', 'Iran'],
  },
  decimal: {
    reads: [
      ['1.1 Scope', 1, '1.1'],
      ['2.3.4 Details', 4, '2.3.4'],
    ],
    not: ['1.5million people'],
  },
  'letter-decimal': {
    reads: [
      ['A.1. Discussion and Amendment', 1, 'A.1'],
      ['A.0. Proposal', 0, 'A.0'],
      ['B.2.3 Details', 3, 'B.2.3'],
    ],
    not: ['A.I. systems', 'U.S. policy', 'A. Background'],
  },
  'arabic-dot': {
    reads: [
      ['1.加强内容识别预警。', 1, '1'],
      ['2. Second', 2, '2'],
      ['3、第三', 3, '3'],
      ['4．全角', 4, '4'],
    ],
    not: ['2024年', '1.5'],
  },
  'arabic-space-title': {
    reads: [
      ['1\u3000发布背景', 1, '1'],
      ['0 引 言', 0, '0'],
    ],
    not: ['5 countries signed', '2024年', '1.1\u3000Scope', '3 个月内完成整改。', '3 个月内完成整改，并报告'],
  },
  'arabic-paren': {
    reads: [
      ['(1) expanding coverage', 1, '(1)'],
      ['（2）加强', 2, '(2)'],
    ],
    not: ['(a) item'],
  },
  'upper-dot': {
    reads: [
      ['A. Digital Infrastructure', 1, 'A'],
      ['H. Developing Talent', 8, 'H'],
    ],
    not: ['A.I. systems', 'U.S. policy'],
  },
  'roman-paren': {
    reads: [
      ['(ii) share such data', 2, '(ii)'],
      ['(iv) report', 4, '(iv)'],
    ],
    not: ['(ab) two letters'],
  },
  'latin-paren': {
    reads: [
      ['(a) The Federal Government', 1, '(a)'],
      ['(x) the last', 24, '(x)'],
    ],
    not: ['(1) number'],
  },
  'upper-paren': {
    reads: [
      ['(A) first', 1, '(A)'],
      ['(F) sixth', 6, '(F)'],
    ],
    not: ['(AB) two'],
  },
  'latin-close': {
    reads: [
      ['a) ``computer system"', 1, 'a)'],
      ['d) traffic data', 4, 'd)'],
    ],
    not: ['ab) two'],
  },
  'latin-dot': {
    reads: [
      ['a. first item', 1, 'a.'],
      ['c. third', 3, 'c.'],
    ],
    not: ['e.g. an example'],
  },
  dash: {
    reads: [
      ['——坚持多边参与', 0, '——'],
      ['——Governments should respect the differences.', 0, '——'],
      ['- item', 0, '-'],
      ['• bullet', 0, '•'],
    ],
    not: ['-1 degrees', '—not a dash item', '———— a rule of dashes'],
  },
};

describe('the numbering scheme table', () => {
  it('has a test case for every scheme', () => {
    expect(schemes.map((s) => s.id).sort()).toEqual(Object.keys(cases).sort());
  });

  for (const scheme of schemes) {
    describe(scheme.id, () => {
      const c = cases[scheme.id]!;
      it.each(c.reads)('reads %j as %i, label %j', (text, number, label) => {
        const match = matchSchemes(text).find((m) => m.scheme.id === scheme.id);
        expect(match, `${scheme.id} should read ${text}`).toBeDefined();
        expect(match!.number).toBe(number);
        expect(match!.label).toBe(label);
      });
      it.each(c.not.filter((t) => t.length > 0))('does not read %j', (text) => {
        expect(matchSchemes(text).some((m) => m.scheme.id === scheme.id)).toBe(false);
      });
    });
  }
});

describe('numbers and ambiguity', () => {
  it('reads Chinese numerals with hundreds', () => {
    expect([chineseNumber('十'), chineseNumber('二十三'), chineseNumber('一百零一'), chineseNumber('二百三十'), chineseNumber('12')]).toEqual([10, 23, 101, 230, 12]);
  });

  it('prefers worded schemes and the roman reading of (i)', () => {
    expect(matchScheme('第一条 总则')?.scheme.id).toBe('zh-article');
    expect(matchScheme('(i) first')?.scheme.id).toBe('roman-paren');
  });

  it('chooses the reading that continues the numbering seen so far', () => {
    const readings = matchSchemes('C. Building Resilient Supply Chains');
    expect(readings.map((r) => r.scheme.id)).toEqual(['roman-dot', 'upper-dot']);
    expect(
      continuing(
        readings,
        new Map([
          ['upper-dot', 2],
          ['roman-dot', 2],
        ]),
      )?.scheme.id,
    ).toBe('upper-dot');
    expect(continuing(matchSchemes('I. Introduction'), new Map())?.scheme.id).toBe('roman-dot');
    expect(continuing(matchSchemes('(i) after h'), new Map([['latin-paren', 8]]))?.scheme.id).toBe('latin-paren');
  });
});

describe("the plain-text front-end's styles", () => {
  it('name schemes of the table only', () => {
    const ids = new Set(schemes.map((s) => s.id));
    expect(Object.keys(plainTextStyles).filter((id) => !ids.has(id))).toEqual([]);
    // The annexes a plain text heads are schemes of the table that open annexes.
    for (const id of plainTextAnnexes) expect(schemes.find((s) => s.id === id)?.opens, id).toBe('annex');
  });

  it('read a marker through the table, with the punctuation and space closing it', () => {
    expect(readMarker('Chapter II. Made-up title')).toEqual({ style: 'chapter', number: 2, label: 'Chapter II', length: 12, printed: 10, needsContinuity: false });
    expect(readMarker('第三章 假设的标题')).toEqual({ style: 'chapter', number: 3, label: '第三章', length: 4, printed: 3, needsContinuity: false });
    expect(readMarker('第四条示例')).toMatchObject({ style: 'article', number: 4, printed: 3, needsContinuity: true });
    expect(readMarker('Article 12 Made-up')).toMatchObject({ style: 'article', number: 12, label: 'Article 12', needsContinuity: false });
    expect(readMarker('IV. A made-up heading')).toMatchObject({ style: 'roman', number: 4, label: 'IV', length: 4 });
    expect(readMarker('（二）假设')).toMatchObject({ style: 'cjk-paren', number: 2, label: '(二)' });
  });

  it('leave a scheme the table does not list for plain text unread', () => {
    expect(matchScheme('(a) a lettered item')?.scheme.id).toBe('latin-paren');
    expect(readMarker('(a) a lettered item')).toBeUndefined();
  });

  it('give decimal numbering a style per depth', () => {
    expect(readMarker('1.2 A decimal heading')).toMatchObject({ style: 'decimal-2', number: 2, label: '1.2' });
    expect(readMarker('3.1.4. Reporting')).toMatchObject({ style: 'decimal-3', number: 4, label: '3.1.4' });
    expect(readMarker('2.1.1.1 Deep')).toMatchObject({ style: 'decimal-4' });
    expect(readMarker('A.1. Discussion')).toMatchObject({ style: 'decimal-2', number: 1, label: 'A.1' });
    expect(readMarker('B.2.3 Details')).toMatchObject({ style: 'decimal-3', number: 3 });
  });
});
