/**
 * Sentence segmentation for English and Chinese, one paragraph at a time.
 *
 * `Intl.Segmenter` ('sentence') does most of the work (decimals such as
 * "39.8 percent", 。！？ and closing quotes). A fix-up pass then repairs what
 * it gets wrong: it does not end a sentence after an abbreviation ("Mr.",
 * "No.", "U.S.", "H.E.", "Jan."), nor before a sentence piece that starts in
 * lower case, and it moves an opening quote or bracket left at the end of a
 * sentence (`…。“`) to the start of the next one. Never segment a whole
 * document at once: the segmenter is super-linear on long strings.
 */
import type { Lang } from './types.js';

/** A sentence as a half-open range of its paragraph's text, whitespace trimmed. */
export interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const segmenters = new Map<Lang, Intl.Segmenter>();

function segmenter(lang: Lang): Intl.Segmenter {
  let found = segmenters.get(lang);
  if (!found) {
    found = new Intl.Segmenter(lang, { granularity: 'sentence' });
    segmenters.set(lang, found);
  }
  return found;
}

/** Abbreviations after which a full stop does not end a sentence: the whole last word of the text before the stop. */
const abbreviation =
  /^(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|St|No|Nos|Art|Arts|Vol|pp?|Fig|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|e\.g|i\.e|cf|vs|approx|Doc|Docs|Res|Sec|Secs|Stat|Supp|Cong|Reg|Fed|Para|Paras|Ch|Ex|Ord|Inc|Ltd|Co|Corp|Dept|Govt|Intl|(?:[\p{L}]+-)?[A-Z](?:\.[A-Z])+|[A-Z])\.$/u;
/** What may stand before an abbreviation. */
const wordBefore = /[\s(“"‘']/u;

/** Whether a text ends in an abbreviation: its last word (after the last space, bracket or quote) is one. */
export function endsInAbbreviation(text: string): boolean {
  if (!text.endsWith('.')) return false;
  let from = text.length - 1;
  while (from > 0 && !wordBefore.test(text[from - 1]!)) from--;
  const last = text.slice(from);
  // A single capital after a label word is that label's letter, no initial (`… described in Exhibit A.`): the stop
  // ends the sentence.
  if (/^\p{Lu}\.$/u.test(last) && labelBefore.test(text.slice(Math.max(0, from - 20), from))) return false;
  return abbreviation.test(last);
}
/** Words a letter labels (`Exhibit A`, `Annex B`, `Schedule C`): a declared list, tested in test/extract/segment.test.ts. */
const labelBefore = /(?:^|\s)(?:Exhibit|Annex|Appendix|Schedule|Attachment|Addendum|Part|Section|Article|Chapter|Table|Figure|Form|Option|Tier|Category|Class|Group|Type|Phase)\s+$/u;
const footnoteMark = /^(?:\[\^[^\]\s]{1,8}\]|<sup>)/u;
const openers = new Set(['“', '‘', '「', '『', '《', '（', '(', '[', '【', '"']);
const space = /\s/u;

function trimmed(text: string, start: number, end: number): Sentence | undefined {
  let a = start;
  let b = end;
  while (a < b && space.test(text[a]!)) a++;
  while (b > a && space.test(text[b - 1]!)) b--;
  return a < b ? { start: a, end: b, text: text.slice(a, b) } : undefined;
}

/**
 * Split a paragraph's text into sentences.
 *
 * @param text one paragraph (whitespace folded)
 * @param lang its language
 * @returns sentences in order, with offsets into `text`
 */
export function splitSentences(text: string, lang: Lang): Sentence[] {
  const bounds: number[] = [];
  for (const piece of segmenter(lang).segment(text)) if (piece.index > 0) bounds.push(piece.index);
  // Fix-up: walk the boundaries, dropping or moving the wrong ones.
  const kept: number[] = [];
  // A Markdown link's address (`[text](../a/b.md)`) is never cut: its dots and slashes end no sentence.
  const links = [...text.matchAll(/\]\([^)\s]*\)/gu)].map((m) => [m.index, m.index + m[0].length] as const);
  let from = 0;
  for (let i = 0; i < bounds.length; i++) {
    let at = bounds[i]!;
    if (links.some(([a, b]) => at > a && at < b)) continue;
    const before = text.slice(from, at).trimEnd();
    const after = text.slice(at);
    if (endsInAbbreviation(before)) continue;
    // A list marker opening the paragraph (`1. Appoint …`, `iv. Report …`, `2.3. Decide …`) ends no sentence.
    if (from === 0 && /^\(?(?:\d{1,3}(?:\.\d{1,3})*|[ivxlc]{1,6}|[IVXLC]{1,6})[.)]$/u.test(before)) continue;

    if (/^\p{Ll}/u.test(after) && /[.]$/u.test(before)) continue;
    // An opening quote or bracket left at the end belongs to the next sentence.
    let end = from + before.length;
    while (end > from && openers.has(text[end - 1]!) && isOpening(text, end - 1)) end--;
    if (end <= from) continue;
    if (end < from + before.length) at = end;
    // A footnote mark right after a sentence end belongs to that sentence (`…so.[^3] Then`): the end is after it.
    if (footnoteMark.test(text.slice(at))) continue;
    kept.push(at);
    from = at;
  }
  // A sentence end followed by a footnote mark (`…held so.<sup>12</sup> Then`, `…so.[^3] Then`) ends there: the
  // segmenter does not see the end behind the markup.
  for (const m of text.matchAll(/[.!?。！？]["”’]?(?:<sup>[^<]{1,8}<\/sup>|\[\^[^\]\s]{1,8}\])\s+(?=[\p{Lu}\p{Script=Han}“"])/gu)) {
    const at = m.index + m[0].length;
    if (!kept.includes(at)) kept.push(at);
  }
  kept.sort((a, b) => a - b);
  const sentences: Sentence[] = [];
  let start = 0;
  for (const at of [...kept, text.length]) {
    const sentence = trimmed(text, start, at);
    if (sentence) sentences.push(sentence);
    start = at;
  }
  return sentences;
}

/** Whether the quote or bracket at `i` opens (rather than closes) a quotation. */
function isOpening(text: string, i: number): boolean {
  const char = text[i]!;
  if (char !== '"') return true;
  const previous = text[i - 1];
  return previous === undefined || /[\s。！？!?.]/u.test(previous);
}
