/**
 * detectUnits: classify each block as a heading or text. Text blocks are split
 * where each line is a list item, and a block whose Chinese lines are followed
 * by English lines (or one line holding both) becomes one bilingual unit.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { isAllCapitals, languageOf, type Lang } from '../text/script.js';
import { headingOfLines, splitBilingualLine } from './headings.js';
import { endsLikeTitle, readsAsTitle, runInTitleEnd } from './titles.js';
import { readBullet, readLetterItem, readMarker } from './numbering.js';
import { indentOf, leadInItems } from './lines.js';
import { structureCorrections, type Block, type HeadingUnit, type ListMarker, type Range, type TextUnit, type Unit } from './types.js';

/** The list marker a text starts with, if it is a list item rather than a heading. */
function listMarkerOf(text: string): ListMarker | undefined {
  const bullet = readBullet(text);
  if (bullet) return { marker: bullet, ordered: false };
  const letter = readLetterItem(text);
  if (letter) return { marker: letter, ordered: true };
  const marker = readMarker(text);
  // A worded marker (`第二章`, `Article 5`) names a part of the text, never a list item; nor does a capital and a
  // full stop (`A.`: a heading's letter, or an initial, `J. Smith`).
  if (!marker || marker.style === 'article' || marker.style === 'upper-dot' || aboveArticle.has(marker.style)) return undefined;
  const printed = text.slice(0, marker.length).trim();
  return { marker: printed, ordered: true };
}

function lineText(source: string, line: Range): string {
  return source.slice(line.start, line.end);
}

function textUnit(parts: Partial<Record<Lang, Range>>, block: Block, list?: ListMarker): TextUnit {
  const unit: TextUnit = { type: 'text', parts, indented: block.indented, gapBefore: block.gapBefore };
  if (list) unit.list = list;
  return unit;
}

/** Split a text block into units. */
function textUnitsOf(source: string, block: Block): TextUnit[] {
  const { lines } = block;
  const texts = lines.map((l) => lineText(source, l));
  if (lines.length > 1 && texts.every((t) => listMarkerOf(t) !== undefined && !readsAsTitleLine(t))) {
    return lines.map((line, i) => textUnit({ [languageOf(texts[i]!) ?? 'en']: line }, { ...block, gapBefore: i === 0 ? block.gapBefore : 0 }, listMarkerOf(texts[i]!)));
  }
  // A hard-wrapped list, or a lead-in and its items one a line (`…apply:` ⏎ `(a) …;` ⏎ `(b) …`): a unit per group of
  // lines, the items with their markers.
  const groups: Array<{ from: number; to: number; marker?: ListMarker | undefined }> | undefined =
    wrappedItems(texts) ??
    leadInItems(
      texts,
      lines.map((l) => indentOf(source, l)),
    )?.map((g) => ({ ...g, marker: g.marker === undefined ? undefined : { marker: g.marker, ordered: true } }));
  if (groups) {
    return groups.map(({ from, to, marker }, i) => {
      const range = { start: lines[from]!.start, end: lines[to]!.end };
      return textUnit({ [languageOf(source.slice(range.start, range.end)) ?? 'en']: range }, { ...block, gapBefore: i === 0 ? block.gapBefore : 0 }, marker);
    });
  }
  const langs = texts.map((t) => languageOf(t));
  const switchAt = langs.findIndex((l, i) => i > 0 && l !== langs[0] && l !== undefined);
  if (switchAt > 0 && langs[0] === 'zh' && langs.slice(switchAt).every((l) => l === 'en' || l === undefined) && langs.slice(0, switchAt).every((l) => l === 'zh' || l === undefined)) {
    return [
      textUnit(
        {
          zh: { start: lines[0]!.start, end: lines[switchAt - 1]!.end },
          en: { start: lines[switchAt]!.start, end: lines[lines.length - 1]!.end },
        },
        block,
      ),
    ];
  }
  const start = lines[0]!.start;
  const end = lines[lines.length - 1]!.end;
  if (lines.length === 1) {
    const pair = splitBilingualLine(source, lines[0]!);
    if (pair && lineText(source, pair.en).split(/\s+/u).length >= 2) return [textUnit(pair, block)];
  }
  const whole = source.slice(start, end);
  return [textUnit({ [languageOf(whole) ?? 'en']: { start, end } }, block, listMarkerOf(whole))];
}

/** Numbering styles of top-level headings: a line of one of these ending a block is that block's next heading. */
const topLevelStyles: ReadonlySet<string> = new Set(['roman', 'chapter', 'cjk-enum']);

/** Whether a block of several lines ends with a line that is a top-level numbered heading on its own. */
function trailingHeading(source: string, block: Block): boolean {
  if (block.lines.length < 2) return false;
  const last = lineText(source, block.lines[block.lines.length - 1]!);
  const marker = readMarker(last);
  if (!marker || !topLevelStyles.has(marker.style) || !readsAsTitleLine(last)) return false;
  // The line before ends without a sentence's end or a comma: it is not a sentence running into the heading.
  const previous = lineText(source, block.lines[block.lines.length - 2]!).trim();
  if (/[,，;；:：]$/u.test(previous)) return false;
  return headingOfLines(source, [block.lines[block.lines.length - 1]!], 0) !== undefined;
}

/**
 * A list hard-wrapped at a fixed width: each line with a marker opens an item, the lines after it without one
 * continue it (`- Prevent and recover from malicious` ⏎ `cyber activities …;` ⏎ `- Prevent activity …`). Only where
 * the first line opens an item and two or more items are marked alike (one bullet; or one numbering style counting
 * on, each item's next line going on in lower case, as a wrapped sentence does), so that a heading over its text
 * or a prose line that happens to open with a number is no item. The lines of each item, by index.
 */
function wrappedItems(texts: readonly string[]): Array<{ from: number; to: number; marker: ListMarker }> | undefined {
  const markers = texts.map((t) => listMarkerOf(t));
  const opening = markers.flatMap((m, i) => (m ? [i] : []));
  if (opening[0] !== 0 || opening.length < 2 || opening.length === texts.length) return undefined;
  const items = opening.map((from, k) => ({ from, to: (opening[k + 1] ?? texts.length) - 1, marker: markers[from]! }));
  if (!items.every(({ marker }) => marker.ordered === items[0]!.marker.ordered)) return undefined;
  if (!items[0]!.marker.ordered) return items.every(({ marker }) => marker.marker === items[0]!.marker.marker) ? items : undefined;
  // Ordered: one style counting on by one (`1.` `2.`; `a)` `b)`), each wrapped item going on in lower case.
  const numbers = items.map(({ from }) => {
    const letter = readLetterItem(texts[from]!);
    if (letter) return { style: `letter${letter.replace(/[a-z]/u, '')}`, n: letter.replace(/[^a-z]/gu, '').charCodeAt(0) };
    const marker = readMarker(texts[from]!);
    return { style: marker?.style, n: marker?.number };
  });
  const counting = numbers.every((x, k) => x.style !== undefined && x.n !== undefined && x.style === numbers[0]!.style && (k === 0 || x.n === numbers[k - 1]!.n! + 1));
  const wrapped = items.every(({ from, to }) => to === from || /^\p{Ll}/u.test(texts[from + 1]!));
  return counting && wrapped ? items : undefined;
}

function readsAsTitleLine(text: string): boolean {
  const marker = readMarker(text);
  return marker !== undefined && readsAsTitle(text.slice(marker.length), languageOf(text) ?? 'en');
}

/** Styles that open a level above an article: after one of these, numbered headings are headings again. */
const aboveArticle: ReadonlySet<string> = new Set(['part', 'chapter', 'section']);

/**
 * A worded number opening a block: an article whose text runs on after its number (`第一条 为了…。`,
 * `Article 3 Member States shall …`), or a label line of its own (`Article 1`, `CHAPTER II`, `第三章`). The number
 * is the heading; a title line right under a label (`Article 1` ⏎ `Subject matter`) is its title; the rest of the
 * block is its first paragraph. Only an article runs on into its text. `lastArticle`: the number of the article
 * before; a marker printed with no space (`第三条为了…`) is an article only where it continues it.
 */
function wordedHeading(source: string, block: Block, lastArticle: number): { heading: HeadingUnit; rest?: Block } | undefined {
  const first = block.lines[0]!;
  const text = lineText(source, first);
  const marker = readMarker(text);
  if (!marker || (marker.style !== 'article' && !aboveArticle.has(marker.style))) return undefined;
  if (marker.needsContinuity && marker.number !== lastArticle + 1) return undefined;
  const restStart = first.start + marker.length;
  const labelOnly = restStart >= first.end;
  if (!labelOnly && marker.style !== 'article') return undefined;
  const lang = languageOf(text) ?? 'en';
  const label = { start: first.start, end: first.start + marker.printed };
  const heading: HeadingUnit = {
    type: 'heading',
    role: 'numbered',
    lang,
    style: marker.style,
    number: marker.number,
    parts: { [lang]: { range: label, label: marker.label } },
    gapBefore: block.gapBefore,
  };
  const after = (from: number): { heading: HeadingUnit; rest?: Block } =>
    from < block.lines.length ? { heading, rest: { lines: block.lines.slice(from), indented: false, gapBefore: 0 } } : { heading };
  const titleLine = (range: Range) => readsAsTitle(source.slice(range.start, range.end), languageOf(source.slice(range.start, range.end)) ?? lang);
  // `Article 2 Definitions` ⏎ `For the purposes of …`: a title on the number's line, the text on the lines after.
  if (!labelOnly && block.lines.length > 1 && titleLine({ start: restStart, end: first.end })) {
    heading.parts[lang] = { range: first, title: { start: restStart, end: first.end }, label: marker.label };
    return after(1);
  }
  // `Article 1` ⏎ `Subject matter` ⏎ `1. This Regulation …`: the line under the label is its title.
  const second = block.lines[1];
  if (labelOnly && second && readMarker(lineText(source, second)) === undefined && titleLine(second)) {
    heading.parts[lang] = { range: { start: first.start, end: second.end }, title: second, label: marker.label };
    return after(2);
  }
  if (labelOnly) return after(1);
  return { heading, rest: { lines: [{ start: restStart, end: first.end }, ...block.lines.slice(1)], indented: false, gapBefore: 0 } };
}

/**
 * A label-only heading (`Article 1`, `CHAPTER II`) whose title is the one-line paragraph after it (`Subject
 * matter`), as a text with a blank line between them, or one provision per line, prints it: that line is its title.
 */
function joinNameLines(source: string, units: Unit[]): Unit[] {
  const out: Unit[] = [];
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    const next = units[i + 1];
    const part = unit.type === 'heading' && unit.style !== undefined && (unit.style === 'article' || aboveArticle.has(unit.style)) ? unit.parts[unit.lang] : undefined;
    const nameRange = next?.type === 'text' && !next.list ? next.parts[unit.type === 'heading' ? unit.lang : 'en'] : undefined;
    if (part && part.title === undefined && next?.type === 'text' && Object.keys(next.parts).length === 1 && nameRange) {
      const name = source.slice(nameRange.start, nameRange.end);
      // On a line of its own: not the text an article's number runs on into (`第一条 为了…`).
      const ownLine = source.slice(part.range.end, nameRange.start).includes('\n');
      if (ownLine && !name.includes('\n') && readMarker(name) === undefined && readsAsTitle(name, (unit as HeadingUnit).lang)) {
        part.range = { start: part.range.start, end: nameRange.end };
        part.title = nameRange;
        out.push(unit);
        i++;
        continue;
      }
    }
    out.push(unit);
  }
  return out;
}

/**
 * Whether the first line of a block of several, after its number, is a title over the text of the lines after it
 * (`1.Definitions` ⏎ `In this Licence, the following terms …`, `0. Definitions.` ⏎ `"This License" refers to …`): a
 * title (short, no sentence end but perhaps its own full stop) whose next line opens a sentence of its own and is at
 * least twice as long, so not the first line of a wrapped item (`1. Strengthen cooperation on` ⏎ `cyber issues …`).
 */
function titleOverText(source: string, block: Block, rest: string, label: string): boolean {
  const next = block.lines[1];
  if (!next || !(readsAsTitle(rest, 'en') || endsLikeTitle(rest, 'en'))) return false;
  const nextText = lineText(source, next);
  // A text numbered under the title's own number (`5. Making Products` ⏎ `5.1 You may use …`) is its text too.
  const sub = readMarker(nextText);
  if (sub && sub.label.startsWith(`${label}.`) && /^\p{Lu}/u.test(nextText.slice(sub.length))) return true;
  // A title in capitals (`2. GRANT OF RIGHTS`) is one over whatever text opens below it, a numbered item too
  // (`a.  Subject to …`); over a text in capitals too, when that is at least twice as long (a wrapped item in
  // capitals goes on in lines as long as its first).
  if (isAllCapitals(rest)) return /^[\p{Lu}\p{Ll}\p{N}“"‘'(—–-]/u.test(nextText.trimStart()) && (!isAllCapitals(nextText) || rest.trim().length * 2 <= nextText.trim().length);
  return /^[\p{Lu}“"‘'(—–-]/u.test(nextText) && readMarker(nextText) === undefined && rest.trim().length * 2 <= nextText.trim().length;
}

/**
 * Numbered titles closed by a full stop, on a line of their own (`0. Definitions.`, `1. Source Code.`) or, in
 * English, opening the text they title (`2. Grant of Copyright License. Subject to …`), or a numbered title line over
 * its text (`titleOverText`): headings where they run in sequence (a number next to another's of the same style),
 * since one such line alone may as well be a list item (`1. Strengthen cooperation.`). The text after a run-in title
 * is the section's first paragraph.
 */
function periodTitles(source: string, blocks: readonly Block[]): Map<Block, { heading: HeadingUnit; rest?: Block }> {
  const found: Array<{ block: Block; unit: { heading: HeadingUnit; rest?: Block }; style: string; number: number }> = [];
  for (const block of blocks) {
    const line = block.lines[0]!;
    const text = lineText(source, line);
    const marker = readMarker(text);
    if (!marker || marker.style === 'article' || aboveArticle.has(marker.style)) continue;
    const rest = text.slice(marker.length);
    const lang = languageOf(text) ?? 'en';
    const titleStart = line.start + marker.length;
    // The title alone on its line, or (in English) a title sentence the text runs on from (`2. Grant of Copyright
    // License. Subject to …`), or a title line over the text's lines (`1.Definitions` ⏎ `In this Licence, …`).
    const alone = block.lines.length === 1 && !readsAsTitle(rest, lang) && endsLikeTitle(rest, lang);
    const leading = !alone && lang === 'en' && titleOverText(source, block, rest, marker.label);
    const runIn = !alone && !leading && lang === 'en' ? runInTitleEnd(rest, lang) : undefined;
    if (!alone && !leading && runIn === undefined) continue;
    const titleEnd = alone || leading ? line.end : titleStart + runIn!;
    const part = { range: { start: line.start, end: titleEnd }, title: { start: titleStart, end: titleEnd }, label: marker.label };
    const heading: HeadingUnit = { type: 'heading', role: 'numbered', lang, style: marker.style, number: marker.number, parts: { [lang]: part }, gapBefore: block.gapBefore };
    let restStart = titleEnd;
    while (restStart < line.end && /\s/u.test(source[restStart]!)) restStart++;
    const restLines = restStart < line.end ? [{ start: restStart, end: line.end }, ...block.lines.slice(1)] : block.lines.slice(1);
    found.push({ block, unit: restLines.length > 0 ? { heading, rest: { lines: restLines, indented: false, gapBefore: 0 } } : { heading }, style: marker.style, number: marker.number });
  }
  const keys = new Set(found.map((f) => `${f.style}:${f.number}`));
  return new Map(found.filter((f) => keys.has(`${f.style}:${f.number - 1}`) || keys.has(`${f.style}:${f.number + 1}`)).map((f) => [f.block, f.unit]));
}

/** A line of one punctuation character repeated (`=====`, `-----`, `~~~~~`): an underline, as text exports print titles. */
const underlineLine = /^([=\-~*^#+_])\1{2,}$/u;

/**
 * A numbered title line underlined by the next (`8.1. Example Libraries` ⏎ `======================`), as
 * reStructuredText and the text exports of manuals print headings: the underline about as long as the title. The
 * heading holds both lines (the underline is its markup) and keeps its numbering's style; the lines after the underline
 * are text. An unnumbered underlined line stays text: where it stands in the outline, only its numbering would say.
 */
function underlinedHeading(source: string, block: Block): { heading: HeadingUnit; rest?: Block } | undefined {
  const [line, second] = block.lines;
  if (!line || !second) return undefined;
  const title = lineText(source, line);
  const underline = lineText(source, second);
  if (!underlineLine.test(underline) || underline.length < title.length * 0.8 || underline.length > title.length * 1.5 + 2) return undefined;
  const heading = headingOfLines(source, [line], block.gapBefore);
  if (heading?.style === undefined) return undefined;
  heading.parts[heading.lang]!.range = { start: line.start, end: second.end };
  return block.lines.length > 2 ? { heading, rest: { lines: block.lines.slice(2), indented: false, gapBefore: 0 } } : { heading };
}

/** Plugin: `file.data.blocks` → `file.data.units`. */
export default function detectUnits() {
  return function (_tree: Root, file: VFile): void {
    const source = String(file.value);
    const hints = file.data.parseOptions?.hints ?? {};
    const { levels: forced, notHeadings } = structureCorrections(hints);
    const units: Unit[] = [];
    let lastArticle = 0;
    let inArticle = false;
    let sawRoman = false;
    let lastAppendix: string | undefined;
    const titled = periodTitles(source, file.data.blocks ?? []);
    // Letters that number sections of their own (`A.1.`, `B.2.3`): the letters of appendices.
    const appendixLetters = new Set((file.data.blocks ?? []).flatMap((b) => /^([A-Z])[.．]\d/u.exec(lineText(source, b.lines[0]!))?.[1] ?? []));
    for (const block of file.data.blocks ?? []) {
      const text = block.lines.map((l) => lineText(source, l)).join(' ');
      // A line a correction marks is read as the correction says (below).
      const firstLine = lineText(source, block.lines[0]!);
      const underlined = notHeadings.has(firstLine) || forced.has(firstLine) ? undefined : underlinedHeading(source, block);
      if (underlined) {
        units.push(underlined.heading);
        if (underlined.rest) units.push(...textUnitsOf(source, underlined.rest));
        continue;
      }
      let heading: HeadingUnit | undefined;
      if (!notHeadings.has(text)) heading = headingOfLines(source, block.lines, block.gapBefore);
      // A line a correction marks (`mark-heading`, `not-heading`) is read as the correction says, below.
      const period = heading || notHeadings.has(text) || forced.has(text) || inArticle ? undefined : titled.get(block);
      if (period) {
        units.push(period.heading);
        if (period.rest) units.push(...textUnitsOf(source, period.rest));
        continue;
      }
      // A lettered heading (`A. Background`) is one only under a roman one (`I. Introduction`), as outlines number,
      // or over sections numbered under its letter (`A. Example Procedure` ⏎ … ⏎ `A.1. Proposal`, an appendix): else
      // `A.` is a list's or a form's letter.
      // The letter after an appendix's continues the appendices (`B. Example Notes` after `A.`).
      if (heading?.style === 'upper-dot' && !sawRoman) {
        const letter = heading.parts[heading.lang]?.label ?? '';
        if (appendixLetters.has(letter) || (lastAppendix !== undefined && letter.charCodeAt(0) === lastAppendix.charCodeAt(0) + 1)) lastAppendix = letter;
        else heading = undefined;
      }
      if (heading?.style === 'roman') sawRoman = true;
      // A numbered heading inside an article is one of its list items (`（一）…`); a worded one above it ends it.
      if (heading?.style !== undefined && inArticle && heading.style !== 'article' && !aboveArticle.has(heading.style)) heading = undefined;
      else if (heading?.style === 'article' && heading.number !== lastArticle + 1 && readMarker(text)?.needsContinuity) heading = undefined;
      const article = heading || notHeadings.has(text) || forced.has(text) ? undefined : wordedHeading(source, block, lastArticle);
      if (article) {
        units.push(article.heading);
        if (article.rest) units.push(...textUnitsOf(source, article.rest));
        if (article.heading.style === 'article') lastArticle = article.heading.number!;
        inArticle = article.heading.style === 'article';
        continue;
      }
      if (heading?.style === 'article') {
        lastArticle = heading.number!;
        inArticle = true;
      } else if (heading && (heading.style === undefined || aboveArticle.has(heading.style))) inArticle = false;
      const level = forced.get(text);
      if (level !== undefined) {
        const range = { start: block.lines[0]!.start, end: block.lines[block.lines.length - 1]!.end };
        heading ??= { type: 'heading', role: 'numbered', lang: languageOf(text) ?? 'en', parts: { [languageOf(text) ?? 'en']: { range, title: range } }, gapBefore: block.gapBefore };
        heading.forcedLevel = level;
      }
      if (heading) units.push(heading);
      else if (trailingHeading(source, block) && !notHeadings.has(lineText(source, block.lines[block.lines.length - 1]!))) {
        // A top-level numbered heading line closing a block of other lines (`…to 2020` / `I. General provisions`,
        // no blank line between): the lines before are a block of their own, the last line a heading.
        const last = block.lines[block.lines.length - 1]!;
        const rest: Block = { ...block, lines: block.lines.slice(0, -1) };
        const before = headingOfLines(source, rest.lines, block.gapBefore);
        if (before) units.push(before);
        else units.push(...textUnitsOf(source, rest));
        units.push(headingOfLines(source, [last], 0)!);
      } else units.push(...textUnitsOf(source, block));
    }
    file.data.units = joinNameLines(source, units);
  };
}
