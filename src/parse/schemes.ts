/**
 * Numbering schemes as data: each entry says how a printed marker looks, how
 * to read its number, and what kind of unit it opens. Structure recovery of
 * Markdown sources reads markers only through this table; a new scheme is a
 * new entry (with its test in test/parse/schemes.test.ts), never a branch in code.
 *
 * - `opens`: the kind of section a heading in this scheme is (`article`,
 *   `chapter`…), or `numbered` when the kind follows from the depth (`一、`,
 *   `I.`, `1.`), or `item` for schemes that number list items unless Markdown
 *   makes them headings (`(a)`, `a)`, `(i)`, `(A)`).
 * - `rank`: for schemes whose words say their rank (Part > Chapter > Section >
 *   Title > Article), a fixed order; schemes without words get theirs from the
 *   order in which they first appear (see structure.ts).
 */
import { chineseNumber, cjkNumeral, cjkNumeralOrDigit, numberWordPattern, romanToInt, wordNumber } from '../text/numerals.js';

type SchemeOpens = 'part' | 'chapter' | 'section' | 'title' | 'article' | 'annex' | 'numbered' | 'item';

export interface Scheme {
  id: string;
  /** Matches at the start of a line; group 1 is the number as printed. */
  pattern: RegExp;
  /** The printed number as an integer (undefined when it does not read). */
  read: (printed: string) => number | undefined;
  /** The label as the dataset shows it. */
  label: (printed: string, match: RegExpExecArray) => string;
  opens: SchemeOpens;
  /** Fixed rank for worded schemes (smaller is outer). */
  rank?: number;
  /** Taken as a heading only where it continues the numbering (`第三条为了…` right after 第二条): a marker run on into its text. */
  needsContinuity?: boolean;
}

export { chineseNumber };

const romanUpper = (text: string) => romanToInt(text.toUpperCase());
const letterValue = (text: string) => text.toLowerCase().charCodeAt(0) - 96;
/** A number printed as digits, a roman numeral or an English word. */
const latinNumber = (text: string) => (/^\d+$/u.test(text) ? Number(text) : (romanUpper(text) ?? wordNumber(text)));

const CJK = `${cjkNumeralOrDigit}+`;
const LATIN_NUMBER = `(\\d{1,3}|[IVXLC]{1,7}|${numberWordPattern})`;
const spaced = (word: string) => `${word}\\s*`;

/** Worded schemes: the word says the rank. */
const worded: Scheme[] = [
  // Traditional characters as Taiwan's and Hong Kong's texts print them (`第一條`, `第二節`, `第三編`): the label keeps the printed one.
  { id: 'zh-part', pattern: new RegExp(`^第(${CJK})[编編]`, 'u'), read: chineseNumber, label: (p, m) => `第${p}${m[0].slice(-1)}`, opens: 'part', rank: 10 },
  // `第一部分 总体要求`: the parts of a plan or white paper.
  { id: 'zh-part-section', pattern: new RegExp(`^第(${CJK})部分`, 'u'), read: chineseNumber, label: (p) => `第${p}部分`, opens: 'part', rank: 10 },
  { id: 'zh-chapter', pattern: new RegExp(`^第(${CJK})章`, 'u'), read: chineseNumber, label: (p) => `第${p}章`, opens: 'chapter', rank: 20 },
  { id: 'zh-section', pattern: new RegExp(`^第(${CJK})[节節]`, 'u'), read: chineseNumber, label: (p, m) => `第${p}${m[0].slice(-1)}`, opens: 'section', rank: 30 },
  { id: 'zh-article', pattern: new RegExp(`^第(${CJK})[条條](?=[\\s\\u00a0\\u3000*]|$)`, 'u'), read: chineseNumber, label: (p, m) => `第${p}${m[0].slice(-1)}`, opens: 'article', rank: 50 },
  {
    id: 'zh-article-run-on',
    pattern: new RegExp(`^第(${CJK})[条條](?=[\\p{Script=Han}“《（(])`, 'u'),
    read: chineseNumber,
    label: (p, m) => `第${p}${m[0].slice(-1)}`,
    opens: 'article',
    rank: 50,
    needsContinuity: true,
  },
  {
    id: 'zh-annex',
    pattern: new RegExp(String.raw`^附件\s*(\d{1,2}|${cjkNumeral}{1,3})?(?=[\s：:]|$)`, 'u'),
    read: (p) => (p === '' ? 1 : chineseNumber(p)),
    label: (p) => `附件${p}`,
    opens: 'annex',
    rank: 5,
  },
  { id: 'en-part', pattern: new RegExp(`^${spaced('Part')}${LATIN_NUMBER}\\b`, 'iu'), read: latinNumber, label: (p) => `Part ${p}`, opens: 'part', rank: 10 },
  // A strategy's pillars, goals and priorities (`PILLAR ONE: DEFEND …`, `Goal 2:`), over its objectives.
  {
    id: 'en-pillar',
    pattern: new RegExp(`^(?:Pillar|Goal|Priority)\\s*${LATIN_NUMBER}\\b(?=\\s*[:.–—-]|\\s*$)`, 'iu'),
    read: latinNumber,
    label: (p, m) => `${/^[A-Za-z]+/u.exec(m[0])![0]} ${p}`,
    opens: 'numbered',
    rank: 15,
  },
  // `STRATEGIC OBJECTIVE 1.1: ESTABLISH …`, `Objective 3:`: the number after the last dot.
  {
    id: 'en-objective',
    pattern: /^(?:Strategic\s+)?Objective\s*(\d{1,2}(?:\.\d{1,2})?)\b(?=\s*[:.–—-]|\s*$)/iu,
    read: (p) => Number(p.split('.').pop()),
    label: (p, m) => `${/^(?:Strategic\s+)?Objective/iu.exec(m[0])![0].replace(/\s+/gu, ' ')} ${p}`,
    opens: 'numbered',
    rank: 25,
  },
  { id: 'en-chapter', pattern: new RegExp(`^${spaced('Chapter')}${LATIN_NUMBER}\\b`, 'iu'), read: latinNumber, label: (p) => `Chapter ${p}`, opens: 'chapter', rank: 20 },
  { id: 'en-section', pattern: /^(?:Section|Sec\.)\s*(\d{1,3})\b/iu, read: Number, label: (p, m) => `${/^sec\./iu.test(m[0]) ? 'Sec.' : 'Section'} ${p}`, opens: 'section', rank: 30 },
  { id: 'en-title', pattern: new RegExp(`^${spaced('Title')}${LATIN_NUMBER}\\b`, 'iu'), read: latinNumber, label: (p) => `Title ${p}`, opens: 'title', rank: 40 },
  // `Article 5`, and `Article IV` (constitutions, the articles of agreement of international organisations).
  { id: 'en-article', pattern: /^(?:Article|ARTICLE|article)\s*((?:\d{1,3}|[IVXLC]{1,7})(?![\p{L}\p{N}]))/u, read: latinNumber, label: (p) => `Article ${p}`, opens: 'article', rank: 50 },
  {
    id: 'en-annex',
    // `Exhibit A`, `Schedule 2`: what contracts and licences call their annexes; in capitals too (`EXHIBIT A`).
    pattern: /^(?:Annex|ANNEX|Appendix|APPENDIX|Exhibit|EXHIBIT|Schedule|SCHEDULE)(?:(?:\s*(?=\d)|\s+)([IVXLC]{1,5}|[A-Z]|\d{1,2}))?\b/u,
    read: (p) => (p === '' ? 1 : (latinNumber(p) ?? letterValue(p))),
    label: (p, m) => `${/^[A-Za-z]+/u.exec(m[0])![0]}${p ? ` ${p}` : ''}`,
    opens: 'annex',
    rank: 5,
  },
];

/**
 * The depth of a decimal label: `2.1` is 2, `2.1.3` is 3; `2.0` is 1, since a label ending in `.0` numbers the level
 * above its `2.1`, `2.2` (`2.0 What this License covers` ⏎ `2.1 Legal effect`, `1.0 Framework Introduction` ⏎ `1.1
 * Overview`).
 */
export function decimalDepth(label: string): number {
  return /^\d+[.．]0$/u.test(label) ? 1 : label.split(/[.．]/u).length;
}

/** The number of a decimal label: its last part (`2.1` is 1), or its first for a label of depth 1 (`2.0` is 2). */
function decimalNumber(label: string): number {
  const parts = label.split(/[.．]/u);
  return Number(decimalDepth(label) === 1 ? parts[0] : parts.at(-1));
}

/** Schemes without words: their rank comes from the document. */
const generic: Scheme[] = [
  { id: 'cjk-enum', pattern: new RegExp(`^(${cjkNumeral}{1,3})、`, 'u'), read: chineseNumber, label: (p) => p, opens: 'numbered' },
  { id: 'cjk-paren', pattern: new RegExp(`^[（(](${cjkNumeral}{1,3})[）)]`, 'u'), read: chineseNumber, label: (p) => `(${p})`, opens: 'numbered' },
  { id: 'roman-dot', pattern: /^([IVXLC]{1,6})[.．](?=\s)/u, read: romanUpper, label: (p) => p, opens: 'numbered' },
  { id: 'decimal', pattern: /^(\d{1,2}(?:[.．]\d{1,2}){1,3})[.．]?(?=[\s\p{Script=Han}]|$)/u, read: decimalNumber, label: (p) => p, opens: 'numbered' },
  // An appendix's own decimal numbering under its letter (`A.1. Discussion`, `B.2.3 Details`; `A.0.` numbers a section
  // too, not the level above): the letter's sections.
  { id: 'letter-decimal', pattern: /^([A-Z][.．]\d{1,2}(?:[.．]\d{1,2}){0,2})[.．]?(?=\s|$)/u, read: (p) => Number(p.split(/[.．]/u).at(-1)), label: (p) => p, opens: 'numbered' },
  { id: 'arabic-dot', pattern: /^(\d{1,2})(?:[.．](?!\d)|、)/u, read: Number, label: (p) => p, opens: 'numbered' },
  // A bare number, a space and a short Chinese title that is the whole line (`1 背景`, `0 引 言`, with plain or ideographic spaces, as Chinese
  // journals number a paper's parts): never a sentence (`3 个月内完成。`) nor Latin text (`5 countries signed`).
  { id: 'arabic-space-title', pattern: /^(\d{1,2})[ \u3000]+(?=\p{Script=Han}[^。！？；，,.!?;]{0,20}$)/u, read: Number, label: (p) => p, opens: 'numbered' },
  { id: 'arabic-paren', pattern: /^[（(](\d{1,2})[）)]/u, read: Number, label: (p) => `(${p})`, opens: 'numbered' },
  { id: 'upper-dot', pattern: /^([A-Z])\.(?=\s)/u, read: letterValue, label: (p) => p, opens: 'numbered' },
  { id: 'roman-paren', pattern: /^\(([ivxlc]{1,6})\)(?=\s)/u, read: romanUpper, label: (p) => `(${p})`, opens: 'item' },
  { id: 'latin-paren', pattern: /^\(([a-z]{1,2})\)(?=\s)/u, read: letterValue, label: (p) => `(${p})`, opens: 'item' },
  { id: 'upper-paren', pattern: /^\(([A-Z])\)(?=\s)/u, read: letterValue, label: (p) => `(${p})`, opens: 'item' },
  { id: 'latin-close', pattern: /^([a-z])\)(?=\s)/u, read: letterValue, label: (p) => `${p})`, opens: 'item' },
  { id: 'latin-dot', pattern: /^([a-z])\.(?=\s)/u, read: letterValue, label: (p) => `${p}.`, opens: 'item' },
  // A doubled dash opens an item whatever follows it (`——Governments should …` in the English half of a bilingual
  // text, `——坚持…`); a single mark needs a space or a Chinese character after it (`-1 degrees` is no item).
  { id: 'dash', pattern: /^(——(?!—)|[-•·▪●◦‣*](?=\s|\p{Script=Han}))/u, read: () => 0, label: (p) => p, opens: 'item' },
];

/** Every scheme, worded first, in the order they are tried. */
export const schemes: readonly Scheme[] = [...worded, ...generic];

export interface SchemeMatch {
  scheme: Scheme;
  number: number;
  label: string;
  /** Length of the marker as printed (without the whitespace after it). */
  length: number;
}

/** Every reading of the numbering a text starts with, in table order (`C.` is roman 100 or the letter C). */
export function matchSchemes(text: string): SchemeMatch[] {
  const out: SchemeMatch[] = [];
  for (const scheme of schemes) {
    const match = scheme.pattern.exec(text);
    if (!match) continue;
    const printed = match[1] ?? '';
    const number = scheme.read(printed);
    if (number === undefined || Number.isNaN(number)) continue;
    out.push({ scheme, number, label: scheme.label(printed, match).replace(/\s+/gu, ' '), length: match[0].length });
  }
  return out;
}

/** The numbering a text starts with, if any: the first reading (`(i)` is read as roman, not as the letter i). */
export function matchScheme(text: string): SchemeMatch | undefined {
  return matchSchemes(text)[0];
}

/**
 * Among the readings of an ambiguous marker, the one that continues the
 * numbering seen so far (`C.` after `B.` is the letter; `III.` after `II.` the
 * numeral); the first reading otherwise.
 */
export function continuing(readings: readonly SchemeMatch[], last: ReadonlyMap<string, number>): SchemeMatch | undefined {
  return readings.find((r) => last.get(r.scheme.id) === r.number - 1) ?? readings.find((r) => r.number === 1) ?? readings[0];
}
