import { describe, expect, it } from 'vitest';
import { checkExpectedCounts, classifySentence, extractItems, linkExpressions } from '../../src/extract/index.js';
import { fold } from '../../src/text/fold.js';
import type { Document, Span } from '../../src/extract/types.js';
import { context, voiceFor } from './helpers.js';
import { strategy, whitePaperEn, whitePaperMt, wsisDoc } from './fixtures.js';

function run(made: { doc: Document; text: string }): Document & { text: string } {
  return { ...made.doc, ...extractItems(made.doc, context(made.text, voiceFor(made.doc.id))), text: made.text };
}

/** Every item's span folds to its text (per language for bilingual items). */
function checkSpans(doc: Document & { text: string }): void {
  const at = (span: Span) => fold(doc.text, span.start, span.end).text;
  for (const item of [...doc.actionItems, ...doc.claims]) {
    if (item.spans) {
      expect(at(item.spans.en)).toBe(item.text.en);
      expect(at(item.spans.zh)).toBe(item.text.zh);
    } else {
      expect(item.span).toBeDefined();
      expect(at(item.span!)).toBe(item.text.en ?? item.text.zh);
    }
  }
  for (const p of doc.principles) {
    if (p.spans) {
      expect(at(p.spans.en)).toBe(p.name.en);
      expect(at(p.spans.zh)).toBe(p.name.zh);
    } else expect(at(p.span!)).toBe(p.name.en ?? p.name.zh);
  }
}

const S = 'intl-strategy-cyberspace-cooperation-2017/';

describe('the 2017 Strategy', () => {
  const doc = run(strategy());

  it('sets out four bilingual principles named by the headings of Basic Principles', () => {
    expect(doc.principles.map((p) => [p.id, p.sectionId, p.name, p.concept])).toEqual([
      [`${S}chp_2__principle_1`, `${S}chp_2__sec_1`, { zh: '和平原则', en: 'The Principle of Peace' }, 'peace'],
      [`${S}chp_2__principle_2`, `${S}chp_2__sec_2`, { zh: '主权原则', en: 'The Principle of Sovereignty' }, 'sovereignty'],
      [`${S}chp_2__principle_3`, `${S}chp_2__sec_3`, { zh: '共治原则', en: 'The Principle of Shared Governance' }, 'shared-governance'],
      [`${S}chp_2__principle_4`, `${S}chp_2__sec_4`, { zh: '普惠原则', en: 'The Principle of Shared Benefits' }, 'shared-benefits'],
    ]);
    expect(doc.principles[0]!.statement).toEqual({
      zh: '网络空间互联互通,各国利益交融不断深化,一个安全稳定繁荣的网络空间,对各国乃至世界都具有重大意义。',
      en: 'In the interconnected cyberspace, countries are bound together by intertwined interests.',
    });
  });

  it('makes every paragraph of the Plan of Action a bilingual action item', () => {
    const plan = doc.actionItems.filter((a) => a.sectionId.startsWith(`${S}chp_4`));
    // [paragraph (chp_4…), English text prefix, Chinese text prefix, modality]: read from the source.
    const expected: Array<[string, string, string, string]> = [
      ['chp_4__para_1', 'China will continue to actively participate', '中国将积极参与', 'commitment'],
      ['chp_4__sec_1__para_1', 'China will participate in bilateral and multilateral discussions', '参与双多边建立信任措施', 'commitment'],
      ['chp_4__sec_1__para_2', 'China will step up dialogue to study new threats', '加强对话,研究影响国际和平', 'commitment'],
      ['chp_4__sec_1__para_3', 'China will encourage the international community to discuss', '推动国际社会就网络空间和平属性', 'commitment'],
      ['chp_4__sec_2__para_1', 'As the United Nations should play a key role', '发挥联合国在网络空间国际规则', 'proposal'],
      ['chp_4__sec_2__para_2', 'In January 2015, Shanghai Cooperation Organization', '上海合作组织成员国于2015年1月', 'commitment'],
      ['chp_4__sec_2__para_3', 'China supports universal and equal participation', '支持国际社会在平等基础上', 'proposal'],
      ['chp_4__sec_3__para_1', 'China is committed to establishing extensive cooperative partnership', '中国致力于与国际社会各方', 'commitment'],
      ['chp_4__sec_3__para_2', 'China will continue to hold World Internet Conference', '举办世界互联网大会', 'commitment'],
      ['chp_4__sec_3__para_3', 'China will promote practical cyber security cooperation', '推动深化上合组织', 'commitment'],
      ['chp_4__sec_4__para_1', 'China will participate in the follow-up', '参与联合国信息社会世界峰会', 'commitment'],
      ['chp_4__sec_4__para_2', 'China will push for institutional reform', '推进联合国互联网治理论坛', 'commitment'],
      ['chp_4__sec_4__para_3', 'China will participate in international discussions on fair distribution', '参加旨在促进互联网关键资源', 'commitment'],
      ['chp_4__sec_5__para_1', 'Along with other countries, China will explore', '探讨国际社会合作打击网络恐怖主义', 'commitment'],
      ['chp_4__sec_5__para_2', 'China supports the UN Security Council', '支持并推动联合国安理会', 'proposal'],
      ['chp_4__sec_5__para_3', 'China supports and contributes to UN effort', '支持并推动联合国开展打击网络犯罪', 'proposal'],
      ['chp_4__sec_5__para_4', 'China will enhance regional cooperation', '加强地区合作', 'commitment'],
      ['chp_4__sec_5__para_5', 'China will step up policy exchange', '加强与各国打击网络犯罪', 'commitment'],
      ['chp_4__sec_6__para_1', 'China supports discussion on privacy protection', '支持联合国大会及人权理事会', 'proposal'],
      ['chp_4__sec_6__para_2', 'China will urge businesses', '促进企业提高数据安全保护意识', 'commitment'],
      ['chp_4__sec_7__para_1', 'China will work to achieve the goal', '推动落实联合国信息社会世界峰会', 'commitment'],
      ['chp_4__sec_7__para_2', 'China supports Internet-based innovation', '支持基于互联网的创新创业', 'proposal'],
      ['chp_4__sec_7__para_3', 'China supports assisting developing countries', '支持向广大发展中国家', 'proposal'],
      ['chp_4__sec_7__para_4', 'China advocates formulating cyberspace trade rules', '推动制定完善的网络空间贸易规则', 'proposal'],
      ['chp_4__sec_7__para_5', 'China supports enhanced cooperation and sharing', '加强互联网技术合作共享', 'proposal'],
      ['chp_4__sec_7__para_6', 'Keeping in mind the Belt and Road Initiative', '紧密结合“一带一路”建设', 'commitment'],
      ['chp_4__sec_8__para_1', 'China will work with other countries to strengthen', '共同推动全球信息基础设施建设', 'commitment'],
      ['chp_4__sec_8__para_2', 'China will promote international cooperation to raise', '加强国际合作,提升保护', 'commitment'],
      ['chp_4__sec_8__para_3', 'China will encourage countries to reach consensus', '推动各国就关键信息基础设施保护', 'commitment'],
      ['chp_4__sec_8__para_4', 'China will promote cooperation in such areas', '推动加强各国在预警防范', 'commitment'],
      ['chp_4__sec_9__para_1', 'China will facilitate cyber culture cooperation', '推动各国开展网络文化合作', 'commitment'],
    ];
    expect(plan).toHaveLength(expected.length);
    plan.forEach((item, i) => {
      const [para, en, zh, modality] = expected[i]!;
      expect(item.id).toBe(`${S}${para}__action_1`);
      expect(item.actor).toBe('China');
      expect(item.modality).toBe(modality);
      expect(item.text.en?.startsWith(en)).toBe(true);
      expect(item.text.zh?.startsWith(zh)).toBe(true);
      expect(item.spans).toBeDefined();
    });
  });

  it('takes China’s commitments elsewhere, sentence by sentence, and what it calls on others to do', () => {
    const goals = doc.actionItems.filter((a) => a.sectionId.startsWith(`${S}chp_3`));
    expect(goals.length).toBeGreaterThan(0);
    for (const a of goals.filter((g) => g.modality === 'commitment')) {
      expect(a.actor).toBe('China');
      expect(a.text.en).toMatch(/\b(?:will|committed)\b/u);
    }
    // Read in the source: `China encourages all parties to commit to peaceful settlement of disputes, …`.
    expect(goals.filter((g) => g.modality !== 'commitment').map((g) => [g.actor, g.modality, g.text.en?.slice(0, 40)])).toEqual([
      ['all parties', 'proposal', 'China encourages all parties to commit t'],
    ]);
  });

  it('keeps every span true to its text', () => checkSpans(doc));

  it('checks the declared totals', () => {
    expect(checkExpectedCounts(doc, { principles: 4 })).toEqual([]);
    expect(checkExpectedCounts(doc, { principles: 5, sections: { [`${S}chp_4`]: 9, [`${S}chp_2`]: 3 } })).toEqual([
      `${S.slice(0, -1)}: expected 5 principles, found 4`,
      `${S.slice(0, -1)}: expected 3 child sections or list items in ${S}chp_2, found 4`,
    ]);
  });
});

const E = 'community-shared-future-cyberspace-2022-en/';
const M = 'community-shared-future-cyberspace-2022-mt/';

describe('the 2022 white paper, official English', () => {
  const doc = run(whitePaperEn());

  it('names four principles by run-in leads, with their concepts', () => {
    expect(doc.principles.map((p) => [p.id, p.name.en, p.concept])).toEqual([
      [`${E}chp_1__sec_3__para_2__principle_1`, 'Respect cyber sovereignty', 'sovereignty'],
      [`${E}chp_1__sec_3__para_3__principle_1`, 'Safeguard peace and security', 'peace'],
      [`${E}chp_1__sec_3__para_4__principle_1`, 'Promote openness and cooperation', 'openness-cooperation'],
      [`${E}chp_1__sec_3__para_5__principle_1`, 'Maintain good order', 'good-order'],
    ]);
    expect(doc.principles[1]!.statement.en).toBe('A secure and stable cyberspace is important for the common wellbeing of humanity.');
    expect(doc.principles[0]!.paragraphId).toBe(`${E}chp_1__sec_3__para_2`);
  });

  it('lists the fifteen areas of cooperation of Panel 4 as proposals of the parties', () => {
    const areas = doc.actionItems.filter((a) => a.sectionId.endsWith('panel_4'));
    expect(areas).toHaveLength(15);
    expect(areas[0]!.text.en).toBe('expanding broadband access and improving the quality;');
    expect(areas[14]!.text.en).toBe('creating a multilayer communication mechanism.');
    for (const a of areas) expect([a.actor, a.modality]).toEqual(['the parties', 'proposal']);
  });

  it('lists the Initiative’s four categories of Panel 6 as proposals of its organizers', () => {
    const categories = doc.actionItems.filter((a) => a.sectionId.endsWith('panel_6'));
    expect(categories.map((a) => a.text.en!.slice(0, 20))).toEqual(['to adopt more proact', 'to advocate a cybers', 'to stay committed to', 'to advocate “Tech fo']);
    for (const a of categories) expect([a.actor, a.modality]).toEqual(['the Organizing Committee of the World Internet Conference', 'proposal']);
  });

  it('takes the proposals of part IV sentence by sentence', () => {
    const iv = doc.actionItems.filter((a) => a.sectionId.startsWith(`${E}chp_4`));
    const sec1 = iv.filter((a) => a.sectionId === `${E}chp_4__sec_1`);
    expect(sec1.map((a) => [a.actor, a.modality, a.text.en!.slice(0, 41)])).toEqual([
      ['China', 'proposal', 'China advocates respect for the cyber sov'],
      ['China', 'proposal', 'China advocates that the principle of sov'],
    ]);
    expect(iv.find((a) => a.text.en!.startsWith('China proposes that governments of all countries'))?.modality).toBe('proposal');
    expect(iv.find((a) => a.text.en!.startsWith('China would like to coordinate'))?.modality).toBe('commitment');
    expect(iv.filter((a) => a.sectionId === `${E}chp_4__sec_10`).map((a) => a.actor)).toEqual(['China', 'The international community']);
  });

  it('does not make statistics or descriptive sentences action items', () => {
    const stats = doc.actionItems.filter((a) => a.sectionId.startsWith(`${E}chp_2`));
    expect(stats).toEqual([]);
    const figures = doc.claims.filter((c) => c.kind === 'statistic').map((c) => c.text.en);
    expect(figures).toContain('By July 2022, China had 697 million active IPv6 users.');
  });

  it('classifies claims', () => {
    expect(classifySentence('By July 2022, China had 697 million active IPv6 users.', 'en')?.kind).toBe('statistic');
    // A stance verb in a clause of condition is no one's position (`… passes if no member opposes it`).
    expect(classifySentence('The example motion passes if no member opposes it after one week.', 'en')).toBeUndefined();
    expect(classifySentence('The example motion passes if the Example Board supports it.', 'en')?.stance?.actor).toBe('the Example Board');
    // A stance verb after `will` is a commitment (an action item), no position; after `will continue to` or
    // `should` it stays one.
    expect(classifySentence('We will respect your privacy and keep the example report closed.', 'en')).toBeUndefined();
    expect(classifySentence('Exampleland will support the example forum.', 'en')).toBeUndefined();
    expect(classifySentence('Exampleland will continue to support the example forum.', 'en')?.stance?.actor).toBe('Exampleland');
    expect(classifySentence('Example States should reject the example attacks.', 'en')?.stance?.polarity).toBe('opposes');
    // A stance word in a name or before a verb of its own is a noun; an unresolved `they`, a thing or a state of
    // affairs holds no position; a text does (its authors'); a Chinese clause opening with a verb of calling on has
    // no subject of its own.
    expect(classifySentence('Base example support is a key part of the example runtime.', 'en')).toBeUndefined();
    expect(classifySentence('Careful review of what goes into Long Term Support releases.', 'en')).toBeUndefined();
    expect(classifySentence('We trust that members will ask only when they believe the event is relevant.', 'en')).toBeUndefined();
    expect(classifySentence('Example servers support two threads of execution.', 'en')).toBeUndefined();
    expect(classifySentence('The increasingly complex example situation calls for better governance.', 'en')).toBeUndefined();
    expect(classifySentence('The Example Strategy advocates the principles of peace and openness.', 'en')?.stance?.actor).toBe('The Example Strategy');
    expect(classifySentence('倡导各方支持示例倡议，推动示例合作。', 'zh')).toBeUndefined();
    // A figure the voice commits to is a target, no statistic; the same figure stated as fact is one.
    expect(classifySentence('With the example partners, we will connect over 1,000 example schools by 2030.', 'en')).toBeUndefined();
    expect(classifySentence('By 2022, the example network had connected over 1,000 example schools.', 'en')?.kind).toBe('statistic');
    // After `can` or `may`, what one is able or allowed to do, no position.
    expect(classifySentence('Example Members can object to a change by asking for a review.', 'en')).toBeUndefined();
    expect(classifySentence('In April 2015, the 54th Annual Meeting of the Asian-African Legal Consultative Organization (AALCO) was held in Beijing.', 'en')).toEqual({ kind: 'event' });
    expect(classifySentence('China firmly opposes any country using the Internet to interfere in other countries’ internal affairs.', 'en')).toEqual({
      kind: 'position',
      stance: { actor: 'China', polarity: 'opposes', target: 'any country using the Internet to interfere in other countries’ internal affairs' },
    });
    expect(classifySentence('China supports the United Nations as the main player in international cyberspace governance.', 'en')?.stance).toEqual({
      actor: 'China',
      polarity: 'supports',
      target: 'the United Nations as the main player in international cyberspace governance',
    });
    expect(classifySentence('The internet is the shared home of all of humanity.', 'en')).toBeUndefined();
  });

  it('reads a bare stance word after no plural subject, pronoun, name or modal as a noun, no stance', () => {
    // The Universal Declaration of Human Rights (1948), preamble: `respect` is a noun.
    expect(
      classifySentence(
        'Whereas Member States have pledged themselves to achieve, in co-operation with the United Nations, the promotion of universal respect for and observance of human rights and fundamental freedoms,',
        'en',
      ),
    ).toBeUndefined();
    expect(classifySentence('Increase policy support to help small and micro enterprises use new technology.', 'en')).toBeUndefined();
    // Followed by `of`, after a name too: a noun (`the Example support of major websites was improved`).
    expect(classifySentence('The network was upgraded, and the IPv6 support of major example websites was improved.', 'en')).toBeUndefined();
    // A verb in that form: after a plural subject, a pronoun, names or a modal.
    expect(classifySentence('Member States support the work of the Group.', 'en')?.stance?.actor).toBe('Member States');
    expect(classifySentence('We firmly oppose any form of cyber hegemony.', 'en')?.stance).toMatchObject({ actor: 'We', polarity: 'opposes' });
    expect(classifySentence('China and Russia respect the sovereignty of all states.', 'en')?.stance?.actor).toBe('China and Russia');
    expect(classifySentence('All countries should respect the sovereignty of other states.', 'en')?.stance?.actor).toBe('All countries');
  });

  it('keeps every span true to its text', () => checkSpans(doc));
});

describe('the 2022 white paper, machine translation', () => {
  const doc = run(whitePaperMt());
  it('names the same four principles, concept by concept', () => {
    expect(doc.principles.map((p) => [p.name.en, p.concept])).toEqual([
      ['Respect online sovereignty', 'sovereignty'],
      ['Maintain peace and security', 'peace'],
      ['Promote open cooperation', 'openness-cooperation'],
      ['Build good order', 'good-order'],
    ]);
    expect(doc.principles[0]!.id).toBe(`${M}chp_1__sec_3__para_2__principle_1`);
  });
  it('agrees with the official English principle by principle', () => {
    const en = run(whitePaperEn());
    expect(doc.principles.map((p) => p.concept)).toEqual(en.principles.map((p) => p.concept));
  });
  it('keeps every span true to its text', () => checkSpans(doc));
});

describe('the 2015 submission', () => {
  const doc = run(wsisDoc());
  it('makes the five priorities bilingual action items', () => {
    expect(doc.actionItems.map((a) => [a.text.en!.split(',')[0], a.text.zh!.slice(0, 2), a.actor, a.modality])).toEqual([
      ['Firstly', '一是', 'The international community', 'recommendation'],
      ['Secondly', '二是', 'The international community', 'recommendation'],
      ['Thirdly', '三是', 'We', 'recommendation'],
      ['Fourthly', '四是', 'The international community', 'recommendation'],
      ['Fifthly', '五是', 'The international community', 'recommendation'],
    ]);
  });
  it('keeps every span true to its text', () => checkSpans(doc));
});

describe('linkExpressions', () => {
  const { documents, discrepancies } = linkExpressions([run(whitePaperEn()), run(whitePaperMt())]);
  const en = documents[0]!;
  const mt = documents[1]!;
  const claim = (doc: Document, id: string) => doc.claims.find((c) => c.id === id)!;

  it('links claims with the same figures both ways', () => {
    const a = claim(en, `${E}chp_2__sec_1__para_2__claim_1`);
    const b = claim(mt, `${M}chp_2__sec_1__para_2__claim_1`);
    expect(a.sameAs).toEqual([b.id]);
    expect(b.sameAs).toEqual([a.id]);
    const yuan = en.claims.find((c) => c.text.en?.startsWith('According to the statistics provided by research agencies'))!;
    expect(claim(mt, yuan.sameAs![0]!).text.en).toMatch(/^According to estimates by research institutions, as of 2021/u);
  });

  it('reports 1.05 against 1.051 billion internet users, and 1.85 against 1.854 million 5G towers', () => {
    expect(discrepancies.map((d) => [d.unit, d.values.map((v) => v.raw)])).toEqual([
      ['internet users', ['1.05 billion', '1.051 billion']],
      ['5G cell towers', ['1.85 million', '1.854 million']],
    ]);
    expect(discrepancies.slice(0, 1)).toEqual([
      {
        work: 'community-shared-future-cyberspace-2022',
        claims: [`${E}chp_2__sec_1__para_2__claim_1`, `${M}chp_2__sec_1__para_2__claim_1`],
        unit: 'internet users',
        asOf: '2022-06',
        values: [
          { document: 'community-shared-future-cyberspace-2022-en', raw: '1.05 billion', value: 1050000000 },
          { document: 'community-shared-future-cyberspace-2022-mt', raw: '1.051 billion', value: 1051000000 },
        ],
      },
    ]);
  });

  it('does not link documents of different works', () => {
    const other = { ...mt, work: 'another-work' };
    expect(linkExpressions([en, other]).discrepancies).toEqual([]);
  });
});
