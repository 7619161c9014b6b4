/**
 * Norms of enumerated items: an item that opens with its modal verb is said of the subject its lead-in names (`The
 * Committee:` ⏎ `a. may make proposals`); an item that continues its lead-in's sentence, its only modal verb in a
 * relative clause, states no norm of its own. Inputs are short texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { clausesOf, enLeadSubject } from '../../src/extract/norms.js';
import { itemsOfMarkdown } from './helpers.js';

const normsOf = (text: string, format: 'markdown' | 'text' = 'markdown') => itemsOfMarkdown(text, 'treaty', format).actionItems.map((a) => [a.modality, a.actor, a.text.en]);

describe('the items of a Chinese lead-in', () => {
  const zhNorms = (text: string) => itemsOfMarkdown(text, 'law', 'text').actionItems.map((a) => [a.modality, a.actor, a.text.zh]);
  it("each item of a list of duties, measures or acts states the lead-in's norm, of its addressee", () => {
    const text =
      '示例条例\n\n第一条　示例运营者应当履行下列安全义务，保障示例系统安全：\n\n（一）制定内部管理制度；\n\n（二）定期开展演练。\n\n第二条　示例主管部门可以采取下列措施：\n\n（一）查阅有关文件；\n\n（二）检查有关设备。\n\n第三条　示例平台不得有下列行为：\n\n（一）限制用户访问数据。\n';
    expect(zhNorms(text)).toEqual([
      ['obligation', '示例运营者', '示例运营者应当履行下列安全义务，保障示例系统安全：'],
      ['obligation', '示例运营者', '（一）制定内部管理制度；'],
      ['obligation', '示例运营者', '（二）定期开展演练。'],
      ['permission', '示例主管部门', '示例主管部门可以采取下列措施：'],
      ['permission', '示例主管部门', '（一）查阅有关文件；'],
      ['permission', '示例主管部门', '（二）检查有关设备。'],
      ['prohibition', '示例平台', '示例平台不得有下列行为：'],
      ['prohibition', '示例平台', '（一）限制用户访问数据。'],
    ]);
  });
  it("an item stating a norm of its own but naming no one states it of the lead-in's addressee, whatever the lead-in lists", () => {
    const text =
      '示例条例\n\n第一条　示例处理者基于个人同意处理示例信息的，应当遵守下列规定：\n\n（一）不得超范围收集示例信息；\n\n（二）示例用户撤回同意的，应当停止处理。\n\n第二条　示例机关应当告知下列事项：\n\n（一）保存期限难以确定的，应当说明确定方法。\n\n第三条　有下列情形之一的，应当报告：\n\n（一）不得拖延的事项。\n';
    expect(zhNorms(text)).toEqual([
      ['obligation', '示例处理者', '示例处理者基于个人同意处理示例信息的，应当遵守下列规定：'],
      ['prohibition', '示例处理者', '（一）不得超范围收集示例信息；'],
      ['obligation', '示例处理者', '（二）示例用户撤回同意的，应当停止处理。'],
      ['obligation', '示例机关', '示例机关应当告知下列事项：'],
      ['obligation', '示例机关', '（一）保存期限难以确定的，应当说明确定方法。'],
      ['obligation', 'unspecified', '有下列情形之一的，应当报告：'],
    ]);
  });
  it('not the items of a list of things to tell or to weigh, nor a paragraph after the list', () => {
    const text = '示例条例\n\n第一条　示例处理者应当告知下列事项：\n\n（一）处理者的名称；\n\n（二）处理目的。\n\n第二条　认定时应当考虑下列因素：\n\n（一）重要程度。\n\n其他情形依照有关规定处理。\n';
    expect(zhNorms(text).map((n) => n[2])).toEqual(['示例处理者应当告知下列事项：', '认定时应当考虑下列因素：']);
  });
});

describe('the items of an English lead-in ending with its modal verb', () => {
  it('each next item completes the norm, of its addressee; the list ends at an item that does not follow on', () => {
    const text =
      '# Example Order\n\n### Sec. 2\n\n(b) Within 60 days of the date of this order, the Example Board shall, as appropriate:\n\n(i) review the plans of each agency;\n\n(ii) report to the Director, who shall publish the report; and\n\n(iii) each agency may comment on the report. It is the last item.\n\n(c) The Director publishes the reports.\n\n(d) The Example Board shall:\n\n(ii) review twice.\n';
    expect(normsOf(text)).toEqual([
      ['obligation', 'the Example Board', '(b) Within 60 days of the date of this order, the Example Board shall, as appropriate:'],
      ['obligation', 'the Example Board', '(i) review the plans of each agency;'],
      ['obligation', 'the Example Board', '(ii) report to the Director, who shall publish the report; and'],
      ['permission', 'each agency', '(iii) each agency may comment on the report.'],
      ['obligation', 'The Example Board', '(d) The Example Board shall:'],
    ]);
  });
});

describe('the items of a lead-in', () => {
  it('an item opening with its modal verb takes the subject of a noun-phrase lead-in', () => {
    const text =
      '# Convention on Examples\n\n### Article 9\n\nThe Example Committee:\n\na.may make proposals to the Parties;\n\nb.shall formulate its opinion on any amendment;\n\nc. may not publish its opinion.\n';
    expect(normsOf(text)).toEqual([
      ['permission', 'The Example Committee', 'a.may make proposals to the Parties;'],
      ['obligation', 'The Example Committee', 'b.shall formulate its opinion on any amendment;'],
      ['prohibition', 'The Example Committee', 'c. may not publish its opinion.'],
    ]);
  });

  it('a lead-in that holds its own norm, or ends before a paragraph that is no item, lends no subject (a clause opening with its modal verb and no subject anywhere is a piece of a sentence)', () => {
    const text =
      '# Convention on Examples\n\n### Article 3\n\nEach Party shall empower its authorities to search:\n\na) a computer system; and\n\nb) a storage medium in which computer data may be stored in its territory.\n\nThe Example Committee:\n\nmeets once a year.\n\nmay meet in public.\n';
    expect(normsOf(text)).toEqual([['obligation', 'Each Party', 'Each Party shall empower its authorities to search:']]);
  });

  it('reads the subject of a noun-phrase lead-in, and none of a lead-in with a norm or a prepositional one', () => {
    expect(enLeadSubject('(g) Any example members serving this section:')).toBe('Any example members serving this section');
    // A thing's noun phrase is a subject naming no addressee: its items are norms, said of no one.
    expect(enLeadSubject('(c) Each draft plan under this part:')).toBe('unspecified');
    expect(enLeadSubject('(c) Draft plans under this part:')).toBeUndefined();
    expect(enLeadSubject('The Consultative Committee:')).toBe('The Consultative Committee');
    expect(enLeadSubject('Each Party shall adopt measures to:')).toBeUndefined();
    expect(enLeadSubject('For the purposes of this Convention:')).toBeUndefined();
  });

  it('a line of a text-art box is no clause; a bulleted item is one, its bullet no part of the subject', () => {
    const text =
      'EXAMPLE LICENCE\n\n1. Liability\n\n*  Under no circumstances shall any Contributor be liable     *\n*  to You for any damages, even if such party shall have       *\n*  been informed of the possibility of such damages.           *\n\n2. Notices\n\nThe Licensee shall keep intact all notices.\n';
    expect(normsOf(text, 'text')).toEqual([['obligation', 'The Licensee', 'The Licensee shall keep intact all notices.']]);
    const bullets = '# Convention on Examples\n\n### Article 1\n\nThe Parties agree:\n\n* Each Party shall adopt measures.\n* Each Party may refuse assistance.\n';
    expect(normsOf(bullets)).toEqual([
      ['obligation', 'Each Party', '* Each Party shall adopt measures.'],
      ['permission', 'Each Party', '* Each Party may refuse assistance.'],
    ]);
  });
});

describe('a pronoun defined under a run-in title names the addressee', () => {
  it('reads the definition from the sentence opening with the quoted term, and `You` after it', () => {
    const text =
      'Example Licence\n\n1) Grant. The Holder grants You a licence.\n\n2) Notices. You must keep the Example Notice.\n\n3) Definition of "You" in This Licence. "You" throughout this Licence, whether in upper or lower case, means a person using the Example Code.\n';
    const items = itemsOfMarkdown(text, 'law', 'text');
    expect(items.definitions.map((d) => [d.term.en, d.definition.en])).toEqual([['You', 'a person using the Example Code.']]);
    expect(items.actionItems.map((a) => [a.modality, a.actor])).toEqual([['obligation', 'You']]);
  });
});

describe('coordinated norms of one sentence', () => {
  it('splits an English sentence where a clause with its own subject and modal word is coordinated', () => {
    const sentence = 'The Example Code may be shared only under this Licence, and You must include a copy of it.';
    const clauses = clausesOf(sentence, 'en');
    expect(clauses.map((c) => c.text)).toEqual(['The Example Code may be shared only under this Licence', 'You must include a copy of it.']);
    // Each clause is where its offset says; the conjunction and its comma are in neither.
    for (const c of clauses) expect(sentence.slice(c.start, c.start + c.text.length)).toBe(c.text);
    // A verb phrase coordinated without a subject of its own stays in its clause; semicolons split as before.
    expect(clausesOf('Each Party shall adopt measures, and shall report them; each Party may refuse.', 'en').map((c) => c.text)).toEqual([
      'Each Party shall adopt measures, and shall report them;',
      ' each Party may refuse.',
    ]);
  });

  it('gives each clause its item, with its own addressee', () => {
    const text = '# Convention on Examples\n\n### Article 3\n\nThe Example Code may be shared only under this Licence, and each Party must keep a copy of it.\n';
    expect(normsOf(text)).toEqual([
      ['permission', 'unspecified', 'The Example Code may be shared only under this Licence'],
      ['obligation', 'each Party', 'each Party must keep a copy of it.'],
    ]);
  });
});

describe('a list of subjects', () => {
  it('is no coordinated clause: `A, B, and the C shall …` stays one clause', () => {
    expect(clausesOf('Within 90 days, the Example Secretary, the Example Director, and the Example Board shall review the plan.', 'en')).toHaveLength(1);
  });
});

describe('a coordinated phrase that is no clause', () => {
  it('stays in its clause: `…, and the Example Office as may be needed`', () => {
    expect(clausesOf('The Example Board shall share data with agencies, and the Example Office as may be needed.', 'en')).toHaveLength(1);
  });
});

describe('the drafters speaking', () => {
  it('`we` where the text defines no `We` states no norm; a defined `We` does', () => {
    const preamble = '# Example Licence\n\n### Article 1\n\nAlso, for our own protection, we must make certain that everyone finds out.\n\nEach Party shall keep a copy.\n';
    expect(normsOf(preamble)).toEqual([['obligation', 'Each Party', 'Each Party shall keep a copy.']]);
    const defined = '# Example Licence\n\n### Article 1\n\n"We" means the Example Holder.\n\nWe must publish each example change.\n';
    expect(normsOf(defined).map((n) => n[1])).toEqual(['We']);
  });
});
