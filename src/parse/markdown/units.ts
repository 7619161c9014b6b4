/**
 * Classify the blocks of a Markdown source: each becomes a heading candidate
 * (with its numbering read through the scheme table, its title and, for a
 * run-in heading, the body that follows it on the same line) or text.
 *
 * Heading candidates:
 * - a Markdown heading (`##`, also `##Title` with no space) or a paragraph
 *   that is all bold/underlined (`**第一章 总则**`): numbered or not;
 * - a paragraph that opens with a bold/underlined numbered run
 *   (`**第一条** …`, `<span>Sec. 2.  Removing Barriers….</span>  (a) …`);
 * - a plain paragraph that starts with a worded scheme (`第一条 `, `CHAPTER II`,
 *   `Article 14`) or a numbered short title (`一、总则`), or a numbered
 *   paragraph with a short run-in title sentence (`1.加强内容识别预警。正文…`).
 * Lettered and roman items (`(a)`, `a)`, `(i)`, `(A)`) and bullets are list
 * items unless Markdown makes them headings.
 */
import { fold, type FoldedText, type SkipRange } from '../../text/fold.js';
import { languageOf, type Lang } from '../../text/script.js';
import { matchSchemes, type SchemeMatch } from '../schemes.js';
import { endsLikeTitle, readsAsTitle, runInTitleEnd, titleLimits } from '../titles.js';
import type { DocBlock, Range } from '../types.js';

export interface HeadingCandidate {
  type: 'heading';
  block: DocBlock;
  match?: SchemeMatch;
  /** Other readings of an ambiguous marker (`C.`: roman or letter), for structure recovery to choose by continuity. */
  readings?: SchemeMatch[];
  /** The printed heading: marker and title. */
  range: Range;
  /** The title without numbering (empty for a label-only line such as `### Article 14`). */
  title?: Range;
  /** Text after a run-in heading, on the same line: the section's first paragraph. */
  body?: Range;
  /** How the candidate was marked: Markdown heading, all-emphasis paragraph, emphasised lead, or plain text. */
  markup: 'atx' | 'emphasis' | 'lead' | 'plain';
  lang: Lang;
  /** Level declared by a correction (`mark-heading`). */
  forcedLevel?: number;
}

export interface TextCandidate {
  type: 'text';
  block: DocBlock;
  range: Range;
  /** List marker: from Markdown, or a numbering the text starts with. */
  list?: { marker: string; ordered: boolean };
  /** Text that is only markup or page furniture (YAML, images, HTML, rules). */
  furniture?: 'yaml' | 'image' | 'html' | 'rule' | 'template' | 'other';
}

export type Candidate = HeadingCandidate | TextCandidate;

/** A block's folded text with the source it came from. */
interface Folded extends FoldedText {
  source: string;
}

/** The whole source range a candidate came from (heading, run-in body and joined name line included). */
export function wholeRange(c: Candidate): Range {
  return { start: Math.min(c.block.range.start, c.range.start), end: Math.max(c.block.range.end, c.range.end) };
}

const separators = /^[\s.．:：、\-–—]+/u;
function slice(folded: Folded, from: number, to = folded.text.length): Range | undefined {
  while (from < to && /\s/u.test(folded.text[from]!)) from++;
  while (to > from && /\s/u.test(folded.text[to - 1]!)) to--;
  if (to <= from) return undefined;
  return { start: folded.offsets[from]!, end: folded.offsets[to - 1]! + 1 };
}

function afterMarker(folded: Folded, match: SchemeMatch | undefined): number {
  if (!match) return 0;
  const rest = folded.text.slice(match.length);
  return match.length + (separators.exec(rest)?.[0].length ?? 0);
}

/** The list marker a plain text starts with (numbering of any scheme but worded ones). */
function listOf(match: SchemeMatch | undefined, text: string): TextCandidate['list'] {
  if (!match || match.scheme.rank !== undefined) return undefined;
  return { marker: text.slice(0, match.length).trim(), ordered: match.scheme.id !== 'dash' };
}

function heading(block: DocBlock, folded: Folded, match: SchemeMatch | undefined, markup: HeadingCandidate['markup'], titleFrom: number, titleTo: number, bodyFrom?: number): HeadingCandidate {
  // A title that starts or ends the block's text keeps the inline HTML around it (`**<u>…</u>**` → `<u>…</u>`), as
  // every text keeps inline HTML: the span then holds exactly the title's words, and nothing is lost between them.
  const sliced = slice(folded, titleFrom, titleTo);
  const title = sliced && {
    start: titleFrom === 0 ? Math.min(sliced.start, block.range.start) : sliced.start,
    end: titleTo >= folded.text.length ? Math.max(sliced.end, block.range.end) : sliced.end,
  };
  // A run-in body runs to the end of its block: closing inline HTML after its last letter (`…<sup>2</sup>`), which
  // the folded text reads past, is part of it, as texts keep inline HTML.
  const bodySlice = bodyFrom === undefined ? undefined : slice(folded, bodyFrom);
  const body = bodySlice && { start: bodySlice.start, end: Math.max(bodySlice.end, block.range.end) };
  // The printed heading starts with the block (markup included) and ends where its body starts.
  let headEnd = body ? body.start : block.range.end;
  while (headEnd > block.range.start && /[\s\u00a0\u3000]/u.test(folded.source[headEnd - 1]!)) headEnd--;
  const head = { start: block.range.start, end: headEnd };
  const c: HeadingCandidate = { type: 'heading', block, range: head, markup, lang: languageOf(folded.text) ?? 'en' };
  if (match) c.match = match;
  const readings = match ? matchSchemes(folded.text).filter((r) => r.length === match.length && r.scheme !== match.scheme) : [];
  if (match && readings.length > 0) c.readings = [match, ...readings];
  if (title) c.title = title;
  if (body) c.body = body;
  return c;
}

/**
 * A worded label alone on its line with its name on the next, in one paragraph (`Article 1` ⏎ `Subject matter` ⏎
 * `This Regulation lays down…`, `CHAPTER II` ⏎ `OBLIGATIONS`), as law databases print them: the folded range of the
 * name, which is the title; the lines after it are the first paragraph. Undefined when the block is not so.
 */
function nameLine(source: string, block: DocBlock, folded: Folded, match: SchemeMatch, skip: readonly SkipRange[], lang: Lang): { from: number; to: number } | undefined {
  if (match.scheme.rank === undefined || block.lines.length < 2) return undefined;
  const [first, second] = [block.lines[0]!, block.lines[1]!];
  if (fold(source, first.start, first.end, skip).text.length > match.length) return undefined;
  const name = fold(source, second.start, second.end, skip).text;
  if (name.length === 0 || matchSchemes(name).length > 0 || !readsAsTitle(name, languageOf(name) ?? lang)) return undefined;
  const from = folded.offsets.findIndex((o) => o >= second.start);
  const after = folded.offsets.findIndex((o) => o >= second.end);
  return from < 0 ? undefined : { from, to: after < 0 ? folded.text.length : after };
}

/** Classify one block. */
export function classify(source: string, block: DocBlock, skip: readonly SkipRange[]): Candidate {
  const furniture = block.kind === 'yaml' || block.kind === 'image' || block.kind === 'html' || block.kind === 'rule' || block.kind === 'template' || block.kind === 'other' ? block.kind : undefined;
  if (furniture) return { type: 'text', block, range: block.range, furniture };
  const folded: Folded = { ...fold(source, block.range.start, block.range.end, skip), source };
  const text = folded.text;
  if (text.length === 0) return { type: 'text', block, range: block.range, furniture: 'other' };
  const lang = languageOf(text) ?? 'en';
  const match = matchSchemes(text)[0];
  if (block.kind === 'list-item') return { type: 'text', block, range: block.range, list: { marker: block.list!.marker, ordered: block.list!.ordered } };
  const titleFrom = afterMarker(folded, match);
  // A Markdown heading or an all-emphasis paragraph: the whole text is the heading.
  if (block.kind === 'heading' || block.emphasis === 'all') {
    const markup = block.kind === 'heading' ? 'atx' : 'emphasis';
    // An article label with its text in the same emphasis (`**第一条 …。**`) is still a run-in article.
    if (match?.scheme.opens === 'article' && text.length - titleFrom > titleLimits.zhChars) return heading(block, folded, match, markup, titleFrom, titleFrom, titleFrom);
    // A numbered bold paragraph too long for a title, opening with a short title sentence (`**（五）加强某领域合作。我们已
    // 提出…**`): a run-in heading, its title the first sentence, the rest its first paragraph.
    if (match && block.kind !== 'heading' && !readsAsTitle(text.slice(titleFrom), lang, true)) {
      const end = runInTitleEnd(text.slice(titleFrom), lang);
      if (end !== undefined) return heading(block, folded, match, markup, titleFrom, titleFrom + end, titleFrom + end);
    }
    return heading(block, folded, match, markup, titleFrom, text.length);
  }
  // An emphasised lead: a run-in heading when it is numbered.
  if (block.emphasis === 'lead' && block.leadEnd !== undefined) {
    const leadLength = folded.offsets.findIndex((o) => o >= block.leadEnd!);
    const cut = leadLength < 0 ? text.length : leadLength;
    const leadMatch = matchSchemes(text.slice(0, cut))[0];
    if (leadMatch && leadMatch.scheme.opens !== 'item') {
      const from = afterMarker(folded, leadMatch);
      return heading(block, folded, leadMatch, 'lead', Math.min(from, cut), cut, cut);
    }
  }
  if (!match) return { type: 'text', block, range: block.range };
  const rest = text.slice(titleFrom);
  const named = nameLine(source, block, folded, match, skip, lang);
  if (named) return heading(block, folded, match, 'plain', named.from, named.to, named.to < text.length ? named.to : undefined);
  // `Article 2 Definitions` on a line of its own: a title after the number (an English article's text is a sentence).
  if (match.scheme.opens === 'article' && lang === 'en' && block.lines.length === 1 && readsAsTitle(rest, lang)) return heading(block, folded, match, 'plain', titleFrom, text.length);
  if (match.scheme.opens === 'article') return heading(block, folded, match, 'plain', titleFrom, titleFrom, titleFrom);
  if (match.scheme.rank !== undefined) {
    // Worded scheme: a label line, a label with its title, or a run-in title sentence.
    if (rest.length === 0) return heading(block, folded, match, 'plain', titleFrom, text.length);
    const end = runInTitleEnd(rest, lang);
    if (end !== undefined) return heading(block, folded, match, 'plain', titleFrom, titleFrom + end, titleFrom + end);
    // `Sec. 4.  Ensuring the Safety of AI Technology.` on its own: a title may end with a period.
    if (readsAsTitle(rest, lang) || endsLikeTitle(rest, lang)) return heading(block, folded, match, 'plain', titleFrom, text.length);
    // An untitled unit, its label closed by a period and its text after it (`Sec. 3.  Nothing in this order…`,
    // `Section 1.  (a)  The following are prohibited:`), as an order without section titles prints it.
    if (/^\s*[.．]/u.test(text.slice(match.length)) && /^[\p{Lu}(“"]/u.test(rest)) return heading(block, folded, match, 'plain', titleFrom, titleFrom, titleFrom);
    return { type: 'text', block, range: block.range };
  }
  const list = listOf(match, text);
  if (match.scheme.opens === 'item') return { type: 'text', block, range: block.range, ...(list ? { list } : {}) };
  // A generic numbered line: a run-in title, a short title on its own, or a list item.
  const end = runInTitleEnd(rest, lang);
  // A run-in title after a generic number: Chinese (`1.加强内容识别预警。…`), or after a decimal (`4.1.  Developing Guidelines.  (a) …`).
  const decimal = match.scheme.id === 'decimal';
  if (end !== undefined && (lang === 'zh' || decimal)) return heading(block, folded, match, 'plain', titleFrom, titleFrom + end, titleFrom + end);
  // A numbered definition (`1.5. "Secondary License"` ⏎ `means …`) is no title, even cut short.
  const defines = lang === 'en' && /\b(?:means|includes)\b/iu.test(rest);
  if (block.lines.length <= 2 && !defines && (readsAsTitle(rest, lang) || (decimal && endsLikeTitle(rest, lang)))) return heading(block, folded, match, 'plain', titleFrom, text.length);
  return { type: 'text', block, range: block.range, ...(list ? { list } : {}) };
}
