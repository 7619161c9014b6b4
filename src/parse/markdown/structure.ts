/**
 * Structure recovery over the classified blocks of a Markdown source:
 *
 * 1. label + name lines (`### Article 14` / `####Search and seizure…`) become one heading;
 * 2. front matter: YAML, leading images and HTML, the document's own title
 *    (the last unnumbered heading before the first numbered one, or a heading
 *    repeating the front matter's title) and the short lines right after it
 *    (adoption line, date and place);
 * 3. back matter: from the first line a publisher or scraper ends with (a
 *    source line, an end mark, the page's interface; see boilerplate.ts), and
 *    the signature and date block before it;
 * 4. nesting: worded schemes rank by their words (Part > Chapter > 节/Section >
 *    Title > Article); other schemes, and unnumbered headings by their markup,
 *    rank by the order in which they first appear, below the heading they first
 *    appear in. An article is a leaf: what is numbered inside it is a list item.
 */
import { foldString, foldText, type SkipRange } from '../../text/fold.js';
import { languageOf, type Lang } from '../../text/script.js';
import { announcesList, backMatterStart, isInterfaceLine, minInterfaceLines } from '../boilerplate.js';
import { continuing, decimalDepth, matchScheme, matchSchemes, type SchemeMatch } from '../schemes.js';
import { looksLikeTitle } from '../../metadata/infer.js';
import { structureCorrections, type HeadingUnit, type ParsedDocument, type ParsedSection, type ParseHints, type Range, type TextUnit } from '../types.js';
import { printedTitle, readsAsTitle } from '../titles.js';
import { kindOfLevel, Nesting, newSection } from '../nest.js';
import { bodyAfterContents, unlabeledContents } from '../contents-range.js';
import { endsSentence, leadInParts } from '../lines.js';
import { classify, wholeRange, type Candidate, type HeadingCandidate, type TextCandidate } from './units.js';
import { monthPattern } from '../../text/numerals.js';

interface Structure {
  sections: ParsedSection[];
  /** Markup-only blocks of the body (HTML comments, rules) left out of every section. */
  omitted: Range[];
  warnings: string[];
}

const articleRank = 50;
const dateLine = new RegExp(String.raw`^[（(]?\s*(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|(?:${monthPattern})\s+\d{1,2},\s+\d{4}|\d{1,2}\s+(?:${monthPattern})\s+\d{4})`, 'u');

const textOf = (source: string, range: Range, skip: readonly SkipRange[]) => foldText(source, range.start, range.end, skip);
const key = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

function isShortLine(text: string, lang: Lang): boolean {
  return lang === 'zh' ? text.length <= 40 : text.split(/\s+/u).length <= 10;
}

/** A line of a signature or date block: a date, or a short line that is not a sentence (a name, an office, `THE WHITE HOUSE,`). */
export function isSignatureLine(text: string): boolean {
  if (dateLine.test(text)) return text.length <= 40;
  const lang = languageOf(text) ?? 'en';
  if (!isShortLine(text, lang) || /[“”"]/u.test(text)) return false;
  if (!/[.。;；:：!?！？]$/u.test(text)) return true;
  return lang === 'en' && text === text.toUpperCase() && /\p{Lu}{2}/u.test(text);
}

/** Join a label-only heading with the name line after it. */
function joinNameLines(source: string, candidates: Candidate[], skip: readonly SkipRange[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    const next = candidates[i + 1];
    if (c.type === 'heading' && c.match && !c.title && !c.body && next && c.match.scheme.opens !== 'item') {
      const nextText = textOf(source, next.range, skip);
      const nameLine = (next.type === 'heading' && !next.match && !next.body) || (next.type === 'text' && !next.furniture && !next.list && next.block.lines.length === 1);
      if (nameLine && readsAsTitle(nextText, languageOf(nextText) ?? 'en')) {
        const title = next.type === 'heading' ? (next.title ?? next.range) : next.range;
        out.push({ ...c, range: { start: c.range.start, end: next.range.end }, title });
        i++;
        continue;
      }
    }
    // A title line repeating the heading's own title (`附件：参考要点` / `**参考要点**`) is a paragraph of it.
    const previous = out[out.length - 1];
    if (c.type === 'heading' && !c.match && previous?.type === 'heading' && previous.match && previous.title) {
      const titleKey = key(textOf(source, previous.title, skip));
      if (titleKey.length > 0 && key(textOf(source, c.range, skip)) === titleKey) {
        out.push({ type: 'text', block: c.block, range: wholeRange(c) });
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

/**
 * A one-line ordered list item read as a heading: its numbering is a reading `pick` takes, and its text after the
 * number reads as a title. Undefined when it is not.
 */
function titledItem(source: string, c: Candidate, skip: readonly SkipRange[], pick: (m: SchemeMatch) => boolean): HeadingCandidate | undefined {
  if (c.type !== 'text' || c.block.kind !== 'list-item' || !c.block.list?.ordered || c.block.lines.length !== 1) return undefined;
  const text = textOf(source, c.range, skip);
  const match = matchSchemes(text).find(pick);
  if (!match || !readsAsTitle(text.slice(match.length), languageOf(text) ?? 'en')) return undefined;
  return { type: 'heading', block: c.block, range: c.range, markup: 'plain', lang: languageOf(text) ?? 'en', match };
}

/**
 * Decimal numbering's first level printed as a Markdown list item (`1. Purpose`, which CommonMark reads as a list):
 * a one-line item `N.` whose text reads as a title, where a decimal heading `N.1` follows, is the heading of that
 * family's first level.
 */
function decimalParents(source: string, candidates: Candidate[], skip: readonly SkipRange[]): Candidate[] {
  const decimals = new Set(candidates.flatMap((c) => (c.type === 'heading' && c.match?.scheme.id === 'decimal' ? [c.match.label.split(/[.．]/u)[0]!] : [])));
  if (decimals.size === 0) return candidates;
  return candidates.map((c) => titledItem(source, c, skip, (m) => m.scheme.id === 'arabic-dot' && decimals.has(String(m.number))) ?? c);
}

/**
 * A numbered setext heading: `4. Inability to Comply` ⏎ `-----`, which CommonMark reads as a list item followed by
 * a rule (the number makes it a list, and an underline cannot continue a list item). A one-line numbered item
 * whose text reads as a title, with a line of `-` or `=` right under it, is a heading; the underline stays
 * markup (a rule, left out as omitted).
 */
function numberedSetext(source: string, candidates: Candidate[], skip: readonly SkipRange[]): Candidate[] {
  return candidates.map((c, i) => {
    const next = candidates[i + 1];
    if (next?.type !== 'text' || next.furniture !== 'rule' || !/^(?:-{3,}|={3,})$/u.test(source.slice(next.block.range.start, next.block.range.end))) return c;
    if (source.slice(c.block.range.end, next.block.range.start).split('\n').length !== 2) return c;
    return titledItem(source, c, skip, (m) => m.scheme.opens !== 'item') ?? c;
  });
}

/** What a heading's rank is keyed on: its numbering scheme, else its markup (`atx-2`, bold `emphasis`, `italic`). */
function markupKey(source: string, c: HeadingCandidate): string {
  // Decimal numbering ranks by its depth: `1.1` over `1.1.1`, `1.0` over `1.1`.
  if (c.match?.scheme.id === 'decimal') return `decimal-${decimalDepth(c.match.label)}`;
  if (c.match) return c.match.scheme.id;
  if (c.markup === 'atx') return `atx-${c.block.depth ?? 1}`;
  return /^(?:\*\*|__)/u.test(source.slice(c.block.range.start, c.block.range.start + 2)) ? 'emphasis' : 'italic';
}

function isTitleCandidate(source: string, c: Candidate, skip: readonly SkipRange[]): boolean {
  if (c.type !== 'heading' || c.match || c.body) return false;
  const text = textOf(source, c.range, skip);
  return readsAsTitle(text, c.lang) || /^[（(][^）)]{1,20}[）)]$/u.test(text);
}

const contentsLabels = new Set(['目录', '目次', 'contents', 'tableofcontents']);

/**
 * A table of contents: a `目录`/`Contents` line, then entries up to the
 * candidate that repeats the first entry (where the body starts). Undefined
 * when there is no such line or the body never repeats the first entry.
 */
function contentsRange(source: string, candidates: readonly Candidate[], skip: readonly SkipRange[]): { start: number; end: number } | undefined {
  const keyOf = (c: Candidate) => key(textOf(source, wholeRange(c), skip));
  const start = candidates.findIndex((c) => contentsLabels.has(keyOf(c)));
  if (start < 0)
    return unlabeledContents(
      candidates.map(keyOf),
      candidates.map((c) => c.type === 'text' && !c.furniture && textOf(source, c.range, skip).length > 60),
    );
  const end = bodyAfterContents(
    candidates.map(keyOf),
    start,
    (i) => candidates[i]!.type === 'text' && !(candidates[i] as TextCandidate).furniture && textOf(source, candidates[i]!.range, skip).length > 120,
  );
  return end === undefined ? undefined : { start, end };
}

/** The Markdown depth of an ATX heading candidate (`## …` is 2); undefined for any other candidate. */
function atxDepth(c: Candidate): number | undefined {
  return c.type === 'heading' && c.markup === 'atx' ? (c.block.depth ?? 1) : undefined;
}

/**
 * Whether the ATX heading at `i` opens the body under the document's title: the heading before it is a shallower
 * ATX heading with only furniture and short lines (a date, an author) between them (or the front matter names the
 * title: `title:` in YAML), and a heading of the body (at or after the first numbered heading) has its depth. A deeper heading of a journal's masthead (`### Law Studies`,
 * with no heading of its depth in the body) or an author's name further down stays in the front matter.
 */
function opensBodyUnderTitle(
  source: string,
  candidates: readonly Candidate[],
  i: number,
  firstNumbered: number,
  skip: readonly SkipRange[],
  titled: boolean,
  lastAtDepth: ReadonlyMap<number, number>,
): boolean {
  const depth = atxDepth(candidates[i]!);
  if (depth === undefined) return false;
  const last = lastAtDepth.get(depth) ?? -1;
  const bodyDepth = last > i && last >= firstNumbered;
  // A page whose front matter names its title (`title:` in YAML): its first heading, sharing its depth with the
  // body's, is a section.
  if (titled && candidates.findIndex((x) => x.type === 'heading') === i) return bodyDepth;
  let k = i - 1;
  while (k >= 0 && candidates[k]!.type === 'text') {
    const t = candidates[k] as TextCandidate;
    const text = textOf(source, t.range, skip);
    if (!t.furniture && (t.list || !isShortLine(text, languageOf(text) ?? 'en') || /[.。;；:：!?！？]$/u.test(text))) return false;
    k--;
  }
  const title = k >= 0 ? atxDepth(candidates[k]!) : undefined;
  if (title === undefined || title > depth || !bodyDepth) return false;
  // At the title's own depth (`# Statement` ⏎ `# Introduction`), only a heading over a sentence: a title's depth
  // holds the site's name and the document's title over date lines too.
  const next = candidates[i + 1];
  const nextText = next?.type === 'text' && !next.furniture && !next.list ? textOf(source, next.range, skip) : '';
  return title < depth || (k === i - 1 && endsSentence.test(nextText) && !isShortLine(nextText, languageOf(nextText) ?? 'en'));
}

/** Index of the last candidate of the front matter (-1 when there is none). */
function frontEnd(source: string, candidates: readonly Candidate[], skip: readonly SkipRange[], frontTitle?: string): number {
  let end = -1;
  while (candidates[end + 1]?.type === 'text' && (candidates[end + 1] as TextCandidate).furniture) end++;
  // An annex cannot open the body: `附件：…办法` before the 办法's own title is the notice's list of attachments.
  const firstNumbered = candidates.findIndex((c) => c.type === 'heading' && c.match !== undefined && c.match.scheme.opens !== 'item' && c.match.scheme.opens !== 'annex');
  const limit = firstNumbered < 0 ? candidates.length : firstNumbered;
  const titleKey = frontTitle ? key(frontTitle) : '';
  // The last candidate at each Markdown heading depth: whether the body uses a depth again.
  const lastAtDepth = new Map<number, number>();
  candidates.forEach((c, j) => {
    const depth = atxDepth(c);
    if (depth !== undefined) lastAtDepth.set(depth, j);
  });
  for (let i = end + 1; i < limit; i++) {
    const c = candidates[i]!;
    if (!isTitleCandidate(source, c, skip)) continue;
    const k = key(textOf(source, c.range, skip));
    const repeatsTitle = titleKey.length > 0 && k.length > 0 && (titleKey.includes(k) ? k.length * 2 >= titleKey.length : k.includes(titleKey));
    const firstText = candidates.findIndex((x) => x.type === 'text' && !x.furniture);
    const beforeText = firstText < 0 || i < firstText;
    // A heading before any text whose markup no other heading shares (`*A deck under the headline*`) is a title or deck.
    const own = markupKey(source, c as HeadingCandidate);
    const unique = !candidates.some((x, j) => j !== i && x.type === 'heading' && !x.match && markupKey(source, x) === own);
    // A page whose front matter names its title (`title:` in YAML) has its own title there: a Markdown heading that
    // does not repeat it and shares its depth with other headings (`## Introduction`, `## Pillar One`) is a section.
    const sectionOfTitledPage = titleKey.length > 0 && !unique;
    // Right under a Markdown title heading (`# Strategy`), a deeper heading that shares its depth with a heading of
    // the body (`## Introduction` … `## 1. Protect networks`) is the body's first section: the front matter ends there.
    if (!repeatsTitle && opensBodyUnderTitle(source, candidates, i, firstNumbered, skip, titleKey.length > 0, lastAtDepth)) break;
    if (firstNumbered >= 0 || repeatsTitle || (beforeText && (((c as HeadingCandidate).markup === 'atx' && !sectionOfTitledPage) || unique))) end = i;
  }
  if (end < 0) return end;
  // The short lines right after the title: adoption, date and place lines, furniture.
  while (end + 1 < limit) {
    const c = candidates[end + 1]!;
    if (c.type !== 'text' || c.list) break;
    const text = textOf(source, c.range, skip);
    if (!c.furniture && !(isShortLine(text, languageOf(text) ?? 'en') && !/[.。;；:：!?！？]$/u.test(text))) break;
    end++;
  }
  return end;
}

/**
 * Index of the first candidate of a page's interface closing the text (candidates.length when there is none): a
 * run of `minInterfaceLines` or more short lines that are no sentences (images and other furniture among them),
 * after `earliest`; it starts at its first line. A numbered or Markdown heading, a list item or a sentence ends
 * the run.
 */
function interfaceTail(source: string, candidates: readonly Candidate[], skip: readonly SkipRange[], earliest: number): number {
  let start = candidates.length;
  let lines = 0;
  for (let i = candidates.length - 1; i >= earliest; i--) {
    const c = candidates[i]!;
    // Images and other furniture may stand among the lines; before the first line they stay with the text.
    if (c.type === 'text' && c.furniture) continue;
    // A numbered or Markdown heading is the text's structure; a bold line may be a slogan of the page.
    if ((c.type === 'heading' && (c.match || c.body || c.markup === 'atx')) || (c.type === 'text' && c.list)) break;
    const texts = c.block.lines.map((line) => textOf(source, line, skip));
    if (!texts.every((text) => isInterfaceLine(text, c.block.emphasis === 'all'))) break;
    lines += texts.length;
    start = i;
  }
  return lines >= minInterfaceLines ? start : candidates.length;
}

/** Index of the first candidate of the back matter (candidates.length when there is none). `declared`: the source's `hints.backMatter`. */
function backStart(source: string, candidates: readonly Candidate[], skip: readonly SkipRange[], from: number, declared: ReadonlySet<string>): number {
  let lastNumbered = from;
  candidates.forEach((c, i) => {
    if (c.type === 'heading' && c.match && c.match.scheme.opens !== 'item' && i > lastNumbered) lastNumbered = i;
  });
  let start = candidates.length;
  // A back-matter line in the first half of the body is a quotation or a caption, not where the text ends.
  const bodyStart = candidates[from + 1]?.block.range.start ?? 0;
  const half = bodyStart + (source.length - bodyStart) / 2;
  for (let i = lastNumbered + 1; i < candidates.length; i++) {
    const c = candidates[i]!;
    const text = textOf(source, wholeRange(c), skip);
    if (c.type === 'text' && c.furniture && c.furniture !== 'image') continue;
    if (c.block.range.start < half && lastNumbered <= from) continue;
    if (backMatterStart(text, declared)) {
      start = i;
      break;
    }
  }
  // A page's interface closing the text, in its second half (or after its last numbered heading).
  // Not in an annex (its entries may be short lines: a list of sectors, of states), and never the whole of the last
  // section (the lines right under a heading are that section's text: a list of signatories).
  const inAnnex = lastNumbered > from && candidates[lastNumbered]?.type === 'heading' && (candidates[lastNumbered] as HeadingCandidate).match?.scheme.opens === 'annex';
  const firstAfterHalf = candidates.findIndex((c, i) => i > lastNumbered && (lastNumbered > from || c.block.range.start >= half));
  if (firstAfterHalf >= 0 && !inAnnex) {
    const tail = interfaceTail(source, candidates, skip, firstAfterHalf);
    // Nor the list a line announces (`The members are:` ⏎ short names).
    const before = candidates[tail - 1];
    if (tail < candidates.length && before?.type !== 'heading' && !(before && announcesList(textOf(source, wholeRange(before), skip)))) start = Math.min(start, tail);
  }
  // The signature and date block before it: short lines that are not sentences.
  let i = start - 1;
  let taken = 0;
  while (i > from + 1 && taken < 8) {
    const c = candidates[i]!;
    if (c.type !== 'text' || c.list) break;
    // Every line a signature line (`THE WHITE HOUSE,` / `October 30, 2023.` may share a block).
    if (!c.furniture && !c.block.lines.every((line) => isSignatureLine(textOf(source, line, skip)))) break;
    i--;
    taken++;
  }
  const previous = candidates[i];
  // Short lines a line announces (`The members are:`) are its list, and an annex's closing short lines are its
  // entries: neither is a signature.
  if (previous && (announcesList(textOf(source, wholeRange(previous), skip)) || (inAnnex && start === candidates.length))) taken = 0;
  // Short lines right under a heading are that section's text (a list of signatories under `Signatories`).
  if (previous?.type === 'heading' && !previous.body) taken = 0;
  return taken > 0 ? i + 1 : start;
}

function textUnit(source: string, range: Range, skip: readonly SkipRange[], gapBefore: number, extra: Partial<TextUnit> = {}): TextUnit {
  const lang = languageOf(textOf(source, range, skip)) ?? 'en';
  return { type: 'text', parts: { [lang]: range }, indented: false, gapBefore, ...extra };
}

function headingUnit(c: HeadingCandidate, lang: Lang): HeadingUnit {
  const title = printedTitle({ range: c.range, ...(c.title ? { title: c.title } : {}), ...(c.match ? { label: c.match.label } : {}) });
  const part: HeadingUnit['parts'][Lang] = { range: c.range, ...(title ? { title } : {}), ...(c.match ? { label: c.match.label } : {}) };
  const unit: HeadingUnit = { type: 'heading', role: 'numbered', lang, parts: { [lang]: part }, gapBefore: c.block.gapBefore };
  if (c.match) {
    unit.number = c.match.number;
    unit.scheme = c.match.scheme.id;
  }
  return unit;
}

/** Whether a heading candidate is underlined as well as bold (`**<u>…</u>**`, a `text-decoration: underline` span). */
function underlined(source: string, c: Candidate): boolean {
  return c.type === 'heading' && c.markup !== 'atx' && /^(?:\*\*|__)*\s*<(?:u|span[^>]*text-decoration:\s*underline)[^>]*>/iu.test(source.slice(c.block.range.start, c.block.range.end));
}

/** Most words of a heading that is a whole sentence (an underlined bold statement head). */
const maxSentenceHeadingWords = 40;

/**
 * Whether a heading candidate is taken as a heading where it stands. `underlinedHeads`: the text has two or more
 * underlined bold lines, a markup only its section heads carry (a White House statement's `**<u>…</u>**`): those
 * are heads even when they are a whole sentence, up to `maxSentenceHeadingWords` words, with text after them.
 */
function accepted(source: string, c: HeadingCandidate, next: Candidate | undefined, inArticle: boolean, skip: readonly SkipRange[], underlinedHeads = false): boolean {
  const rank = c.match?.scheme.rank;
  if (inArticle) return rank !== undefined && rank <= articleRank;
  if (c.match) return true;
  const text = textOf(source, c.range, skip);
  if (c.markup === 'atx') return text.length > 0;
  if (readsAsTitle(text, c.lang)) return true;
  if (underlinedHeads && underlined(source, c) && next?.type === 'text' && !/[.!?;:。！？；：](?=\s+\S)/u.test(text.trim()) && text.split(/\s+/u).length <= maxSentenceHeadingWords) return true;
  // A bold sentence heads a list (`**Support universal values.**` then bullets).
  return readsAsTitle(text, c.lang, true) && /[.。]$/u.test(text) && next?.type === 'text' && next.list !== undefined;
}

/**
 * Apply structure corrections: a line marked `not-heading` is text; a line
 * marked `mark-heading` is a heading at the level it gives.
 */
function declared(source: string, c: Candidate, skip: readonly SkipRange[], forced: ReadonlyMap<string, number>, notHeadings: ReadonlySet<string>): Candidate {
  const text = textOf(source, c.block.range, skip);
  if (c.type === 'heading' && notHeadings.has(text)) return { type: 'text', block: c.block, range: wholeRange(c) };
  const level = forced.get(text);
  if (level === undefined) return c;
  const lang = languageOf(text) ?? 'en';
  const heading: HeadingCandidate = c.type === 'heading' ? { ...c } : { type: 'heading', block: c.block, range: c.block.range, title: c.block.range, markup: 'plain', lang };
  heading.forcedLevel = level;
  return heading;
}

/** Nest the body and wrap front and back matter. */
export function recoverStructure(source: string, document: ParsedDocument, hints: ParseHints = {}): Structure {
  const skip = document.markup ?? document.skip;
  const warnings: string[] = [];
  const omitted: Range[] = [];
  const { levels: forced, notHeadings } = structureCorrections(hints);
  // Site-generator markup (`{: .lead}`, `{% include … %}`) is no part of any section: listed as omitted.
  for (const b of document.blocks) if (b.kind === 'template') omitted.push(b.range);
  let candidates = document.blocks.filter((b) => b.kind !== 'template').map((b) => declared(source, classify(source, b, skip), skip, forced, notHeadings));
  candidates = joinNameLines(source, decimalParents(source, numberedSetext(source, candidates, skip), skip), skip);
  // A table of contents repeats the headings: kept as one `contents` section, out of the body.
  const toc = contentsRange(source, candidates, skip);
  const contents = toc ? candidates.slice(toc.start, toc.end) : [];
  if (toc) candidates = [...candidates.slice(0, toc.start), ...candidates.slice(toc.end)];
  const yamlTitle = document.frontMatter?.data['title'];
  const front = frontEnd(source, candidates, skip, typeof yamlTitle === 'string' ? foldString(yamlTitle) : undefined);
  const back = backStart(source, candidates, skip, front, new Set(hints.backMatter ?? []));
  const tree = new Nesting();
  const matter = (kind: 'front-matter' | 'back-matter', list: readonly Candidate[]): void => {
    if (list.length === 0) return;
    tree.addRoot(newSection(kind)).paragraphs.push(...list.map((c) => textUnit(source, wholeRange(c), skip, c.block.gapBefore, { matter: kind === 'front-matter' ? 'front' : 'back' })));
  };
  matter('front-matter', candidates.slice(0, front + 1));
  if (contents.length > 0) {
    const [label, ...entries] = contents;
    const title = wholeRange(label!);
    const heading: HeadingUnit = {
      type: 'heading',
      role: 'contents',
      lang: languageOf(textOf(source, title, skip)) ?? 'en',
      parts: { [languageOf(textOf(source, title, skip)) ?? 'en']: { range: title, title } },
      gapBefore: label!.block.gapBefore,
    };
    tree.addRoot(newSection('contents', heading)).paragraphs.push(...entries.map((c) => textUnit(source, wholeRange(c), skip, c.block.gapBefore, { matter: 'contents' })));
  }

  const ranks = new Map<string, number>();
  /** Worded schemes this document ranks below another (scheme id → rank), and the sections worded headings open. */
  const wordedBelow = new Map<string, number>();
  const wordedSections = new WeakSet<ParsedSection>();
  /** The rank first given at each Markdown heading depth, and whether an unnumbered heading gave it. */
  const depthRanks = new Map<number, { rank: number; unnumbered: boolean }>();
  let headings = 0;
  const body = candidates.slice(front + 1, back);
  // Text goes into the innermost open section, else into the body section at the top (opened by no heading: a
  // preface, or the one section of a text without headings), which a heading never nests in.
  const current = (): ParsedSection => {
    const open = tree.innermost?.section;
    if (open) return open;
    const last = tree.roots[tree.roots.length - 1];
    if (last && last.kind !== 'front-matter' && !last.heading) return last;
    return tree.addRoot(newSection(headings > 0 || body.some((c) => c.type === 'heading') ? 'preface' : 'section'));
  };
  const lastNumber = new Map<string, number>();
  let lastArticle = 0;
  let lastHeadingLang: string | undefined;
  const underlinedHeads = body.filter((c) => underlined(source, c)).length >= 2;
  body.forEach((c, i) => {
    // Language halves: an unnumbered heading in the other language that names the document (`Chair's Statement of
    // …` after the Chinese text) opens the second half. Its sections start again at the top and rank afresh; the
    // title line itself is the first paragraph of that half's preface.
    if (c.type === 'heading' && !c.match && c.forcedLevel === undefined && lastHeadingLang !== undefined && c.lang !== lastHeadingLang && looksLikeTitle(textOf(source, c.range, skip))) {
      tree.closeTo(0);
      ranks.clear();
      depthRanks.clear();
      wordedBelow.clear();
      lastHeadingLang = c.lang;
      c = { type: 'text', block: c.block, range: wholeRange(c) };
    }
    if (c.type === 'heading' && c.readings) c.match = continuing(c.readings, lastNumber) ?? c.readings[0]!;
    if (c.type === 'heading' && c.match) lastNumber.set(c.match.scheme.id, c.match.number);
    const inArticle = tree.innermost?.section.kind === 'article';
    // A marker run on into its text (`第三条为了…`) is an article only where it continues the articles' numbering.
    const continues = c.type !== 'heading' || !c.match?.scheme.needsContinuity || c.match.number === lastArticle + 1;
    if (c.type === 'heading' && continues && (c.forcedLevel !== undefined || accepted(source, c, body[i + 1], inArticle, skip, underlinedHeads))) {
      if (c.match?.scheme.opens === 'article') lastArticle = c.match.number;
      if (c.match?.scheme.opens === 'annex' || c.match?.scheme.opens === 'part') lastArticle = c.match.scheme.opens === 'annex' ? 0 : lastArticle;
      const schemeKey = markupKey(source, c);
      if (c.forcedLevel !== undefined) tree.closeTo(c.forcedLevel - 1);
      // An annex (`附件`, `Annex II`, `Exhibit A`) is a text of its own at the top: its numbering ranks afresh under it.
      else if (c.match?.scheme.opens === 'annex') {
        tree.closeTo(0);
        ranks.clear();
        depthRanks.clear();
        wordedBelow.clear();
      }
      // Worded schemes rank by their words unless the document nests them the other way: the first heading of a
      // scheme whose word ranks higher (`Section 1.`) right under a worded heading that holds nothing yet
      // (`Article I`) ranks below it from then on (Article > Section in the US Constitution, the IMF's Articles).
      const open = tree.innermost;
      const word = c.match?.scheme.rank;
      if (
        word !== undefined &&
        c.forcedLevel === undefined &&
        c.match!.number === 1 &&
        !wordedBelow.has(c.match!.scheme.id) &&
        open &&
        wordedSections.has(open.section) &&
        open.rank > word &&
        open.section.paragraphs.length === 0 &&
        open.section.children.length === 0
      )
        wordedBelow.set(c.match!.scheme.id, open.rank + 1);
      let rank = c.forcedLevel !== undefined ? (tree.innermost?.rank ?? 0) + 0.5 : ((c.match && wordedBelow.get(c.match.scheme.id)) ?? word ?? ranks.get(schemeKey));
      const depth = atxDepth(c);
      if (rank === undefined) {
        // A Markdown depth an unnumbered heading holds ranks what first appears at it (`## Introduction` then
        // `## 1. Protect networks`; `## 1. …` then `## Conclusion`): the author's markup says they are siblings.
        const atDepth = depth === undefined ? undefined : depthRanks.get(depth);
        if (atDepth && (!c.match || atDepth.unnumbered)) rank = atDepth.rank;
        else {
          const base = tree.innermost?.rank ?? 0;
          const used = new Set(ranks.values());
          rank = base + 1;
          while (used.has(rank) && rank < base + 9) rank++;
        }
        ranks.set(schemeKey, rank);
      }
      if (depth !== undefined && c.forcedLevel === undefined && !depthRanks.has(depth)) depthRanks.set(depth, { rank, unnumbered: !c.match });
      // An unnumbered Markdown heading is closed by the next heading of its depth or less, whatever its rank
      // (`## Introduction` ⏎ `## Pillar One`: siblings); numbered ones by rank.
      const at = rank;
      tree.closeWhile((o) => o.rank >= at || (depth !== undefined && (o.closedAtDepth ?? 0) >= depth));
      const lang = c.lang;
      lastHeadingLang = lang;
      const heading = headingUnit(c, lang);
      if (c.forcedLevel !== undefined) heading.forcedLevel = c.forcedLevel;
      const opens = c.match?.scheme.opens;
      const section = tree.openSection(newSection('chapter', heading), at, depth !== undefined && !c.match && c.forcedLevel === undefined ? depth : undefined);
      if (word !== undefined) wordedSections.add(section);
      section.kind = opens && opens !== 'numbered' && opens !== 'item' ? opens : kindOfLevel(section.level);
      headings++;
      if (c.body) {
        // A run-in body that opens with an item (`Sec. 3.  General Provisions.  (a) …`) is that list item, and the
        // items on the lines after it (`(b) …`) are items of their own (lines.ts).
        for (const { range } of leadInParts(source, c.body, (l) => textOf(source, l, skip)) ?? [{ range: c.body }]) {
          const bodyText = textOf(source, range, skip);
          const item = matchScheme(bodyText);
          const list = item && item.scheme.rank === undefined ? { marker: bodyText.slice(0, item.length).trim(), ordered: item.scheme.id !== 'dash' } : undefined;
          section.paragraphs.push(textUnit(source, range, skip, 0, list ? { list } : {}));
        }
      }
      return;
    }
    if (c.type === 'text' && (c.furniture === 'rule' || c.furniture === 'html') && !/[\p{L}\p{N}]/u.test(c.block.text.replace(/<[^>]*>/gu, ''))) {
      omitted.push(c.block.range);
      return;
    }
    const range = wholeRange(c);
    let list = c.type === 'text' ? c.list : undefined;
    if (!list && c.type === 'heading' && c.match && c.match.scheme.rank === undefined)
      list = { marker: textOf(source, c.block.range, skip).slice(0, c.match.length).trim(), ordered: c.match.scheme.id !== 'dash' };
    const extra: Partial<TextUnit> = list ? { list } : {};
    if (c.block.emphasis === 'lead' && c.block.leadEnd !== undefined && !list) {
      const lead = textOf(source, { start: c.block.range.start, end: c.block.leadEnd }, skip);
      if (lead.length > 0) extra.lead = lead;
    }
    current().paragraphs.push(textUnit(source, range, skip, c.block.gapBefore, extra));
  });
  matter('back-matter', candidates.slice(back));
  // Text before the first heading is a preface; with no heading at all it is the one body section.
  if (headings === 0) for (const root of tree.roots) if (root.kind === 'preface' && !root.heading) root.kind = 'section';
  if (headings === 0) warnings.push('no headings recognised: the body is one section; check the outline, or mark headings with a correction');
  return { sections: tree.roots, omitted, warnings };
}
