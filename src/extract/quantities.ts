/**
 * Quantities: the figures a sentence states, as `{ raw, value, unit, asOf?, qualifier? }`.
 *
 * A small grammar, English and Chinese: an optional bound ("more than",
 * "nearly", 超过, 近), a number (`1,200`, `39.8`, or a number word before a
 * scale: "one billion"), an optional scale (hundred … trillion, 万, 亿, 万亿),
 * then `percent`/`%` or a unit: a currency or the noun phrase that follows
 * ("1.05 billion internet users"), else the thing counted in "the number of
 * internet users … reached 1.051 billion". The value is built from the digit
 * string and the scale's exponent (`Number("1.05e9")`), never by multiplying
 * floats. Not quantities: years (2021, 2021年, "(2016-2020)"), ordinals
 * ("18th", 第二), labels ("G20", "5G", "Panel 3", "No. 1"), dates and list
 * markers. `asOf` comes from the sentence's date ("By June 2022" → `2022-06`,
 * "In 2021" → `2021`, 截至2022年6月 → `2022-06`).
 */
import type { Lang, Quantity } from './types.js';
import { allMatches } from '../text/matches.js';
import { cardinalWordPattern, monthAbbreviationPattern, monthNumber, monthPattern, numberWordPattern, wordNumber } from '../text/numerals.js';

const monthName = `${monthPattern}|${monthAbbreviationPattern}`;

const enScale: Record<string, number> = { hundred: 2, thousand: 3, million: 6, billion: 9, trillion: 12 };
const zhScale: Record<string, number> = { 百: 2, 千: 3, 万: 4, 亿: 8, 万亿: 12 };
const enQualifiers = [
  'more than',
  'over',
  'nearly',
  'almost',
  'about',
  'around',
  'approximately',
  'at least',
  'up to',
  'less than',
  'fewer than',
  'roughly',
  'some',
  'close to',
  'exceeding',
  'exceeds',
];
const zhQualifiers = ['超过', '超', '逾', '近', '约', '将近', '接近', '突破'];
/** An English qualifier as the last words before a number. */
const enQualifierPatterns = enQualifiers.map((q) => [q, new RegExp(String.raw`(?:^|\s)${q}$`, 'iu')] as const);

const enNumber = new RegExp(
  String.raw`(?:\b(${numberWordPattern})\s+(?=(?:hundred|thousand|million|billion|trillion)\b)|(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?))(?:\s*(hundred|thousand|million|billion|trillion)\b)?(\s*(?:percent|per cent|%)(?!\w))?`,
  'gu',
);
const zhNumber = /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(万亿|亿|万|千|百)?\s*(%|％)?/gu;

const labelBefore = new RegExp(
  String.raw`(?:\b(?:Panel|No\.|Nos\.|Article|Chapter|Section|Phase|Goal|Resolution|Level|Version|Class|Item|Annex|Table|Figure|page|paragraph|Group|Room|Box|Tier|Stage|Step|Type|Category|Priority|Option|Round|Layer|Grade|Track|Wave|tier|stage|step|priority|phase|level|(?:${monthName})\.?)|第)\s*$`,
  'u',
);
const unitStop = new Set(
  (
    'in of and or had have has were was is are be been being will would with across to for by from at on that which who whom as than ' +
    'compared per each the a an its their this these those respectively accounting covering including year-on-year up down over ' +
    'into among between while when where after before since during through under within it they there now already still currently also'
  ).split(' '),
);
const currency = /^(?:yuan|RMB|U\.S\. dollars|US dollars|dollars|euros|USD)\b/u;

/** Lower-case a word that is only capitalized ("Internet" → "internet"), keep acronyms ("ICT", "5G", "IPv6"). */
function normalizeWord(word: string): string {
  return /^\p{Lu}\p{Ll}+$/u.test(word) ? word.toLowerCase() : word;
}

/** The noun phrase of up to four words at the start of `text`, stopping at a function word or punctuation. */
function leadingNounPhrase(text: string): string | undefined {
  const words: string[] = [];
  const re = /\s*([\p{L}\p{N}][\p{L}\p{N}\-/’']*)/uy;
  let match: RegExpExecArray | null;
  while (words.length < 4 && (match = re.exec(text))) {
    const word = match[1]!;
    if (unitStop.has(word.toLowerCase())) break;
    words.push(normalizeWord(word));
  }
  return words.length > 0 ? words.join(' ') : undefined;
}

/** "the number of internet users in China has reached 1.051 billion" */
const counted = /\bnumber of ((?:[\p{L}\p{N}][\p{L}\p{N}-]*\s*){1,4})/giu;

function enUnit(sentence: string, before: string, after: string): string | undefined {
  const cur = currency.exec(after.trimStart());
  if (cur) return cur[0] === 'RMB' ? 'yuan' : cur[0];
  if (/^\s*[\p{L}\p{N}]/u.test(after)) {
    const np = leadingNounPhrase(after);
    if (np) return np;
  }
  let last: string | undefined;
  for (const m of allMatches(counted, before)) last = leadingNounPhrase(m[1]!);
  void sentence;
  return last;
}

function zhUnit(before: string, after: string): string | undefined {
  const a = after.trimStart();
  if (/^(?:亿元|万元|元)/u.test(a) || /^元/u.test(a)) return 'yuan';
  if (/^美元/u.test(a)) return 'US dollars';
  const noun = /^(?:余|多)?([\p{Script=Han}A-Za-z0-9]{1,8}?)(?=[的和与及在中是为将已，、。；：,;:.\s（(“"]|$)/u.exec(a);
  if (noun?.[1]) return noun[1];
  const back = /([\p{Script=Han}A-Za-z0-9]{2,8}?)(?:规模|数量|总数|人数|总量)?(?:已经|已)?(?:达到|达|超过|突破|增至|增长到|为|逾)\s*$/u.exec(before);
  return back?.[1];
}

function qualifierBefore(before: string, lang: Lang): string | undefined {
  const text = before.trimEnd();
  if (lang === 'en') return enQualifierPatterns.find(([, pattern]) => pattern.test(text))?.[0];
  return zhQualifiers.find((q) => text.endsWith(q));
}

function isYear(digits: string, scale: string | undefined, percent: string | undefined): boolean {
  return !scale && !percent && /^(?:19|20)\d\d$/u.test(digits);
}

/**
 * Contexts in which a number is an identifier, a reference, a mark or a deadline, not a figure a claim states.
 * `before` is tested against the text before the number, `after` against the text after it; each entry's
 * example (the number marked `#`) is checked by the tests.
 */
export const notFigures: ReadonlyArray<{ readonly name: string; readonly before?: RegExp; readonly after?: RegExp; readonly example: string }> = [
  { name: 'a footnote mark', before: /<sup>\s*$|\[\^$/iu, example: 'as the court held.<sup>#</sup>' },
  { name: 'a link address or path', before: /(?:\]\(|https?:\/\/)[^\s)]*$/iu, example: 'see [the text](https://example.org/a/#/b)' },
  { name: 'a character an address encodes (`%22`)', before: /%$/u, example: 'the query label%3A%#feature' },
  {
    name: 'a legal identifier',
    before:
      /\b(?:U\.S\.C\.|C\.F\.R\.|Executive Orders?|E\.O\.|sections?|secs?\.|titles?|articles?|arts?\.|paragraphs?|subsections?|chapters?|parts?|clauses?|annex(?:es)?|rules?|resolutions?|directives?|decisions?|protocols?|Nos?\.|numbers?|Public Law|Pub\. L\.|I\.C\.J\.|¶|§{1,2})\s*$/iu,
    after: /^\s*(?:U\.S\.C\.|C\.F\.R\.|Stat\.|I\.C\.J\.|F\.\s?\d|et seq)/u,
    example: 'the National Emergencies Act (50 U.S.C. 1601 et seq.) and Executive Order #',
  },
  // The second of two or more identifiers (`Sections 1 and 2`, `Articles 5, 6 and 8`): the list's word is before the first.
  {
    name: 'a legal identifier in a list',
    before: /\b(?:sections?|articles?|paragraphs?|subsections?|chapters?|parts?|clauses?|amendments?|rules?|resolutions?)\s+[\dIVXLC]+(?:\s*,\s*[\dIVXLC]+)*\s*,?\s*(?:and|or|to|through)\s+$/iu,
    example: 'Sections 1 and # shall take effect on the 15th day of October following the ratification of this article.',
  },
  // A year, in figures or spelled out (`the Year one thousand eight hundred and eight`), is no figure.
  {
    name: 'a year (also in words)',
    before: new RegExp(String.raw`\byear\s+(?:(?:${cardinalWordPattern})[\s-]+)*$`, 'iu'),
    example: 'shall not be prohibited by the Congress prior to the Year #, but a tax or duty may be imposed',
  },
  // A number written with a slash is a document's or a resolution's number (`resolutions 53/70 … and 54/49`, `A/RES/73/27`).
  { name: 'a document number (with a slash)', before: /[\dA-Z]\/$/u, after: /^\/[\dA-Z]/u, example: 'Recalling its resolutions 53/70 of 4 December 1998 and #/49' },
  { name: 'a day of a date', after: new RegExp(String.raw`^\s*(?:${monthPattern})\b`, 'iu'), example: 'opened for signature on # December 1957' },
  { name: 'a day after its month', before: new RegExp(String.raw`\b(?:${monthPattern})\.?\s+(?:\d{1,2}\s*(?:and|to|–|-)\s*)?$`, 'iu'), example: 'gathered virtually on October 13 and # to discuss' },
  { name: 'a deadline (it belongs to its norm)', after: /^\s*(?:个)?(?:工作日|日|天|个月|月|年|周|小时)(?:以?内|之内)/u, example: '应当在#个月内完成' },
  { name: 'a deadline (it belongs to its norm)', before: /\b(?:within|not later than|no later than|after)\s+$/iu, example: 'within # days of the date of this order' },
  // How many parts of the text itself follow or went before (`the following 3 principles`, `上述3项任务`): a count of the
  // document's own items, no figure it states.
  {
    name: "a count of the text's own items",
    before: /(?:\b(?:the\s+)?(?:following|above|preceding|foregoing)\s+|(?:上述|以下|下列|如下|前述)\s*)$/iu,
    example: '示例国为落实上述#项任务制定以下计划：',
  },
  // How many goals, pillars or tasks the text sets out (`3 key goals`, `3个关键目标`): a count of its own parts.
  {
    name: 'a count of the goals or tasks the text sets out',
    after:
      /^\s*(?:(?:key|main|core|strategic|major|guiding|basic|priority)\s+)?(?:goals|objectives|pillars|principles|priorities|tasks|lines of effort)\b|^\s*(?:个|项|大)?\s*(?:关键|主要|重点|核心|战略|基本)?\s*(?:目标|任务|原则|支柱)/iu,
    example: 'The example vision will be reached through # key goals.',
  },
  { name: 'a version number', before: /\b(?:versions?|ver\.|v\.?|release|revision|rev\.)\s*$|版本\s*$/iu, example: 'adapted from the Example Covenant, version #, available at its site' },
  // A period a rule or a procedure sets (`open for more than 7 days`, `set 72 hours from …`): no figure a claim states.
  {
    name: 'a duration',
    after: /^\s*(?:(?:calendar|business|working)\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b(?![-‐‑]|\s+on\s+year)/iu,
    example: 'One approval is enough if the request has been open for more than # days.',
  },
  // A value in inline code (`` `NODE_EXAMPLE` must be `0` ``, `` PR `123` ``): a setting or an identifier.
  { name: 'a number in inline code', before: /`[^`\s]*$/u, after: /^[^`\s]*`/u, example: 'The example macro must be set to `#`.' },
  // A limit a rule sets (`a maximum of 4 members`, `no more than 3 terms`): no figure a claim states.
  { name: 'a limit stated after its unit (`72 characters or less`)', after: /^\s*\p{L}+\s+or\s+(?:less|fewer|more|under|over)\b/iu, example: 'Keep each line to # characters or less.' },
  { name: "a number that is a link's whole text (a report's or an issue's)", before: /\[$/u, after: /^\]\(/u, example: 'Example [#](https://example.org/reports/7)' },
  { name: 'a limit', before: /\b(?:(?:a|the)\s+)?(?:maximum|minimum)\s+of\s+$|\b(?:no|not)\s+(?:more|fewer|less)\s+than\s+$/iu, example: 'There will be a maximum of # example members.' },
  // A key's fingerprint or a code printed in groups of hexadecimal digits (`8722 7E29 AD9C …`): an identifier.
  {
    name: 'a group of a hexadecimal code',
    before: /\b(?=[0-9A-F]{0,3}[A-F])[0-9A-F]{4}\s+(?:[0-9A-F]{4}\s+)*$/u,
    after: /^\s+(?:[0-9A-F]{4}\s+)*(?=[0-9A-F]{0,3}[A-F])[0-9A-F]{4}\b/u,
    example: 'The example key: EDD5 # A9D8 4653 (Example Maintainer)',
  },
  { name: 'an anniversary (an ordinal)', after: /^\s*周年/u, example: '纪念建交#周年' },
  { name: 'a century (an ordinal)', after: /^\s*(?:世纪|个世纪之交)/u, example: '#世纪的示例变革' },
  { name: 'an ordinal with a superscript suffix', after: /^<sup>\s*(?:st|nd|rd|th)\s*<\/sup>/iu, example: 'at the #<sup>th</sup> ASEAN-U.S. Summit' },
];

/** Whether the number at [start, end) of `text` is a label, date, ordinal, list marker or part of a name. */
function excluded(text: string, start: number, end: number, lang: Lang): boolean {
  const prev = text[start - 1];
  const next = text[end];
  // Wide enough for a long address before the number (`](https://…?q=…%22`).
  const head = text.slice(Math.max(0, start - 300), start);
  const tail = text.slice(end, end + 40);
  if (notFigures.some((n) => (n.before?.test(head) ?? false) || (n.after?.test(tail) ?? false))) return true;
  if (prev !== undefined && /[A-Za-z\-–_/.:·#]/u.test(prev)) return true; // G20, COVID-19, 2016-2020, 11:25, #42
  if (prev !== undefined && /\d/u.test(prev)) return true; // the tail of a longer run of digits (`Dec 16,2015` read as 16,201 and 5)
  if (next !== undefined && /[A-Za-z]/u.test(next)) return true; // 5G, 18th (in Chinese text too: 5G技术)
  if (next === ':' && /\d/u.test(text[end + 1] ?? '')) return true; // times
  if (next === '.' && /[\dx]/u.test(text[end + 1] ?? '')) return true; // the head of a dotted version or identifier (`16.17.0`, `10.x`)
  if (next === '-' || next === '–') return true; // ranges of years
  if (labelBefore.test(text.slice(Math.max(0, start - 16), start))) return true;
  if (start === 0 && /^[.)、]/u.test(text.slice(end))) return true; // list marker "1."
  if (prev === '(' && next === ')') return true; // "(1)"
  if (lang === 'zh' && next !== undefined && /[年月日号届次期]/u.test(next)) return true;
  if (lang === 'zh' && prev !== undefined && /[第]/u.test(prev)) return true;
  return false;
}

const enDate = String.raw`(?:(${monthName})\.?\s+(?:\d{1,2},?\s+)?)?(\d{4})\b`;
/** The English phrases that date a sentence's figures, in order of preference. */
const enAsOf = [
  new RegExp(String.raw`\b(?:by|as of|as at|until|up to)\s+(?:the\s+end\s+of\s+|end\s+of\s+|the\s+end\s+of\s+the\s+year\s+)?${enDate}`, 'iu'),
  new RegExp(String.raw`\b(?:in|at the end of|during)\s+${enDate}`, 'iu'),
];

/** The date a sentence gives its figures for, if it gives one. */
export function asOfOf(sentence: string, lang: Lang): string | undefined {
  if (lang === 'zh') {
    const by = /截至(?:到)?\s*(\d{4})\s*年(?:\s*(\d{1,2})\s*月)?/u.exec(sentence);
    const m = by ?? /(\d{4})\s*年(?:\s*(\d{1,2})\s*月)?/u.exec(sentence);
    if (!m) return undefined;
    return m[2] ? `${m[1]}-${m[2].padStart(2, '0')}` : m[1];
  }
  for (const re of enAsOf) {
    const m = re.exec(sentence);
    if (!m) continue;
    const month = m[1] ? monthNumber(m[1])?.toString().padStart(2, '0') : undefined;
    return month ? `${m[2]}-${month}` : m[2];
  }
  return undefined;
}

/**
 * The figures a sentence states, in order.
 *
 * @param sentence one sentence (whitespace folded)
 * @param lang its language
 */
export function extractQuantities(sentence: string, lang: Lang): Quantity[] {
  const asOf = asOfOf(sentence, lang);
  const found: Quantity[] = [];
  for (const m of allMatches(lang === 'en' ? enNumber : zhNumber, sentence)) {
    const start = m.index;
    const end = start + m[0].length;
    let digits: string;
    let scale: string | undefined;
    let percent: string | undefined;
    if (lang === 'en') {
      digits = m[1] ? String(wordNumber(m[1])) : m[2]!;
      scale = m[3];
      percent = m[4];
      if (m[1] && !scale) continue;
    } else {
      digits = m[1]!;
      scale = m[2];
      percent = m[3];
    }
    const numEnd = start + m[0].trimEnd().length;
    if (excluded(sentence, start, numEnd, lang)) continue;
    if (isYear(digits.replaceAll(',', ''), scale, percent)) continue;
    const mantissa = digits.replaceAll(',', '');
    const exponent = scale ? (lang === 'en' ? enScale[scale.toLowerCase()] : zhScale[scale]) : undefined;
    const value = Number(exponent ? `${mantissa}e${exponent}` : mantissa);
    if (!Number.isFinite(value)) continue;
    const before = sentence.slice(0, start);
    const after = sentence.slice(end);
    const unit = percent ? 'percent' : ((lang === 'en' ? enUnit(sentence, before, after) : zhUnit(before, after)) ?? 'number');
    const qualifier = qualifierBefore(before, lang);
    const quantity: Quantity = { raw: m[0].trim(), value, unit };
    if (asOf) quantity.asOf = asOf;
    if (qualifier) quantity.qualifier = qualifier;
    found.push(quantity);
  }
  return found;
}
