/**
 * Declared word tables for reading a document's metadata from its text. Each
 * entry carries an example that its test checks, so that a table can grow
 * without guessing what an entry was for.
 */
import type { DocumentKind } from '../../generated/types/index.js';
import { cjkNumeralOrDigit } from '../text/numerals.js';

interface KindRule {
  readonly kind: DocumentKind;
  /** Matched against a title with Markdown removed and whitespace folded. */
  readonly pattern: RegExp;
  /** A title this entry must classify as `kind`. */
  readonly example: string;
  /** Why the entry maps to this kind, where it is not obvious. */
  readonly why?: string;
}

/**
 * The trailing qualifiers a Chinese title may carry after its kind word:
 * `（征求意见稿）`, `（试行）`, `（2021年修订）`, `（草案）`.
 */
export const trailingQualifier = /\s*[（(][^（）()]{1,20}[）)]\s*$/u;

/**
 * Kind from a title's words, first match wins. Chinese kind words are matched at
 * the end of the title (after a trailing qualifier is removed): a Chinese title
 * names its kind last (`…管理规定`, `…的通知`), and a word earlier in the title is
 * usually an instrument it is about (`关于《…办法》…的通知` is a notice). English
 * kind words are matched anywhere as words (`Convention on …`, `Joint Statement of
 * the … Initiative Meeting`), so the more specific entries come first.
 */
export const kindRules: readonly KindRule[] = [
  {
    kind: 'other',
    pattern: /^(?:FACT SHEET|Readout|Remarks|Statement by|Press Release)\b/iu,
    example: 'FACT SHEET: President Biden Signs Executive Order to Prohibit U.S. Government Use of Commercial Spyware',
    why: 'a fact sheet, readout or press statement about an order or a meeting is not the order itself: the words after it name what it describes',
  },
  { kind: 'executive-order', pattern: /\bExecutive Order\b|行政命令$/iu, example: 'Executive Order on Improving the Nation’s Cybersecurity' },
  {
    kind: 'joint-statement',
    pattern: /\bJoint (?:Statement|Declaration|Communiqu[eé])\b|(?:联合|聯合)(?:声明|聲明|宣言|公报|公報)$/iu,
    example: 'Joint Statement of the Ministers and Representatives from the Counter Ransomware Initiative Meeting October 2021',
  },
  {
    kind: 'other',
    pattern: /\b(?:Licen[cs]e Agreement|User Agreement|Terms of (?:Service|Use))\b|许可协议$|用户协议$/iu,
    example: 'CeCILL FREE SOFTWARE LICENSE AGREEMENT',
    why: 'a licence or terms of use between private parties is an agreement, but no treaty between states',
  },
  { kind: 'treaty', pattern: /\b(?:Convention|Treaty|Agreement|Protocol)\b|(?:公约|公約|条约|條約|协定|協定|议定书|議定書)$/iu, example: 'Convention on Cybercrime' },
  { kind: 'white-paper', pattern: /\bWhite Paper\b|白皮[书書]$/iu, example: '携手构建网络空间命运共同体白皮书' },
  {
    kind: 'regulation',
    pattern: /(?:条例|條例|规定|規定|办法|辦法|细则|細則|规则|規則|规范|規範)$|\b(?:Regulations?|Rules|Provisions|Measures)\b/iu,
    example: '网络数据安全示例管理办法（征求意见稿）',
    why: '办法 (measures) ends in 法 but is an administrative regulation, not a law',
  },
  { kind: 'law', pattern: /法$|\bAct\b|\bLaw\b/u, example: '中华人民共和国示例保护法' },
  { kind: 'notice', pattern: /通知$|\bNotice\b/iu, example: '关于加强示例信息治理工作的通知' },
  { kind: 'initiative', pattern: /倡[议議]$|\bInitiative\b/iu, example: '全球数据安全倡议' },
  {
    kind: 'initiative',
    pattern: /倡议概念文件$/u,
    example: '全球示例合作倡议概念文件',
    why: 'a concept paper of an initiative is the proponent setting out the initiative itself (its vision, principles and the measures it proposes); the schema has no concept-paper kind, and the English form (`… Initiative Concept Paper`) is already caught by the word Initiative',
  },
  {
    kind: 'initiative',
    pattern: /原[则則]$|\bPrinciples\b/iu,
    example: 'Quad Principles on Technology Design, Development, Governance, and Use',
    why: 'a set of principles that governments adopt and invite others to support is, in this schema, closest to an initiative (which is how the dataset classes a set of proposals others are invited to join); there is no `principles` kind',
  },
  { kind: 'strategy', pattern: /[战戰]略$|\bStrategy\b/iu, example: 'International Strategy of Cooperation on Cyberspace' },
  { kind: 'report', pattern: /[报報]告$|\bReport\b/iu, example: 'Report of the Group of Governmental Experts' },
];

/**
 * Words with which a document's own title ends (Chinese) or that it contains
 * (English): used to tell a title line from a heading or a promotion line.
 * Wider than the kind table: a 决定 or a Declaration is a title even though its
 * kind is `other`.
 */
export const titleWordsZh =
  /(?:法|条例|條例|规定|規定|办法|辦法|细则|細則|规则|規則|规范|規範|通知|声明|聲明|宣言|公报|公報|倡议|倡議|白皮书|白皮書|战略|戰略|原则|原則|公约|公約|条约|條約|协定|協定|议定书|議定書|决定|決定|意见|意見|纲要|綱要|方案|规划|規劃|计划|計劃|报告|報告|指南|指引|命令|令)$/u;
const titleWordList = String.raw`Act|Law|Regulations?|Rules|Provisions|Measures|Convention|Treaty|Agreement|Protocol|Executive Order|Order|Notice|Statement|Declaration|Communiqu[eé]|Initiative|White Paper|Strategy|Principles|Report|Guidelines|Framework|Charter|Memorandum|Constitution|Manifesto|Covenant|Social Contract|Code of Conduct|Pledge`;
/** In a title's capitals, as titles print them (`Executive Order`, `CODE OF CONDUCT`): not `in order to`, `a bug report`. */
export const titleWordsEn = new RegExp(String.raw`\b(?:${titleWordList}|${titleWordList.toUpperCase()})\b`, 'u');

/** Suffixes of Chinese organisation names (a signature line naming an office). */
export const organisationZh = /(?:委员会|常务委员会|办公室|办公厅|秘书局|政府|国务院|法院|检察院|部|委|局|署|厅|院|办|中心|总局|联盟|协会)$/u;

/**
 * A republisher's prefix before a headline's own words: `通知 | `, `发布 | `,
 * `重磅 | `, `转载｜`, and any short label before a bar.
 */
/**
 * A numbered title line of a resolution or decision (`73/27. Developments in the field of …`, `48/4 Right to privacy
 * in the digital age`): group 1 is the title, without its number.
 */
export const numberedTitleLine = /^\d{1,3}\/\d{1,3}\.?\s+(\p{Lu}.{10,})$/u;

export const republisherPrefix = /^[^|｜]{1,12}\s*[|｜]\s*/u;

/** A republisher's suffix: `（附全文）`, `(全文)`, `（附解读）`. */
export const republisherSuffix = /\s*[（(](?:附)?(?:全文|原文|解读|全文及解读|答记者问)[）)]\s*$/u;

/**
 * Chinese adoption / promulgation verbs of an adoption line
 * (`2020年1月2日 第十三届某某委员会第五次会议通过`).
 */
export const adoptionVerbsZh = /(?:通过|通過|公布|发布|發布|印发|印發|签署|簽署|批准|审议通过|審議通過|訂定)[）)]?$/u;

/**
 * Enacting clauses that name the issuer of an order: `By the authority vested in
 * me as President by the Constitution and the laws of the United States of
 * America` → President of the United States of America.
 */
export const enactingClauses: ReadonlyArray<{ readonly pattern: RegExp; readonly issuer: (m: RegExpExecArray) => string; readonly example: string; readonly expected: string }> = [
  {
    pattern: /\bauthority vested in me as (President|Governor|Prime Minister)\b(?: by the Constitution and the laws)? of (the [A-Z][\w ]*?(?:States of America|States|Kingdom|Republic))\b/u,
    issuer: (m) => `${m[1]} of ${m[2]}`,
    example: 'By the authority vested in me as President by the Constitution and the laws of the United States of America, it is hereby ordered',
    expected: 'President of the United States of America',
  },
];

/**
 * Opening words that name the parties of a joint text (`We, the governments of
 * A, B, and C, recognize …`, `我们，甲和乙，…`): group 1 is the list of parties.
 */
export const partyClauses: ReadonlyArray<{ readonly pattern: RegExp; readonly example: string; readonly expected: readonly string[] }> = [
  {
    pattern:
      /\b[Ww]e,? the (?:governments?|leaders|heads of state and government|(?:foreign )?ministers(?: and representatives)?|representatives|participants|member states) (?:of|from) (.{3,1500}?),? (?:recognize|recognise|affirm|reaffirm|commit|declare|jointly|have|share|are|welcome|note|express|agree|decide|support|met|meeting|gathered)\b/iu,
    example: 'Having met, we the Ministers and Representatives of Australia, Trinidad and Tobago, the Republic of Korea, and the United States recognize that',
    expected: ['Australia', 'Trinidad and Tobago', 'Republic of Korea', 'United States'],
  },
  {
    pattern: /\bThe [A-Z][\w-]* (?:countries|governments|leaders|partners) \(([^)]{3,400})\) (?:affirm|reaffirm|commit|declare|recognize|recognise|agree|welcome|support)\b/u,
    example: 'The Five countries (Canada, France, and the United Kingdom) affirm that',
    expected: ['Canada', 'France', 'United Kingdom'],
  },
  {
    pattern: /^我们，(.{2,200}?)，/mu,
    example: '我们，中华人民共和国和俄罗斯联邦、东南亚国家联盟（东盟）成员国，于某日齐聚某地。',
    expected: ['中华人民共和国', '俄罗斯联邦', '东南亚国家联盟（东盟）成员国'],
  },
];

/**
 * How a text names its own side when it undertakes something: `X方` ("the X
 * side", one character for the country or party) as the subject of a
 * commitment verb at the start of a sentence or clause (`…，甲方将…`). The
 * characters in `sideNotSelf` make words that are never the text's own side:
 * 各方 (every party), 双方/多方 (both/many sides), 对方 (the other side), 他方,
 * 另一方, and the parties of a contract (甲方, 乙方, 丙方). What this finds is
 * written into the import's stub for review, never taken as reviewed.
 */
export const sideVoice = /(?:^|[。；，：！？\n])\s*(\p{Script=Han}方)(?:将|愿|愿意|承诺|致力于)/gu;
export const sideNotSelf = new Set([
  '各',
  '双',
  '多',
  '对',
  '他',
  '另',
  '一',
  '甲',
  '乙',
  '丙',
  '丁',
  '有',
  '官',
  '地',
  '处',
  '配',
  '药',
  '秘',
  '比',
  '西',
  '东',
  '南',
  '北',
  '前',
  '后',
  '上',
  '下',
  '买',
  '卖',
  '资',
  '劳',
  '男',
  '女',
]);

/** Split a list of parties: `A, B, and the C` → A, B, C; `甲和乙、丙` → 甲, 乙, 丙 (not the 和 of 共和国). */
export function splitParties(list: string): string[] {
  const zh = /\p{Script=Han}/u.test(list);
  const parts = zh ? list.split(/、|(?<!共)和(?!国)/u) : list.split(/,\s*/u).flatMap((p, i, all) => (i === all.length - 1 && all.length === 1 ? p.split(/\s+and\s+/u) : [p]));
  return parts
    .map((p) =>
      p
        .trim()
        .replace(/^and\s+/u, '')
        .replace(/^the\s+/iu, '')
        .trim(),
    )
    .filter((p) => p.length >= 2);
}

/**
 * What a binding instrument does that a text about one does not: it is cut
 * into articles, names itself (`本法`, `this Convention`), or is enacted by an
 * order's formula. A title word of a binding kind (`law`, `regulation`,
 * `treaty`, `executive-order`) stands only when the text shows one of these:
 * a speech on "International Law" is not a law. Each entry's example must
 * show it, and its counter-example must not.
 */
export const bindingEvidence: ReadonlyArray<{ readonly name: string; readonly pattern: RegExp; readonly example: string; readonly counter: string }> = [
  {
    name: 'article headings',
    pattern: new RegExp(String.raw`^[ \t\u3000>#*]*(?:第${cjkNumeralOrDigit}+[条條]|Article[ \t\u00a0]+\d+)(?=[ \t\u3000\u00a0*.:：]|$)`, 'mu'),
    example: '## 第一章 总则\n\n第一条 为了规范管理，制定本规定。',
    counter: 'Israel relies on Article 51 of the Charter.\nIt has done so before.',
  },
  {
    name: 'self-reference',
    pattern: /本(?:法|条例|條例|规定|規定|办法|辦法|细则|細則|规则|規則|公约|公約|协定|協定)(?![律规規院定案])|\bthis (?:Convention|Treaty|Protocol|Agreement|Act|Regulation|order)\b/u,
    example: '为了保障网络安全，制定本法。',
    counter: 'The application of international law to cyber operations is not settled.',
  },
  {
    name: 'enacting formula',
    pattern: /\bBy the authority vested in me\b|\bit is hereby ordered\b/iu,
    example: 'By the authority vested in me as President by the Constitution and the laws of the United States of America, it is hereby ordered:',
    counter: 'The President ordered a review last year.',
  },
];

/** Document kinds that bind their addressees: their title word needs `bindingEvidence` in the text. */
export const bindingKinds: ReadonlySet<DocumentKind> = new Set(['law', 'regulation', 'treaty', 'executive-order']);

/** Title words of a statement: with two or more parties named by the text's opening words it is a joint statement. */
export const statementWord = /\b(?:Statement|Declaration|Communiqu[eé])\b|(?:声明|聲明|宣言|公报|公報)$/iu;
