/**
 * Import metadata read from the text, rule by rule, on short inputs written
 * for these tests (never copied from a corpus text).
 */
import { describe, expect, it } from 'vitest';
import {
  cleanMarkup,
  dateIn,
  findVoice,
  formatOf,
  inferMetadata,
  kindOf,
  kindOfTitle,
  languagesOf,
  looksLikeTitle,
  quotedTitles,
  splitFrontMatter,
  stripRepublisher,
} from '../../src/metadata/infer.js';
import {
  bindingEvidence,
  enactingClauses,
  kindRules,
  organisationZh,
  partyClauses,
  republisherPrefix,
  republisherSuffix,
  splitParties,
  titleWordsEn,
  titleWordsZh,
  trailingQualifier,
} from '../../src/metadata/tables.js';

const yaml = (fields: string) => `---\n${fields}\n---\n\n`;

describe('declared tables: every entry does what it says', () => {
  it.each(kindRules.map((r) => [r.kind, r.example] as const))('kind table: %s ← %s', (kind, example) => {
    expect(kindOfTitle(example).kind).toBe(kind);
  });
  it.each([
    ['中华人民共和国网络安全法', 'law'],
    ['Cybersecurity Law of the People’s Republic of China', 'law'],
    ['Online Safety Act 2023', 'law'],
    ['网络数据安全管理条例', 'regulation'],
    ['互联网信息服务算法推荐管理规定', 'regulation'],
    ['数据出境安全评估办法', 'regulation'],
    ['网络安全审查办法（2021年修订）', 'regulation'],
    ['个人信息出境标准合同办法实施细则', 'regulation'],
    ['Interim Measures for the Management of Generative AI Services', 'regulation'],
    ['Treaty on Open Skies', 'treaty'],
    ['联合国打击网络犯罪公约', 'treaty'],
    ['Executive Order 14110 on Safe, Secure, and Trustworthy AI', 'executive-order'],
    ['国务院办公厅关于加强数字政府建设的通知', 'notice'],
    ['Notice on Strengthening Data Protection', 'notice'],
    ['中法关于人工智能和全球治理的联合声明', 'joint-statement'],
    ['Joint Statement of the Leaders on a Cyber Initiative', 'joint-statement'],
    ['全球人工智能治理倡议', 'initiative'],
    ['Global Data Security Initiative', 'initiative'],
    ['新一代人工智能治理原则', 'initiative'],
    ['中国的数字经济白皮书', 'white-paper'],
    ['National Cybersecurity Strategy', 'strategy'],
    ['国家网络空间安全战略', 'strategy'],
    ['Annual Report on Cyber Threats', 'report'],
    ['A Day in the Park', 'other'],
    ['关于网络安全的讲话', 'other'],
  ] as const)('kind of %s → %s', (title, kind) => {
    expect(kindOfTitle(title).kind).toBe(kind);
  });
  it('办法 is a regulation, not a law; a kind word inside 《》 does not decide the kind', () => {
    expect(kindOfTitle('某某管理办法').kind).toBe('regulation');
    expect(kindOfTitle('关于《某某管理办法》公开征求意见的通知').kind).toBe('notice');
    expect(kindOfTitle('某某管理办法').word).toBe('办法');
  });
  it('trailing qualifiers, republisher prefixes and suffixes', () => {
    expect('某办法（征求意见稿）'.replace(trailingQualifier, '')).toBe('某办法');
    expect('某规定(试行)'.replace(trailingQualifier, '')).toBe('某规定');
    expect('通知 | 某某'.replace(republisherPrefix, '')).toBe('某某');
    expect('发布｜某某'.replace(republisherPrefix, '')).toBe('某某');
    expect('某某（附全文）'.replace(republisherSuffix, '')).toBe('某某');
    expect('某某(全文)'.replace(republisherSuffix, '')).toBe('某某');
  });
  it.each(['国家互联网信息办公室', '中央网信办秘书局', '中华人民共和国公安部', '全国人民代表大会常务委员会', '某省人民政府'])('organisation suffix: %s', (name) => {
    expect(organisationZh.test(name)).toBe(true);
  });
  it('organisation suffix does not take a person or a date', () => {
    expect(organisationZh.test('公安部部长 王小洪')).toBe(false);
    expect(organisationZh.test('2022年11月2日')).toBe(false);
  });
  it.each(['某某管理规定', '关于某某的通知', '某某联合声明', '某某宣言', '某某决定'])('Chinese title word: %s', (t) => expect(titleWordsZh.test(t)).toBe(true));
  it.each(['Convention on Something', 'Executive Order on Something', 'Joint Statement on Something', 'Principles for Something', 'Declaration for the Future'])('English title word: %s', (t) =>
    expect(titleWordsEn.test(t)).toBe(true),
  );
  it.each(enactingClauses.map((c) => [c.example, c.expected] as const))('enacting clause: %s', (example, expected) => {
    const rule = enactingClauses.find((c) => c.example === example)!;
    const m = rule.pattern.exec(example)!;
    expect(rule.issuer(m)).toBe(expected);
  });
});

describe('helpers', () => {
  it.each([
    ['# 某某法', '某某法'],
    ['##某某条例', '某某条例'],
    ['**某某规定**', '某某规定'],
    ['**Support** **universal values.**', 'Support universal values.'],
    ['<span style="x">Sec. 1.\u00a0 Policy.</span>', 'Sec. 1. Policy.'],
    ['\\### end', '### end'],
    ['1\\. item', '1. item'],
    ['总  则', '总则'],
    ['  Convention   on\u00a0Cybercrime  ', 'Convention on Cybercrime'],
  ])('cleanMarkup(%j) = %j', (input, expected) => {
    expect(cleanMarkup(input)).toBe(expected);
  });
  it('quoted titles: outer 《》 only', () => {
    expect(quotedTitles('国家网信办就《某某办法（征求意见稿）》公开征求意见')).toEqual(['某某办法（征求意见稿）']);
    expect(quotedTitles('关于《根据〈甲法〉的《乙规定》》的通知')).toEqual(['根据〈甲法〉的《乙规定》']);
  });
  it('stripRepublisher', () => {
    expect(stripRepublisher('通知 | 某部发布《某某办法》（附全文）')).toBe('某部发布《某某办法》');
    expect(stripRepublisher('Plain Title')).toBe('Plain Title');
  });
  it('looksLikeTitle refuses numbered headings and promotions', () => {
    expect(looksLikeTitle('第一章 总则')).toBe(false);
    expect(looksLikeTitle('一、建立健全工作机制')).toBe(false);
    expect(looksLikeTitle('扫码订阅《某杂志》')).toBe(false);
    expect(looksLikeTitle('某某数据安全管理办法')).toBe(true);
    expect(looksLikeTitle('Convention on Things')).toBe(true);
    expect(looksLikeTitle('II. Key Outcomes of the Meeting')).toBe(false);
    // A kind word in a title's capitals, not in a sentence's lower case (`in order to`, `a bug report`).
    expect(looksLikeTitle('Executive Order on Example Networks')).toBe(true);
    expect(looksLikeTitle('EXAMPLE CODE OF CONDUCT')).toBe(true);
    expect(looksLikeTitle('Members meet in order to plan the example work')).toBe(false);
    expect(looksLikeTitle('Submitting a bug report')).toBe(false);
  });
  it.each([
    ['2021年6月10日', '2021-06-10'],
    ['2022年 11 月 2 日', '2022-11-02'],
    ['May 12, 2021.', '2021-05-12'],
    ['this 23rd day of November 2001', '2001-11-23'],
    ['the 1st day of March 1999', '1999-03-01'],
    ['12 March 2024', '2024-03-12'],
    ['2024-09-14', '2024-09-14'],
  ])('dateIn(%j) = %s', (input, expected) => {
    expect(dateIn(input)?.value).toBe(expected);
  });
  it('a date printed with a blank day is not a date', () => {
    expect(dateIn('本办法自2024年 月 日起施行。')).toBeUndefined();
    expect(dateIn('2024年13月1日')).toBeUndefined();
  });
  it('front matter: parsed, malformed YAML ignored, absent when not at the very start', () => {
    expect(splitFrontMatter(`${yaml('title: A\ndate: 2020-01-02')}Body`).data).toEqual({ title: 'A', date: '2020-01-02' });
    const bad = splitFrontMatter(`${yaml('title: [unclosed\n  : :')}Body`);
    expect(bad.present).toBe(true);
    expect(bad.data).toBeUndefined();
    expect(splitFrontMatter('Text\n---\ntitle: A\n---\n').present).toBe(false);
  });
  it('languages: scripts in substantial amounts, in order of appearance', () => {
    const zh = '这是一个很长的中文句子，里面有二十多个汉字，足够判断语言了吧。';
    const en = 'And an English sentence that is long enough to count as English text here.';
    expect(languagesOf(`${zh} ${en}`)).toEqual(['zh', 'en']);
    expect(languagesOf(`${en} ${zh}`)).toEqual(['en', 'zh']);
    expect(languagesOf(en)).toEqual(['en']);
    expect(languagesOf(`${zh.repeat(40)} ${en}`)).toEqual(['zh']);
  });
});

describe('format', () => {
  it.each([
    ['front matter', yaml('title: A') + 'Text', true, 'markdown'],
    ['ATX heading', '# Title\n\nText', false, 'markdown'],
    ['ATX heading without a space', '##Title\n\nText', false, 'markdown'],
    ['bold-only paragraph', 'Intro\n\n**第一章 总则**\n\n第一条 内容。', false, 'markdown'],
    ['pandoc bullets', 'We commit to:\n\n-   doing things\n-   doing more', false, 'markdown'],
    ['HTML comment', 'Title\n\n<!-- INFO END -->\n\nText', false, 'markdown'],
    ['plain text', 'A Title\n\n1. Introduction\n\nSome *emphasis* and text.', false, 'text'],
    ['sections of an order (read by the Markdown front-end)', 'Order\n\nSection 1. Policy. It is the policy.\n\nSec. 2. Definitions. Terms.', false, 'markdown'],
    ['a section named in a sentence', 'The text says that\nSection 2 of the Act applies.', false, 'text'],
    ['one wrapped line opening with a section', 'It is governed by this Licence, as set out in\nSection 7. You must keep a copy.', false, 'text'],
    ['inline bold in a sentence', 'A sentence with **bold** inside it.\nAnd more.', false, 'text'],
  ] as const)('%s → %s', (_, text, front, format) => {
    expect(formatOf(text, front).format).toBe(format);
  });
});

describe('title', () => {
  it("a resolution's numbered title line, without its number (not the document symbol above it)", () => {
    const text = 'United Nations A/RES/99/1\n\nGeneral Assembly\n\n99/1. Developments in the field of example security\n\nThe General Assembly,\n\nRecalling its resolutions,\n';
    expect(inferMetadata(text).title).toEqual({ en: 'Developments in the field of example security' });
  });
  it('YAML title, whitespace folded and markup removed', () => {
    const m = inferMetadata(
      `${yaml('title: "Executive Order on Making\\_Things Better"\ndate: \'2020-05-01\'')}By the authority vested in me as President by the Constitution and the laws of the United States of America, it is hereby ordered:\n\nSection 1. Policy. Text.\n`,
    );
    expect(m.title).toEqual({ en: 'Executive Order on Making Things Better' });
    expect(m.notes.title).toBe('from the YAML front matter title');
    expect(m.kind).toBe('executive-order');
    expect(m.issuer).toEqual([{ en: 'President of the United States of America' }]);
  });
  it('a bold title line in the body that is the title quoted in 《》 in a republisher headline', () => {
    const text = `${yaml('title: 甲部发布《乙丙丁管理规定》（附全文）\ndate: 2023-01-05')}# 甲部发布《乙丙丁管理规定》（附全文）\n\n近日，甲部发布《乙丙丁管理规定》。\n\n**乙丙丁管理规定**\n\n**第一章 总则**\n\n第一条 为了规范管理，制定本规定。\n`;
    const m = inferMetadata(text);
    expect(m.title).toEqual({ zh: '乙丙丁管理规定' });
    expect(m.notes.title).toBe('from the bold title line at line 10, the title quoted in 《》 in the YAML front matter title');
    expect(m.kind).toBe('regulation');
  });
  it('a title line followed by a qualifier line is joined: （征求意见稿）', () => {
    const text = `${yaml('title: 通知 | 某办就《某某标识办法（征求意见稿）》公开征求意见（附全文）')}**某办关于《某某标识办法（征求意见稿）》公开征求意见的通知**\n\n为规范，现公开征求意见。\n\n**某某标识办法**\n\n**（征求意见稿）**\n\n**第一条** 为促进发展，制定本办法。\n`;
    const m = inferMetadata(text);
    expect(m.title).toEqual({ zh: '某某标识办法（征求意见稿）' });
    expect(m.kind).toBe('regulation');
  });
  it('a headline with a republisher prefix and no 《》: the body line that is the headline without the prefix', () => {
    const text = `${yaml('title: 发布 | 甲乙关于合作的联合声明')}**扫码订阅《某杂志》**\n\n**甲乙关于合作的联合声明**\n\n我们，甲和乙，同意如下：\n`;
    const m = inferMetadata(text);
    expect(m.title).toEqual({ zh: '甲乙关于合作的联合声明' });
    expect(m.notes.title).toContain("adds a republisher's words");
    expect(m.kind).toBe('joint-statement');
  });
  it('otherwise the YAML title without the republisher prefix and suffix', () => {
    const m = inferMetadata(`${yaml('title: 重磅 | 某某会议召开（附全文）')}正文。\n`);
    expect(m.title).toEqual({ zh: '某某会议召开' });
    expect(m.notes.title).toContain("without the republisher's prefix or suffix");
  });
  it('an English section heading ending in a kind word does not replace the YAML title', () => {
    const m = inferMetadata(`${yaml('title: Quad Statement on Things')}Intro.\n\n**Guiding Principles**\n\n-   One\n`);
    expect(m.title).toEqual({ en: 'Quad Statement on Things' });
  });
  it('no front matter: the first leading heading naming a kind of document (not a translation title before it)', () => {
    const m = inferMetadata("<meta http-equiv='Content-Type' content='text/html' />\n\n##Verdrag inzake iets\n\n####Convention on Something\n\nPreamble The States...\n\n### Article  1  \n\nText.\n");
    expect(m.title).toEqual({ en: 'Convention on Something' });
    expect(m.kind).toBe('treaty');
    expect(m.format).toBe('markdown');
  });
  it('no front matter: a bold sentence holding a kind word is no title; the first heading is', () => {
    const m = inferMetadata(
      '<!-- EXAMPLE BLOCK -->\n\n## Example Security\n\nWe take example security seriously.\n\n## Reporting Example Issues\n\n**Please do not report example vulnerabilities through public issues.**\n\nInstead, write to us.\n',
    );
    expect(m.title).toEqual({ en: 'Example Security' });
    expect(m.kind).toBe('other');
  });
  it('no front matter: the one top-level heading, before a section heading naming a kind of document', () => {
    const m = inferMetadata('# The Example Public Licence 1.0\n\nContributor: Example Devices\n\n## Agreement\n\nIn order to receive this licence, you must agree to its rules.\n');
    expect(m.title).toEqual({ en: 'The Example Public Licence 1.0' });
    // Two top-level headings: the rule does not apply, the first heading naming a kind of document is the title.
    expect(inferMetadata('# Example News\n\n# Example Strategy on Networks\n\nText.\n').title).toEqual({ en: 'Example Strategy on Networks' });
  });
  it('no front matter: a title underlined with `===` or `***`, as Markdown and reStructuredText print it', () => {
    const m = inferMetadata(
      'Example Tests - Defining tests for example packages\n===================================================\n\nThis document describes example tests.\n\nRuby packages\n-------------\n\nText.\n',
    );
    expect(m.title).toEqual({ en: 'Example Tests - Defining tests for example packages' });
    expect(inferMetadata('Example Policy Manual\n*********************\n\nThis manual describes example rules.\n').title).toEqual({ en: 'Example Policy Manual' });
  });
  it('a standalone line naming a kind of document, under a note, before an underlined section heading', () => {
    const m = inferMetadata(
      'Please note that this example text is kept as history.\n\n\t\t\tThe Example Linux Manifesto\n\n\t\t\tWritten by An Example\n\n\nWhat is Example Linux?\n=====================\n\nExample Linux is a new kind of example.\n',
    );
    expect(m.title).toEqual({ en: 'The Example Linux Manifesto' });
  });
  it('no front matter: a `#` title heading', () => {
    const m = inferMetadata('# 中华人民共和国某某法\n\n2020年1月2日 第十三届全国人民代表大会常务委员会第十次会议通过\n\n<!-- INFO END -->\n\n## 第一章 总  则\n\n第一条 为了……，制定本法。\n');
    expect(m.title).toEqual({ zh: '中华人民共和国某某法' });
    expect(m.kind).toBe('law');
    expect(m.date).toEqual({ value: '2020-01-02', basis: 'stated', note: "from the adoption line at line 3; check it is the document's own adoption or signature date" });
    expect(m.issuer).toEqual([{ zh: '全国人民代表大会常务委员会' }]);
    expect(m.languages).toEqual(['zh']);
  });
  it('plain text: a standalone line naming a kind of document among the first lines, past a note and a version line', () => {
    const note = inferMetadata(
      'Please note that this copy is kept in order to record\nthe history of the text.\n\n\t\tThe Example Forum Manifesto\n\n\t\tWritten by A. Writer\n\nWhat is the Forum?\n\nText.\n',
    );
    expect(note.title).toEqual({ en: 'The Example Forum Manifesto' });
    const version = inferMetadata(
      '   Version 1.2 ratified on October 1st, 2022.\n\n   The Example Forum has made a pledge to its users.\n\n"Social Contract" with the Example Community\n\n    1. The Forum will stay open\n       We publish the rules.\n',
    );
    expect(version.title).toEqual({ en: '"Social Contract" with the Example Community' });
    expect(version.date).toMatchObject({ value: '2022-10-01', basis: 'stated' });
  });
  it('plain text: the first line', () => {
    const m = inferMetadata('A Test Paper on Data\n\nPublished 12 March 2024\n\n1. Introduction\n\nText.\n');
    expect(m.title).toEqual({ en: 'A Test Paper on Data' });
    expect(m.format).toBe('text');
    expect(m.date?.value).toBe('2024-03-12');
  });
});

describe('date', () => {
  it('YAML date only: basis published', () => {
    const m = inferMetadata(`${yaml("title: Joint Statement on Things\ndate: '2021-10-14'")}We, the governments of A and B, recognize the threat.\n`);
    expect(m.date?.value).toBe('2021-10-14');
    expect(m.date?.basis).toBe('published');
  });
  it('a stated date wins over the YAML date: a signature date line after the signatory', () => {
    const m = inferMetadata(
      `${yaml('title: 发布 | 某办印发《关于加强某事的通知》\ndate: 2022-11-06')}**关于加强某事的通知**\n\n各省网信办：\n\n一、要求。\n\n某某办公室\n\n2022年11月2日\n\n（来源：某网）\n`,
    );
    expect(m.date).toMatchObject({ value: '2022-11-02', basis: 'stated' });
    expect(m.date?.note).toContain('date line at line');
    expect(m.issuer).toEqual([{ zh: '某某办公室' }]);
    expect(m.kind).toBe('notice');
  });
  it('a place-and-date line under the title', () => {
    const m = inferMetadata('**甲乙关于合作的联合声明**\n\n（2024年10月10日，某城）\n\n我们同意。\n');
    expect(m.date).toMatchObject({ value: '2024-10-10', basis: 'stated' });
  });
  it('DONE at <place>, this <n>th day of <month> <year>', () => {
    const m = inferMetadata(
      'Convention on Something\n\nArticle 1\n\nText.\n\nIN WITNESS WHEREOF the undersigned have signed. DONE at Somewhere, the 28th day of January 1981, in English and French.\n',
    );
    expect(m.date).toMatchObject({ value: '1981-01-28', basis: 'stated' });
  });
  it('a US signature date after THE WHITE HOUSE', () => {
    const m = inferMetadata(`${yaml("title: Executive Order on Things\ndate: '2021-05-13'")}Sec. 1. Policy. Text.\n\nJOSEPH DOE\n\n  \nTHE WHITE HOUSE,  \n    May 12, 2021.\n`);
    expect(m.date).toMatchObject({ value: '2021-05-12', basis: 'stated' });
  });
  it('a date line with a blank day is skipped', () => {
    const m = inferMetadata(`${yaml('title: 某办法\ndate: 2024-09-15')}**某办法**\n\n**第十四条**本办法自2024年 月 日起施行。\n`);
    expect(m.date).toMatchObject({ value: '2024-09-15', basis: 'published' });
  });
  it('an order block: the organisations before 令 are the issuers, the date line after it the date', () => {
    const m = inferMetadata('**甲部**\n\n**乙部**\n\n**令**\n\n第1号\n\n《某规定》已经审议通过，现予公布。\n\n甲部部长 张三\n\n乙部部长 李四\n\n2022年11月25日\n\n**某某管理规定**\n\n第一条 内容。\n');
    expect(m.issuer).toEqual([{ zh: '甲部' }, { zh: '乙部' }]);
    expect(m.date).toMatchObject({ value: '2022-11-25', basis: 'stated' });
    expect(m.title).toEqual({ zh: '某某管理规定' });
  });
  it("another instrument's date cited in the text is not the document's; a version line dates it", () => {
    const cited = inferMetadata('EXAMPLE LICENSE\n\n1. Definitions.\n\nNo covered work is an effective measure under article 11 of the WIPO copyright treaty adopted on 20 December 1996.\n');
    expect(cited.date).toBeUndefined();
    const version = inferMetadata('EXAMPLE PUBLIC LICENSE\nVersion 3, 29 June 2007\n\n1. Definitions.\n\nText of the treaty adopted on 20 December 1996.\n');
    expect(version.date).toMatchObject({ value: '2007-06-29', basis: 'stated' });
    // The document's own event line stays (`Transcript of the keynote speech delivered … on December 8, 2020`).
    expect(inferMetadata('A Perspective\n\nTranscript of the keynote speech delivered by the Deputy on December 8, 2020 at the Center.\n').date).toMatchObject({ value: '2020-12-08' });
  });
  it('only the date it takes effect: that date, inferred, saying it is no adoption date', () => {
    const zh = inferMetadata('# 某某管理条例\n\n第一条 为了规范管理，制定本条例。\n\n第六十四条 本条例自2025年1月1日起施行。\n');
    expect(zh.date).toMatchObject({ value: '2025-01-01', basis: 'inferred' });
    expect(zh.date?.note).toContain('takes effect');
    const en = inferMetadata('Order on Things\n\nSec. 1. Policy. Text.\n\nSec. 2. Effective date. This order shall take effect on May 1, 2024.\n');
    expect(en.date).toMatchObject({ value: '2024-05-01', basis: 'inferred' });
    // A stated date wins.
    expect(inferMetadata('**甲乙联合声明**\n\n（2024年10月10日，某城）\n\n本声明自2024年11月1日起生效。\n').date).toMatchObject({ value: '2024-10-10', basis: 'stated' });
  });
  it('no date at all: none', () => {
    expect(inferMetadata('Title of a Note\n\nSome text without any date.\n').date).toBeUndefined();
  });
});

describe('issuer', () => {
  it.each(partyClauses.map((c) => [c.example, c.expected] as const))('party clause: %s', (example, expected) => {
    const clause = partyClauses.find((c) => c.example === example)!;
    expect(splitParties(clause.pattern.exec(example)![1]!)).toEqual(expected);
  });
  it('splitParties: a final pair without an Oxford comma, and 共和国 kept whole', () => {
    expect(splitParties('Canada and Mexico')).toEqual(['Canada', 'Mexico']);
    expect(splitParties('Japan, Canada and Mexico')).toEqual(['Japan', 'Canada and Mexico']);
    expect(splitParties('中华人民共和国和法兰西共和国')).toEqual(['中华人民共和国', '法兰西共和国']);
  });
  it('the parties named in the opening words of a joint statement', () => {
    const m = inferMetadata(`${yaml('title: Joint Statement on Things')}We, the governments of Canada, Chile, and the United Kingdom, recognize the threat.\n`);
    expect(m.issuer).toEqual([{ en: 'Canada' }, { en: 'Chile' }, { en: 'United Kingdom' }]);
    expect(m.notes.issuer).toBe('from the opening words naming the parties');
  });
  it('unknown when the text does not state it', () => {
    const m = inferMetadata('Joint Statement on Things\n\nWe recognize things.\n');
    expect(m.issuer).toBeUndefined();
    expect(m.notes.issuer).toContain('not stated');
  });
});

describe('origin', () => {
  it.each([
    ['a named source and its address', 'title: A\nsource: 某公众号\nurl: https://example.org/a?b=1#rd', { publisher: '某公众号', url: 'https://example.org/a?b=1#rd' }],
    ['only an address: its host', 'title: A\nsource_url: https://www.example.gov/briefing/a/', { publisher: 'www.example.gov', url: 'https://www.example.gov/briefing/a/' }],
    ['an address that is not one is left out', 'title: A\nsource: 某网\nurl: not a url', { publisher: '某网' }],
  ] as const)('%s', (_, fields, origin) => {
    expect(inferMetadata(`${yaml(fields)}Text.\n`).origin).toEqual(origin);
  });
  it('none without front matter', () => {
    expect(inferMetadata('Title\n\nText.\n').origin).toBeUndefined();
  });
});

describe('kind from what the text does (issue 19)', () => {
  it.each(bindingEvidence.map((e) => [e.name, e] as const))('evidence %s: its example shows it, its counter-example does not', (_, e) => {
    expect(e.pattern.test(e.example)).toBe(true);
    expect(e.pattern.test(e.counter)).toBe(false);
  });
  it('a binding title word without articles, self-reference or enacting formula is not a binding kind (a speech on international law)', () => {
    const found = kindOf('A Perspective on the Application of International Law to Cyber Operations', 'Good morning. Israel relies on Article 51 of the Charter, and States may act.\n', 0);
    expect(found.kind).toBe('other');
    expect(found.note).toContain('set it');
  });
  it('a binding title word with articles or self-reference stands', () => {
    expect(kindOf('某某数据安全法', '## 第一章 总则\n\n第一条 为了规范，制定本法。\n', 0).kind).toBe('law');
    expect(kindOf('Convention on Something', 'Preamble.\n\nThe Parties to this Convention agree as follows.\n', 0).kind).toBe('treaty');
  });
  it('a statement whose opening words name two or more parties is a joint statement; one speaker is not', () => {
    expect(kindOf('Leaders’ Statement on Digital Things', 'WE, the Member States of A and the Republic of B, met today.', 2).kind).toBe('joint-statement');
    expect(kindOf('Chair’s Statement of the Forum', 'The forum was held.', 0).kind).toBe('other');
  });
  it('reads the parties of a meeting opening: WE, the Member States of … met', () => {
    const m = inferMetadata(
      `${yaml('title: Leaders’ Statement on Digital Things')}**WE,** the Member States of the Example Union and the Republic of Somewhere, met via videoconference on 26 October 2021;\n\n**RECOGNISING** things;\n`,
    );
    expect(m.issuer).toEqual([{ en: 'Example Union' }, { en: 'Republic of Somewhere' }]);
    expect(m.kind).toBe('joint-statement');
  });
});

describe("the document's own date, never the first date of the text (issue 19)", () => {
  it('a place-and-date line with an ordinal day: Geneva, 3rd of June, 2019', () => {
    expect(inferMetadata('Call for Things\n\nWe call for things.\n\nGeneva, 3rd of June, 2019\n').date).toMatchObject({ value: '2019-06-03', basis: 'stated' });
  });
  it('the line saying when a speech was delivered, past a title with a full stop (Dr.)', () => {
    const m = inferMetadata(
      '# A Perspective on Things\n\nDr. A. Person has served as counsel since October 2013.\n\nTranscript of the keynote speech delivered by Dr. A. Person, on May 3, 2021 at the Center.\n',
    );
    expect(m.date).toMatchObject({ value: '2021-05-03', basis: 'stated' });
  });
  it('a byline under the title dates the copy (basis published)', () => {
    expect(inferMetadata('#  某某合作倡议\n 某某协会   2024-11-20 04:21\n\n正文。\n').date).toMatchObject({ value: '2024-11-20', basis: 'published' });
  });
  it('no stated, published or byline date: none, rather than a date of the body (a biography, a horizon "to 2030")', () => {
    expect(inferMetadata('Guidelines\n\nfor a City Policy to 2030\n\n1. These guidelines are a planning document.\n').date).toBeUndefined();
    expect(inferMetadata('# A Perspective\n\nThe author has served since October 2013.\n').date).toBeUndefined();
  });
});

describe('the names by which a text commits its own side, for review (issue 19)', () => {
  it('X方 as the subject of a commitment verb opening a sentence or clause, most frequent first', () => {
    expect(findVoice('为此，示方将开展合作。示方愿同各国携手。乙国认为，庚方愿意参与。').voice).toEqual(['示方', '庚方']);
  });
  it('never every party, both sides, the other side or a contract party', () => {
    expect(findVoice('各方将加强沟通。双方愿深化合作。对方承诺履约。甲方将支付价款。').voice).toBeUndefined();
  });
  it('not inside a word: 地方将 (local authorities) and a 方 that is not a clause subject', () => {
    expect(findVoice('地方将出台细则。这一方案将于明年实施。').voice).toBeUndefined();
  });
  it('the import stub lists them under voice, marked for review', () => {
    expect(inferMetadata('# 示例倡议\n\n示方将推动合作。\n').voice).toEqual(['示方']);
  });
});
