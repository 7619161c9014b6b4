/**
 * Metadata read from a source text, for the stub that `import` writes: title,
 * date, kind, languages, issuer and format, each with a note saying where it
 * was found, so a reviewer can check it quickly. Pure: text in, object out.
 *
 * General rules only (no rule knows a particular document): YAML front matter,
 * a standalone title line (a `#` heading or a bold-only paragraph), adoption and
 * signature lines, `DONE at …` clauses, a declared kind-word table.
 */
import { parse as parseYaml } from 'yaml';
import type { DocumentKind } from '../../generated/types/index.js';
import { languageOf, scriptCounts } from '../text/script.js';
import { withLineFeeds } from '../text/breaks.js';
import {
  adoptionVerbsZh,
  enactingClauses,
  kindRules,
  bindingEvidence,
  bindingKinds,
  statementWord,
  numberedTitleLine,
  organisationZh,
  partyClauses,
  splitParties,
  republisherPrefix,
  republisherSuffix,
  sideNotSelf,
  sideVoice,
  titleWordsEn,
  titleWordsZh,
  trailingQualifier,
} from './tables.js';
import { monthNumber, monthPattern } from '../text/numerals.js';
import { cjkNumeral, cjkNumeralOrDigit } from '../text/numerals.js';

/** A line that opens with numbering: a worded scheme, a Chinese, roman, decimal or letter marker, or a scheme word. */
const numberedLine = new RegExp(
  String.raw`^(?:第${cjkNumeralOrDigit}+(?:[编編章节節条條]|部分)|${cjkNumeral}+、|[（(]${cjkNumeral}+[）)]|[IVX]+\.|\d+[.、．]|[A-H]\.|Article\b|Chapter\b|Section\b|Sec\.)`,
  'iu',
);

/** An adoption line's meeting (`…日第十四届…第二次会议`): the body that adopted the text is group 1. */
const adoptingMeeting = new RegExp(String.raw`日\s*(?:第${cjkNumeralOrDigit}+届)?(.+?)(?:\d{4}年)?第${cjkNumeralOrDigit}+次(?:全体|常务)?会议`, 'u');

type Language = 'en' | 'zh';
type DateBasis = 'stated' | 'inferred' | 'published';

interface InferredTitle {
  en?: string;
  zh?: string;
}

interface InferredDate {
  value: string;
  basis: DateBasis;
  note: string;
}

interface InferredMetadata {
  title: InferredTitle;
  date?: InferredDate;
  kind: DocumentKind;
  languages: Language[];
  issuer?: InferredTitle[];
  /** How the text names its own side when it commits (`中方将…`), for review. */
  voice?: string[];
  format: 'markdown' | 'text';
  /** Where this copy came from, when its front matter says (`source`, `source_url` / `url`). */
  origin?: { publisher: string; url?: string };
  /** Where each field was found (or why it was not). */
  notes: { title: string; kind: string; languages: string; issuer: string; voice: string; format: string };
}

/** A line of the text, 1-based `line`, with its raw and cleaned forms. */
interface Line {
  readonly line: number;
  readonly raw: string;
  readonly clean: string;
}

/** Remove Markdown/HTML markup from a line and fold its whitespace. */
export function cleanMarkup(text: string): string {
  return foldSpaces(
    text
      .replace(/<!--[\s\S]*?-->/gu, ' ')
      .replace(/<[^>\n]*>/gu, ' ')
      .replace(/!\[[^\]]*\]\([^)]*\)/gu, ' ')
      .replace(/\[([^\]]*)\]\([^)]*\)/gu, '$1')
      .replace(/^\s{0,3}#{1,6}(?=\s|[^#\s])/u, '')
      .replace(/\s#+\s*$/u, '')
      .replace(/\*\*|__/gu, '')
      .replace(/\\(?=[\p{P}\p{S}])/gu, '')
      .replace(/\\$/u, ''),
  );
}

/** Fold whitespace (including no-break spaces): runs become one space; none between two CJK characters. */
function foldSpaces(text: string): string {
  return text
    .replace(/[\s\u00a0\u3000]+/gu, ' ')
    .replace(/([\p{Script=Han}\u3000-\u303f\uff00-\uffef—])\s+(?=[\p{Script=Han}\u3000-\u303f\uff00-\uffef—])/gu, '$1')
    .trim();
}

/** Letters, digits and CJK only, lower-cased: for comparing titles. */
export function normTitle(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Split YAML front matter (`---` … `---` or `...` at the very start) from the body. */
export function splitFrontMatter(text: string): { data?: Record<string, unknown>; bodyStart: number; bodyLine: number; present: boolean } {
  const m = /^\ufeff?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/u.exec(text);
  if (!m) return { bodyStart: 0, bodyLine: 1, present: false };
  const bodyLine = 1 + (m[0].match(/\n/gu)?.length ?? 0);
  try {
    const data: unknown = parseYaml(m[1]!);
    if (data && typeof data === 'object' && !Array.isArray(data)) return { data: data as Record<string, unknown>, bodyStart: m[0].length, bodyLine, present: true };
  } catch {
    // malformed YAML: ignored, the block is still not the document
  }
  return { bodyStart: m[0].length, bodyLine, present: true };
}

// ---------------------------------------------------------------- kind

/** Kind from a title's words (the declared `kindRules`, first match wins). */
export function kindOfTitle(title: string): { kind: DocumentKind; word?: string } {
  const t = foldSpaces(title).replace(trailingQualifier, '');
  for (const rule of kindRules) {
    const m = rule.pattern.exec(t);
    if (m) return { kind: rule.kind, word: m[0] };
  }
  return { kind: 'other' };
}

/**
 * Kind from what the text does, not from its title alone: the title's kind
 * word (`kindOfTitle`), kept for a binding kind only when the text shows
 * `bindingEvidence` (articles, self-reference, an enacting formula); a
 * statement whose opening words name two or more parties is a joint statement.
 * What the rules cannot tell stays `other`, with a note asking to set it.
 */
export function kindOf(title: string | undefined, body: string, parties: number): { kind: DocumentKind; note: string } {
  const byTitle = title ? kindOfTitle(title) : { kind: 'other' as DocumentKind };
  if (bindingKinds.has(byTitle.kind)) {
    const evidence = bindingEvidence.find((e) => e.pattern.test(body));
    if (evidence) return { kind: byTitle.kind, note: `from the word "${byTitle.word}" in the title and the text's ${evidence.name}` };
    return { kind: 'other', note: `the title says "${byTitle.word}", but the text has no articles, no self-reference and no enacting formula of a ${byTitle.kind}: set it` };
  }
  if (byTitle.kind === 'other' && title && parties >= 2 && statementWord.test(foldSpaces(title))) {
    return { kind: 'joint-statement', note: `a statement whose opening words name ${parties} parties` };
  }
  return { kind: byTitle.kind, note: byTitle.word ? `from the word "${byTitle.word}" in the title` : 'no kind word in the title: set it' };
}

/** Whether a line reads like a document's own title: it ends with (zh) or contains (en) a document-kind word. */
export function looksLikeTitle(text: string): boolean {
  const t = text.replace(trailingQualifier, '').replace(/[。.!！]$/u, '');
  if (t.length < 4 || t.length > 160) return false;
  if (numberedLine.test(t)) return false;
  return languageOf(t) === 'zh' ? titleWordsZh.test(t) : titleWordsEn.test(t) && /^[\p{Lu}\d“"‘']/u.test(t);
}

// ---------------------------------------------------------------- lines

function linesOf(text: string): Line[] {
  return text.split(/\r\n|\r|\n/u).map((raw, i) => ({ line: i + 1, raw, clean: cleanMarkup(raw) }));
}

/** Standalone title candidates: `#` headings and bold-only paragraphs (joined when they span lines), with the line they start at. */
function titleCandidates(lines: readonly Line[], from: number): Array<{ line: number; text: string; how: 'heading' | 'bold'; depth?: number }> {
  const out: Array<{ line: number; text: string; how: 'heading' | 'bold'; depth?: number }> = [];
  let i = from;
  while (i < lines.length) {
    const l = lines[i]!;
    const atx = /^\s{0,3}(#{1,6})(?:\s|[^#\s])/u.exec(l.raw);
    if (atx && l.clean) {
      out.push({ line: l.line, text: l.clean, how: 'heading', depth: atx[1]!.length });
      i++;
      continue;
    }
    // An underlined heading: a line underlined, about as long, with `===` or `***` (depth 1), `---`, `~~~` or `^^^`
    // (depth 2), as Markdown (setext) and reStructuredText print them.
    const under = /^\s{0,3}(={3,}|-{3,}|\*{3,}|~{3,}|\^{3,})\s*$/u.exec(lines[i + 1]?.raw ?? '');
    if (under && l.clean && l.raw.trim() !== '' && (lines[i - 1]?.raw.trim() ?? '') === '' && under[1]!.length >= l.raw.trim().length * 0.8) {
      out.push({ line: l.line, text: l.clean, how: 'heading', depth: /^[=*]/u.test(under[1]!) ? 1 : 2 });
      i += 2;
      continue;
    }
    if (l.raw.trim() === '') {
      i++;
      continue;
    }
    // a paragraph: up to the next blank line
    let j = i;
    while (j < lines.length && lines[j]!.raw.trim() !== '') j++;
    const para = lines
      .slice(i, j)
      .map((x) => x.raw)
      .join('\n')
      .replace(/\u00a0/gu, ' ')
      .trim();
    if (/^(?:\*\*(?:[^*]|\*(?!\*))+?\*\*[\s]*)+$/u.test(para) && cleanMarkup(para)) out.push({ line: l.line, text: cleanMarkup(para.replace(/\n/gu, ' ')), how: 'bold' });
    i = j;
  }
  return out;
}

/** Join a title line with a following standalone qualifier line (`（征求意见稿）`, `(Draft)`). */
function withQualifier(cands: ReturnType<typeof titleCandidates>, index: number): string {
  const here = cands[index]!;
  const next = cands[index + 1];
  if (next && next.line - here.line <= 3 && /^[（(][^（）()]{1,20}[）)]$/u.test(next.text)) return `${here.text}${next.text}`;
  return here.text;
}

// ---------------------------------------------------------------- title

/** Strip a republisher's prefix (`通知 | `) and suffix (`（附全文）`) from a headline. */
export function stripRepublisher(headline: string): string {
  return foldSpaces(headline).replace(republisherPrefix, '').replace(republisherSuffix, '').trim();
}

/** Titles quoted in 《…》 inside a headline (the outer ones). */
export function quotedTitles(headline: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < headline.length; i++) {
    const c = headline[i];
    if (c === '《') {
      if (depth === 0) start = i + 1;
      depth++;
    } else if (c === '》' && depth > 0) {
      depth--;
      if (depth === 0) out.push(headline.slice(start, i));
    }
  }
  return out;
}

interface TitleFound {
  text: string;
  note: string;
}

function findTitle(lines: readonly Line[], bodyIndex: number, yamlTitle: string | undefined): TitleFound | undefined {
  const cands = titleCandidates(lines, bodyIndex);
  const headingHeadline = cands.find((c) => c.how === 'heading');
  const headline = yamlTitle ?? headingHeadline?.text;
  const headlineSource = yamlTitle ? 'the YAML front matter title' : `the heading at line ${headingHeadline?.line}`;
  if (headline) {
    const quoted = quotedTitles(headline)
      .map(normTitle)
      .filter((q) => q.length >= 4);
    const h = normTitle(headline);
    // 1. a standalone line of the body that is the title quoted in 《…》 in the headline
    for (const [i, c] of cands.entries()) {
      const text = withQualifier(cands, i);
      if (quoted.includes(normTitle(text)) && normTitle(text) !== h)
        return { text, note: `from the ${c.how === 'bold' ? 'bold title line' : 'heading'} at line ${c.line}, the title quoted in 《》 in ${headlineSource}` };
    }
    // 2. a standalone line that reads like a title and is the headline without a republisher's words
    for (const [i, c] of cands.entries()) {
      const text = withQualifier(cands, i);
      const n = normTitle(text);
      if (n !== h && n.length >= 4 && h.includes(n) && looksLikeTitle(text))
        return { text, note: `from the ${c.how === 'bold' ? 'bold title line' : 'heading'} at line ${c.line} (${headlineSource} adds a republisher's words)` };
    }
    if (yamlTitle) {
      const stripped = stripRepublisher(yamlTitle);
      return { text: stripped, note: stripped === foldSpaces(yamlTitle) ? 'from the YAML front matter title' : "from the YAML front matter title, without the republisher's prefix or suffix" };
    }
  }
  // 3. no front matter title: the document's one top-level heading, first of all (`# Example Project Governance`
  // over `## Agreement`); else the leading headings / bold lines: the first that reads like a title, else the first.
  // Only where it opens the text: under a note and a title line of plain text (`What is Example Linux?` ⏎ `====`) it is
  // a section's.
  const top = cands.filter((c) => c.depth === 1);
  const only = top.length === 1 ? top[0] : undefined;
  const firstLine = lines.slice(bodyIndex).find((l) => l.clean !== '')?.line;
  if (only !== undefined && only === cands[0] && only.line === firstLine) return { text: stripRepublisher(only.text), note: `from the one top-level heading, at line ${only.line}` };
  const leading = cands.filter((c) => c.line <= (cands[0]?.line ?? 0) + 40).slice(0, 6);
  // Not a sentence that happens to hold a kind word (`**Please do not report issues in public.**`: a report).
  const titled = leading.findIndex((c) => {
    const text = withQualifier(cands, cands.indexOf(c));
    return looksLikeTitle(text) && !(/[.!?。！？]$/u.test(text) && text.split(/\s+/u).length > 6);
  });
  if (titled >= 0) {
    const c = leading[titled]!;
    return {
      text: stripRepublisher(withQualifier(cands, cands.indexOf(c))),
      note: `from the ${c.how === 'bold' ? 'bold title line' : 'heading'} at line ${c.line}${titled > 0 ? ' (the first leading title line naming a kind of document)' : ''}`,
    };
  }
  // A standalone line among the first that names a kind of document (`The Example Manifesto`, under a note): a blank
  // or markup line before and after it (not a line of a wrapped sentence), no sentence's end (`Version 1.2 ratified on …`).
  const blankAt = (i: number) => i < bodyIndex || i >= lines.length || lines[i]!.clean === '' || /^[*=_~#-]{3,}$/u.test(lines[i]!.raw.trim());
  const named = lines.slice(bodyIndex, bodyIndex + 20).find((l) => l.clean.length <= 120 && !/[.;:,]$/u.test(l.clean) && looksLikeTitle(l.clean) && blankAt(l.line - 2) && blankAt(l.line));
  // The first heading, unless such a line comes before it (`The Example Manifesto` over `What is Example Linux?` ⏎ `===`).
  if (leading[0] && !(named && named.line < leading[0].line))
    return { text: stripRepublisher(leading[0].text), note: `from the first ${leading[0].how === 'bold' ? 'bold line' : 'heading'}, at line ${leading[0].line}` };
  // 4. plain text: a resolution's numbered title line among the first lines (`73/27. Developments in …`), else the
  // first non-empty line that is not markup
  const numbered = lines
    .slice(bodyIndex, bodyIndex + 15)
    .map((l) => ({ l, m: numberedTitleLine.exec(l.clean) }))
    .find((x) => x.m !== null);
  if (numbered) return { text: numbered.m![1]!, note: `from the numbered title line at line ${numbered.l.line}, without its number` };
  if (named) return { text: stripRepublisher(named.clean), note: `the first line naming a kind of document, among the first lines of text (line ${named.line})` };
  const first = lines.slice(bodyIndex).find((l) => l.clean && l.clean.length <= 200);
  if (first) return { text: stripRepublisher(first.clean), note: `the first line of text (line ${first.line})` };
  return undefined;
}

// ---------------------------------------------------------------- dates

const monthRe = monthPattern;
const pad = (n: string | number) => String(n).padStart(2, '0');

/** The era of the Republic of China's calendar, as dates in Taiwan print it (`中華民國`, `民國`). */
const rocEra = '(?:中華民國|中华民国|民國|民国)';

/** The start of an adoption line: a year, of the Gregorian or the Republic of China's calendar, and 年. */
const adoptionLineStart = new RegExp(String.raw`^[（(]?\s*(?:(?:19|20)\d{2}|${rocEra}\s*\d{2,3})\s*年`, 'u');

function isoDate(year: string, month: number, day?: string): string | undefined {
  if (month < 1 || month > 12) return undefined;
  if (day !== undefined && (Number(day) < 1 || Number(day) > 31)) return undefined;
  return `${year}-${pad(month)}${day !== undefined ? `-${pad(day)}` : ''}`;
}

/** A full date written in a string: `2021年6月10日`, `May 12, 2021`, `23rd day of November 2001`, `12 March 2024`, `2021-06-10`. */
export function dateIn(text: string): { value: string; index: number; length: number } | undefined {
  const patterns: Array<[RegExp, (m: RegExpExecArray) => string | undefined]> = [
    [/((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/u, (m) => isoDate(m[1]!, Number(m[2]), m[3])],
    // The Republic of China's calendar (Taiwan): year 1 is 1912 (`中華民國104年7月27日` is 2015-07-27).
    [new RegExp(`${rocEra}\\s*(\\d{2,3})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日`, 'u'), (m) => isoDate(String(Number(m[1]) + 1911), Number(m[2]), m[3])],
    [new RegExp(`\\b(${monthRe})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b`, 'iu'), (m) => isoDate(m[3]!, monthNumber(m[1]!)!, m[2])],
    [new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:day\\s+)?(?:of\\s+)?(${monthRe}),?\\s+((?:19|20)\\d{2})\\b`, 'iu'), (m) => isoDate(m[3]!, monthNumber(m[2]!)!, m[1])],
    [/\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/u, (m) => isoDate(m[1]!, Number(m[2]), m[3])],
  ];
  let best: { value: string; index: number; length: number } | undefined;
  for (const [re, conv] of patterns) {
    const m = re.exec(text);
    const value = m && conv(m);
    if (m && value && (!best || m.index < best.index)) best = { value, index: m.index, length: m[0].length };
  }
  return best;
}

/** A date found near the top of a text: `2017-03-01`, `2017年3月1日`, `November 7, 2022`, `(November 2022)`, or a year. */
export function findDate(text: string): string | undefined {
  const head = text.slice(0, 3000);
  let m = /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/u.exec(head);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  m = /((?:19|20)\d{2})年(\d{1,2})月(?:(\d{1,2})日)?/u.exec(head);
  if (m) return m[3] ? `${m[1]}-${pad(m[2]!)}-${pad(m[3])}` : `${m[1]}-${pad(m[2]!)}`;
  m = new RegExp(`${rocEra}\\s*(\\d{2,3})\\s*年\\s*(\\d{1,2})\\s*月(?:\\s*(\\d{1,2})\\s*日)?`, 'u').exec(head);
  if (m) return `${Number(m[1]) + 1911}-${pad(m[2]!)}${m[3] ? `-${pad(m[3])}` : ''}`;
  m = new RegExp(`\\b(\\d{1,2})\\s+(${monthRe})\\s+((?:19|20)\\d{2})\\b`, 'iu').exec(head);
  if (m) return `${m[3]}-${pad(monthNumber(m[2]!)!)}-${pad(m[1]!)}`;
  m = new RegExp(`\\b(${monthRe})\\s+(?:(\\d{1,2}),\\s+)?((?:19|20)\\d{2})\\b`, 'iu').exec(head);
  if (m) return `${m[3]}-${pad(monthNumber(m[1]!)!)}${m[2] ? `-${pad(m[2])}` : ''}`;
  m = /\b((?:19|20)\d{2})\b/u.exec(head);
  return m?.[1];
}

/** Whether a cleaned line is only a date, possibly with a place, in parentheses or followed by a full stop: `2022年11月25日`, `（2030年1月1日，某城）`, `May 12, 2021.`. */
function isDateLine(clean: string): string | undefined {
  if (clean.length > 40) return undefined;
  const d = dateIn(clean);
  if (!d) return undefined;
  const rest = (clean.slice(0, d.index) + clean.slice(d.index + d.length)).replace(/^[\s（(]+|[\s）).。]+$/gu, '');
  // A date alone, with a place (`（2030年1月1日，某城）`, `Paris, 12 November 2018`), or with the version it dates
  // (`Version 3, 29 June 2007`).
  if (rest === '' || /^[,，、]\s*[\p{L}\s]{1,20}$|^[\p{L}\s]{1,20}[,，]$|^(?:version|v\.?)\s*\d+(?:\.\d+)*,?$/iu.test(rest)) return d.value;
  return undefined;
}

/** A byline among the first lines of the body: a short line of a name and a publication date-time (`某协会 2024-11-20 04:21`), or a `Published …` line. */
function bylineDate(lines: readonly Line[], from: number): { value: string; line: number } | undefined {
  for (const l of lines
    .slice(from)
    .filter((x) => x.clean !== '')
    .slice(0, 4)) {
    const m = /^(?:[^\d\n]{2,40}\s+)?((?:19|20)\d{2}-\d{2}-\d{2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/u.exec(l.clean);
    if (m) return { value: m[1]!, line: l.line };
    // `Published 12 March 2024`, `发布时间：2024年1月2日`
    const p = /^(?:Published|Publication date|发布(?:时间|日期))[:：]?\s*(.{6,30})$/iu.exec(l.clean);
    const d = p && dateIn(p[1]!);
    if (d && d.index === 0) return { value: d.value, line: l.line };
  }
  return undefined;
}

interface StatedDate {
  value: string;
  note: string;
  line: number;
}

/** An instrument named in the words before a verb (`the WIPO copyright treaty`), not `this` or `the present` one. */
const otherInstrumentBefore =
  /(?<!\b(?:this|the present)\s+(?:[\p{L}-]+\s+){0,2})\b(?:treaty|convention|covenant|resolution|protocol|charter|agreement|act|law|regulation|directive|decision)\s+(?:[\p{L}\p{N}-]+\s+){0,3}$/iu;

/** Dates the document states as its own: adoption lines, `DONE at …`, signature / place-and-date lines. */
function statedDate(lines: readonly Line[], from: number): StatedDate | undefined {
  // Chinese adoption / promulgation line: short, holds a full date, ends with 通过/公布/…
  for (const l of lines.slice(from)) {
    const c = l.clean;
    if (c.length <= 160 && adoptionVerbsZh.test(c) && adoptionLineStart.test(c)) {
      const d = dateIn(c);
      if (d) return { value: d.value, note: `from the adoption line at line ${l.line}`, line: l.line };
    }
  }
  // DONE at <place>, this 23rd day of November 2001
  for (const l of lines.slice(from)) {
    const m = /\bDone at [^,\n]{1,40},?\s+(?:on\s+)?(?:this|the)?\s*([^,.;\n]{6,40}\d{4})/iu.exec(l.clean);
    const d = m && dateIn(m[1]!);
    if (d) return { value: d.value, note: `from the "Done at" clause at line ${l.line}`, line: l.line };
  }
  // an event line: `the speech delivered … on May 3, 2021`, `signed in Paris on 12 November 2018`
  for (const l of lines.slice(from)) {
    const m = /\b(?:delivered|signed|adopted|approved|issued|promulgated|endorsed|ratified)\b[^;\n]{0,160}?\bon\s+([^;\n]{6,30}?\d{4})/iu.exec(l.clean);
    // Another instrument's date, cited in the text (`… under article 11 of the WIPO copyright treaty adopted on 20
    // December 1996`), is not the document's: an instrument named right before the verb, other than `this` one.
    if (m && otherInstrumentBefore.test(l.clean.slice(0, m.index))) continue;
    const d = m && dateIn(m[1]!);
    if (d)
      return {
        value: d.value,
        note: `from the line saying when it was ${/\b(delivered|signed|adopted|approved|issued|promulgated|endorsed|ratified)\b/iu.exec(m[0])![1]!.toLowerCase()}, at line ${l.line}`,
        line: l.line,
      };
  }
  // a standalone date line (signature block, or a place-and-date line under the title)
  for (const l of lines.slice(from)) {
    const d = isDateLine(l.clean);
    if (d) return { value: d, note: `from the date line at line ${l.line}`, line: l.line };
  }
  return undefined;
}

/**
 * The date a text says it takes effect (`本办法自2030年1月1日起施行`, `This order shall take effect on May 1, 2030`):
 * not the document's own date (adoption comes first), only the closest the text gives when it states no other.
 */
function inForceDate(lines: readonly Line[], from: number): StatedDate | undefined {
  for (const l of lines.slice(from)) {
    const m = /自\s*((?:19|20)\d{2}\s*年[^起]{1,12}日)\s*起\s*(?:施行|生效|实施)|\b(?:enters? into force|takes? effect|becomes? effective|is effective)\s+(?:on\s+)?([^;.\n]{6,30}?\d{4})/iu.exec(
      l.clean,
    );
    const d = m && dateIn(m[1] ?? m[2]!);
    if (d)
      return { value: d.value, note: `the only date found is the one the text takes effect, at line ${l.line}: the document's own date (its adoption or signature) comes before it`, line: l.line };
  }
  return undefined;
}

function yamlDate(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'number' && value >= 1900 && value < 2100) return String(value);
  if (typeof value !== 'string') return undefined;
  const m = /^((?:19|20)\d{2})(?:-(\d{2})(?:-(\d{2}))?)?/u.exec(value.trim());
  if (!m) return dateIn(value)?.value;
  return isoDate(m[1]!, Number(m[2] ?? 1), m[3])?.slice(0, m[3] ? 10 : m[2] ? 7 : 4);
}

// ---------------------------------------------------------------- voice

/** The words by which the text names its own side when it commits (`sideVoice`), most frequent first. */
export function findVoice(body: string): { voice?: string[]; note: string } {
  const counts = new Map<string, number>();
  for (const m of body.matchAll(sideVoice)) {
    const side = m[1]!;
    if (sideNotSelf.has(side[0]!)) continue;
    counts.set(side, (counts.get(side) ?? 0) + 1);
  }
  if (counts.size === 0) return { note: 'the names by which the text speaks of itself when it commits (e.g. China, 中方, the United States), besides its issuer and we/我们/我国' };
  const voice = [...counts].sort((a, b) => b[1] - a[1]).map(([side]) => side);
  return { voice, note: `subjects of commitments in the text (${voice.map((v) => `${v}将/愿…`).join(', ')}): keep those that are the text's own side` };
}

// ---------------------------------------------------------------- issuer

function findIssuer(lines: readonly Line[], from: number, body: string): { issuer?: InferredTitle[]; note: string } {
  // Chinese adoption line: `… 第十三届某某委员会第五次会议通过`
  for (const l of lines.slice(from)) {
    const c = l.clean;
    if (c.length > 160 || !adoptionVerbsZh.test(c) || !adoptionLineStart.test(c)) continue;
    const m = adoptingMeeting.exec(c);
    if (m && m[1]!.length >= 2) return { issuer: [{ zh: m[1]! }], note: `from the adoption line at line ${l.line}` };
  }
  // An order block: organisation lines, then a line `令` (`**某某部**` … `**令**`)
  for (const [i, l] of lines.entries()) {
    if (i < from || l.clean !== '令') continue;
    const orgs: string[] = [];
    let first = l.line;
    for (let j = i - 1; j >= from && orgs.length < 8; j--) {
      const c = lines[j]!.clean;
      if (c === '') continue;
      if (c.length > 30 || !organisationZh.test(c) || languageOf(c) !== 'zh') break;
      orgs.unshift(c);
      first = lines[j]!.line;
    }
    if (orgs.length) return { issuer: orgs.map((zh) => ({ zh })), note: `from the order block at line ${first}` };
  }
  // A signature: an organisation line just before a standalone date line
  for (const [i, l] of lines.entries()) {
    if (i < from || !isDateLine(l.clean)) continue;
    let j = i - 1;
    while (j >= from && lines[j]!.clean === '') j--;
    const c = j >= from ? lines[j]!.clean : '';
    if (c.length >= 3 && c.length <= 30 && organisationZh.test(c) && languageOf(c) === 'zh') return { issuer: [{ zh: c }], note: `from the signature line at line ${lines[j]!.line}` };
  }
  // An enacting clause naming the office
  for (const rule of enactingClauses) {
    const m = rule.pattern.exec(foldSpaces(body.slice(0, 5000)));
    if (m) return { issuer: [{ en: rule.issuer(m) }], note: 'from the enacting clause' };
  }
  // Opening words naming the parties of a joint text (line-anchored patterns see lines, the others folded text)
  const head = body
    .slice(0, 4000)
    .split(/\r\n|\r|\n/u)
    .map(cleanMarkup)
    .join('\n');
  for (const clause of partyClauses) {
    const m = clause.pattern.exec(clause.pattern.source.startsWith('^') ? head : foldSpaces(head));
    const parties = m ? splitParties(m[1]!) : [];
    if (parties.length) return { issuer: parties.map((p) => (languageOf(p) === 'zh' ? { zh: p } : { en: p })), note: 'from the opening words naming the parties' };
  }
  return { note: 'not stated clearly in the text: set it' };
}

// ---------------------------------------------------------------- languages and format

/** The text a reader reads: without front matter, image and link addresses, HTML tags and bare URLs. */
function readableText(body: string): string {
  return body
    .replace(/<!--[\s\S]*?-->/gu, ' ')
    .replace(/<[^>\n]*>/gu, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/gu, ' ')
    .replace(/\]\([^)]*\)/gu, ']')
    .replace(/\b(?:https?:\/\/|www\.)\S+/gu, ' ')
    .replace(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu, ' ');
}

/** Languages present in a text (a few dozen letters of a script, and at least 2% of its letters), in order of first appearance. */
export function languagesOf(text: string): Language[] {
  const { han, latin } = scriptCounts(text);
  const total = han + latin;
  const present: Array<[Language, number]> = [];
  if (han >= 20 && han >= total * 0.02) present.push(['zh', text.search(/\p{Script=Han}/u)]);
  if (latin >= 60 && latin >= total * 0.02 * 3) present.push(['en', text.search(/\p{Script=Latin}/u)]);
  return present.sort((a, b) => a[1] - b[1]).map(([l]) => l);
}

/** Markdown structure: front matter, ATX and setext headings (also `##Title`), bold-only paragraphs, `-   ` bullets, HTML comments. */
export function formatOf(source: string, frontMatter: boolean): { format: 'markdown' | 'text'; note: string } {
  const text = withLineFeeds(source);
  if (frontMatter) return { format: 'markdown', note: 'the text has YAML front matter' };
  // [pattern, what it is, the fewest lines that must show it (1 unless said)]
  const signs: Array<[RegExp, string, number?]> = [
    [/^\s{0,3}#{1,6}(?:[ \t]+|(?=[^#\s]))\S/mu, 'ATX headings'],
    [/(?:^|\n[ \t]*\n)[ \t]*\*\*[^*\n][^\n]*\*\*[ \t]*(?:\n[ \t]*\n|\n?$)/u, 'bold-only paragraphs'],
    // Two bold-only lines, with or without blank lines around them (a page's headings over paragraphs with no blank line between).
    [/^[ \t]*\*\*[^*\n]+\*\*[ \t]*$(?:[\s\S]*?)^[ \t]*\*\*[^*\n]+\*\*[ \t]*$/mu, 'bold-only lines'],
    [/^-[ \t]{3}\S/mu, 'pandoc bullets (`-   `)'],
    [/^[ \t]{0,3}\S[^\n]*\n[ \t]{0,3}(?:={3,}|-{3,})[ \t]*$/mu, 'setext headings (a line underlined with `===` or `---`)'],
    [/<!--[\s\S]*?-->/u, 'HTML comments'],
    // Not Markdown, but read by the same front-end, which knows laws' chapters and articles.
    [
      new RegExp(String.raw`^[ \t\u3000]*(?:第${cjkNumeralOrDigit}+[章条條]|(?:Article|ARTICLE|CHAPTER|Chapter)[ \t]+[\dIVXLC]+|(?:Sec\.|Section|SECTION)[ \t]+\d+\.)(?:[ \t\u3000\u00a0]|$)`, 'mu'),
      'chapters, articles or sections (read by the Markdown front-end)',
      // Two or more lines, a structure: not a reference a wrapped line happens to open with (`…as set out in` ⏎
      // `Section 7. You must …`).
      2,
    ],
  ];
  const found = signs.filter(([re, , least = 1]) => (least === 1 ? re.test(text) : (text.match(new RegExp(re.source, 'gmu'))?.length ?? 0) >= least)).map(([, what]) => what);
  return found.length ? { format: 'markdown', note: `the text has ${found.join(', ')}` } : { format: 'text', note: 'no Markdown structure found' };
}

/** The copy's publisher and address from front matter: `source` (a publisher's name), `source_url` or `url`. */
function originOf(data: Record<string, unknown> | undefined): { publisher: string; url?: string } | undefined {
  if (!data) return undefined;
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? foldSpaces(v) : undefined);
  const address = [data['source_url'], data['url'], data['link']].map(str).find((u) => u && /^https?:\/\/[^\s/]+\S*$/u.test(u));
  let host: string | undefined;
  try {
    host = address ? new URL(address).hostname : undefined;
  } catch {
    host = undefined;
  }
  const named = str(data['source']) ?? str(data['publisher']) ?? str(data['author']);
  const publisher = named && !/^https?:/u.test(named) ? named : host;
  if (!publisher) return undefined;
  return { publisher, ...(address && host ? { url: address } : {}) };
}

// ---------------------------------------------------------------- all together

/** Infer a source's metadata from its text. */
export function inferMetadata(source: string): InferredMetadata {
  // CRLF and CR line ends read as LF (text/breaks.ts): the line patterns below are written for LF.
  const text = withLineFeeds(source);
  const front = splitFrontMatter(text);
  const lines = linesOf(text);
  const bodyIndex = front.bodyLine - 1;
  const body = text.slice(front.bodyStart);
  const yamlTitleRaw = front.data?.['title'];
  const yamlTitle = typeof yamlTitleRaw === 'string' && foldSpaces(yamlTitleRaw) ? foldSpaces(cleanMarkup(yamlTitleRaw)) : undefined;

  // title
  const found = findTitle(lines, bodyIndex, yamlTitle);
  const title: InferredTitle = {};
  if (found) title[languageOf(found.text) ?? 'en'] = found.text;

  const issuer = findIssuer(lines, bodyIndex, body);
  const { kind, note: kindNote } = kindOf(found?.text, body, issuer.issuer?.length ?? 0);
  const voice = findVoice(body);

  // date
  let date: InferredDate | undefined;
  const stated = statedDate(lines, bodyIndex);
  const published = yamlDate(front.data?.['date']);
  if (stated) date = { value: stated.value, basis: 'stated', note: `${stated.note}; check it is the document's own adoption or signature date` };
  else if (published)
    date = {
      value: published,
      basis: 'published',
      note: 'from the YAML front matter date, which is the publication or scrape date of this copy: replace it with the date of the document if the text or its issuer states one',
    };
  // A byline under the title (`某某协会   2024-01-02 09:30`): the date this copy was published.
  const byline = date ? undefined : bylineDate(lines, bodyIndex);
  if (byline)
    date = {
      value: byline.value,
      basis: 'published',
      note: `from the byline at line ${byline.line}, which dates this copy: replace it with the date of the document if the text or its issuer states one`,
    };
  // A text that states no date of its own but the one it takes effect: that date, inferred, with why.
  const inForce = date ? undefined : inForceDate(lines, bodyIndex);
  if (inForce) date = { value: inForce.value, basis: 'inferred', note: inForce.note };
  // No fallback to the first date of the text: a biography's or a body's date is not the document's. Unknown stays absent (the stub asks for it).

  const readable = readableText(body);
  const languages = languagesOf(readable);
  const format = formatOf(text, front.present);
  const origin = originOf(front.data);
  return {
    title,
    ...(date ? { date } : {}),
    kind,
    languages,
    ...(issuer.issuer ? { issuer: issuer.issuer } : {}),
    ...(voice.voice ? { voice: voice.voice } : {}),
    format: format.format,
    ...(origin ? { origin } : {}),
    notes: {
      title: found?.note ?? 'no title found: set it',
      kind: kindNote,
      languages: 'scripts present in the text (front matter, addresses and markup left out)',
      issuer: issuer.note,
      voice: voice.note,
      format: format.note,
    },
  };
}
