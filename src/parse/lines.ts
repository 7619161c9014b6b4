/**
 * Lines of a block, for both front-ends: a source range's trimmed lines, and
 * whether a paragraph holds one provision per line (a law database's export:
 * `第一章 总则` ⏎ `第一条 …` ⏎ `第二条 …`, no blank line between), in which
 * case each line is a block of its own.
 */
import { isSpaceAt } from '../text/fold.js';
import { matchSchemes, type SchemeMatch } from './schemes.js';
import type { Range } from './types.js';

/**
 * How far a line (from `linesOf`) is indented: the whitespace between its line's start and its text; 0 for a range
 * that starts inside a line, after text of its own (the rest of a run-in title's line, `Sec. 3. Title. (a) …`).
 */
export function indentOf(source: string, line: Range): number {
  const prefix = source.slice(source.lastIndexOf('\n', line.start - 1) + 1, line.start);
  return /^\s*$/u.test(prefix) ? prefix.length : 0;
}

/** Lines of a source range, trimmed, blank ones dropped. */
export function linesOf(source: string, start: number, end: number): Range[] {
  const lines: Range[] = [];
  let lineStart = start;
  while (lineStart <= end) {
    const newline = source.indexOf('\n', lineStart);
    const i = newline < 0 || newline > end ? end : newline;
    let a = lineStart;
    let b = i;
    while (a < b && isSpaceAt(source, a)) a++;
    while (b > a && isSpaceAt(source, b - 1)) b--;
    if (b > a) lines.push({ start: a, end: b });
    lineStart = i + 1;
  }
  return lines;
}

/** The first word of every worded scheme: a line without one opens no provision. */
const provisionWord = /^(?:第|part|chapter|sec|title|article)/iu;

/** The worded schemes that open a provision of their own (`第一条`, `第二章`, `Article 3`, `Chapter II`, `Section 4`). */
const provisionOpens: ReadonlySet<string> = new Set(['part', 'chapter', 'section', 'title', 'article']);

/**
 * Whether a paragraph holds one provision per line: three lines or more, two or more of which open with a worded
 * scheme right after a line that ended a sentence or was itself such a provision's heading. A prose paragraph
 * wrapped before a reference (`…as provided in` ⏎ `Article 5 of …`) does not: its line before runs on.
 */
export function provisionsPerLine(source: string, range: Range): boolean {
  // Most paragraphs are one or two lines, and most lines open with no word of a scheme: both are ruled out before
  // the scheme table is read (this runs on every paragraph).
  if (source.slice(range.start, range.end).split('\n', 3).length < 3) return false;
  const lines = linesOf(source, range.start, range.end).map((l) => source.slice(l.start, l.end).trim());
  // The length of the provision marker a line opens with (0: none).
  const opens = lines.map((line) => (provisionWord.test(line) ? (matchSchemes(line).find((m) => m.scheme.rank !== undefined && provisionOpens.has(m.scheme.opens))?.length ?? 0) : 0));
  // A line before that is a heading of its own: a marker and a short title (`第一章 总则`, `Article 1 Scope`).
  const heading = (i: number) => opens[i]! > 0 && lines[i]!.length - opens[i]! <= 25 && !/[,，;；]/u.test(lines[i]!) && !/\b(?:in|of|and|or|to|the|a|an|for|with|by|on|at)$/iu.test(lines[i]!);
  let provisions = 0;
  for (let i = 1; i < lines.length; i++) if (opens[i]! > 0 && (heading(i - 1) || endsSentence.test(lines[i - 1]!))) provisions++;
  return provisions >= 2;
}

/** Whether the line holding `at` opens with an ideographic space before `at` (two U+3000 before `安全问题…`): the indent Chinese pages open a paragraph with. */
export function opensIndented(source: string, at: number): boolean {
  return source.slice(source.lastIndexOf('\n', at - 1) + 1, at).includes('\u3000');
}

/**
 * Whether a block is a Chinese page's paragraphs with no blank line between them, each opening with an
 * ideographic indent (U+3000, usually two): two or more of its lines open so. Each line is then a block of its own (a heading
 * line, a paragraph); a line that only wraps the one before is joined again by the page-break rules, never a line
 * opening with the indent.
 */
function ideographicParagraphs(source: string, range: Range): boolean {
  const text = source.slice(range.start, range.end);
  return text.includes('\u3000') && (text.match(/\n[ \t]*\u3000/gu)?.length ?? 0) >= 2;
}

/** A line that ends a sentence or a clause (`…制定本法。`, `…as follows:`, `…”`), for both front-ends. */
export const endsSentence = /(?:[。！？；：.!?;:]|[。！？.!?]["”’）)])$/u;

/** A line all in bold (`**一、背景**`, `**CHAPTER I**`): a heading printed without heading markup. */
export const boldOnly = /^\*\*[^*\n]+\*\*$/u;

/** A line that no wrapped sentence runs on from: it ends a sentence, or it is all in bold. */
const endsUnit = (line: string): boolean => endsSentence.test(line) || boldOnly.test(line);

/**
 * Whether a block holds one paragraph per line with no blank line between them, as pages copied without their
 * markup give them: in a text without blank lines (`withoutBlankLines`), every block of two lines or more; else where
 * its lines open with an ideographic indent (two or more of them), or it has three lines or more, each of them
 * Chinese and ending a sentence or all bold. Prose wrapped at a width breaks lines inside sentences; its lines are
 * joined again by the rules for wrapped lines.
 */
export function paragraphPerLine(source: string, range: Range, withoutBlankLines = false): boolean {
  const text = source.slice(range.start, range.end);
  if (withoutBlankLines && text.includes('\n')) return true;
  if (ideographicParagraphs(source, range)) return true;
  if (text.split('\n', 3).length < 3) return false;
  return linesOf(source, range.start, range.end).every((l) => {
    const line = source.slice(l.start, l.end);
    // Chinese, where a line break inside a paragraph is not written (English Markdown may put each sentence on a
    // line of its own, its paragraphs still apart by blank lines); words, not a number alone (`3.`).
    return /\p{Script=Han}{2}/u.test(line) && endsUnit(line);
  });
}

/**
 * Whether a text marks its paragraphs by line ends, not by blank lines (a page copied as text): twenty lines or
 * more, fewer blank lines than one in twenty, and three in five of its lines end a sentence or are short (a
 * heading). A text hard-wrapped at a width has few blank lines too, but most of its lines stop mid-sentence.
 */
export function withoutBlankLines(source: string): boolean {
  let lines = 0;
  let blank = 0;
  let ending = 0;
  for (const raw of source.split('\n')) {
    lines++;
    const line = raw.trim();
    if (line === '') blank++;
    else if (line.length <= 30 || endsUnit(line)) ending++;
  }
  const filled = lines - blank;
  return filled >= 20 && blank * 20 < lines && ending >= filled * 0.6;
}

/** Schemes that number items in running text: no word of their own, never a decimal (`1.1`) or a bare number (`1 背景`). */
const itemNumbering = (m: SchemeMatch): boolean => m.scheme.rank === undefined && m.scheme.id !== 'dash' && m.scheme.id !== 'decimal' && m.scheme.id !== 'arabic-space-title';

/** A line that closes a lead-in or an item: a colon, a semicolon (`; and`, `; or`), a sentence's end. */
const closesClause = /(?:[:：;；.。!?！？]|;\s+(?:and|or)|[.。]["”’）)])$/u;

/**
 * A lead-in and its items printed in one paragraph, one item a line (`…the following definitions apply:` ⏎
 * `(a) ‘incident’ means …;` ⏎ `(b) ‘operator’ means ….`), as laws and treaties copied without blank lines give
 * them: two or more lines opening with one numbering counting on from 1, each the paragraph's first line or right
 * after a line that closes a clause. The groups of lines, by index: the lead-in (if any); each item with the lines
 * that wrap it (a line after one that closes a clause is no wrap: it opens a paragraph of its own), with the marker
 * it opens with. Undefined when the lines are not so (a prose line that happens to open with `(2)` after a line that
 * runs on is no item).
 */
export function leadInItems(lines: readonly string[], indents?: readonly number[]): Array<{ from: number; to: number; marker?: string }> | undefined {
  if (lines.length < 2) return undefined;
  const closes = lines.map((line) => closesClause.test(line.trim()));
  // A hanging indent: the line after is indented further than this one, as the lines that wrap a list item are.
  const hangs = (i: number): boolean => indents !== undefined && i + 1 < lines.length && indents[i + 1]! > indents[i]!;
  // The first item under a lead-in that runs into it (`An Example Member may` ⏎ `1. vote;`): indented further than the
  // lead-in, and hanging over its wrapped lines (or one line long).
  const opensUnder = (i: number): boolean => indents !== undefined && indents[i]! > indents[i - 1]! && (hangs(i) || closes[i]!);
  const opens = new Map<number, string>();
  let last: SchemeMatch | undefined;
  // Where indents are known, the items of one list start their text at the first one's column (numbers may be right
  // aligned: `    9. …` ⏎ `   10. …`): a numbered line whose text starts further in is a list nested in the item above
  // it (`2. Delaying a decision:` ⏎ `     1. If …`), and stays in that item.
  let itemColumn: number | undefined;
  for (let i = 0; i < lines.length; i++) {
    if (i > 0 && !closes[i - 1] && !(last === undefined && opensUnder(i))) continue;
    const readings = matchSchemes(lines[i]!).filter(itemNumbering);
    // One scheme counting on by one from 1 (`(i)` is a roman 1 or the letter i: the reading that counts on is taken).
    const match = last ? readings.find((r) => r.scheme === last!.scheme && r.number === last!.number + 1) : readings.find((r) => r.number === 1);
    if (!match) continue;
    const column = indents === undefined ? undefined : indents[i]! + match.length + /^\s*/u.exec(lines[i]!.slice(match.length))![0].length;
    if (itemColumn !== undefined && column !== itemColumn) continue;
    opens.set(i, lines[i]!.slice(0, match.length).trim());
    last = match;
    itemColumn ??= column;
  }
  if (opens.size < 2) return undefined;
  // A numbered line that closes nothing, with a capitalised line under it, is a heading over its text (`1. Scope` ⏎
  // `This part sets out…`), not an item.
  // A hanging indent under it makes the next line its wrap where the numbered line runs on: it fills the width the
  // text is wrapped at, or ends with a comma or a word that ends no title (`… except that the Example Chair,`); a short
  // line with a capitalised line under it is still a title (`1. Example Forum will remain open` ⏎ `We provide …`).
  const width = Math.max(...lines.map((l) => l.trim().length));
  const wraps = (i: number): boolean => hangs(i) && (lines[i]!.trim().length >= width * 0.8 || /(?:[,;]|\b(?:and|or|the|of|to|a|an|in|for|with|by))$/iu.test(lines[i]!.trim()));
  for (const i of opens.keys()) if (!closes[i] && !wraps(i) && i + 1 < lines.length && !opens.has(i + 1) && /^\p{Lu}/u.test(lines[i + 1]!.trim())) return undefined;
  const groups: Array<{ from: number; to: number; marker?: string }> = [];
  lines.forEach((_, i) => {
    const current = groups[groups.length - 1];
    const marker = opens.get(i);
    // A line after one that closes a clause opens a paragraph, unless it is indented under its item's marker line (a
    // hanging indent: the item's next sentence).
    const under = indents !== undefined && current?.marker !== undefined && indents[i]! > indents[current.from]!;
    if (!current || marker !== undefined || (current.marker !== undefined && closes[i - 1] && !under)) groups.push(marker === undefined ? { from: i, to: i } : { from: i, to: i, marker });
    else current.to = i;
  });
  return groups;
}

/**
 * Numbered titles, each over its text indented under it (`1. Example Forum will stay open` ⏎ `   We provide …`; a
 * definition list as a browser prints it to text): two or more lines opening with one item numbering counting on by
 * one, each short (under four fifths of the width the text is wrapped at), ending with no sentence's or clause's stop, the line
 * after it indented further and capitalised. The groups of lines, by index: each title alone, then its text. The
 * block's first line is a title; undefined when the lines are not so.
 */
export function titledItems(source: string, ranges: readonly Range[]): Array<{ from: number; to: number }> | undefined {
  // The first line must open one: most blocks are ruled out before any other line is read.
  if (ranges.length < 4) return undefined;
  const opening = source.slice(ranges[0]!.start, ranges[0]!.end);
  if (!/^[(\d\p{L}]/u.test(opening) || !matchSchemes(opening).some((r) => itemNumbering(r) && r.number === 1)) return undefined;
  const lines = ranges.map((l) => source.slice(l.start, l.end));
  const indents = ranges.map((l) => indentOf(source, l));
  const width = Math.max(...lines.map((l) => l.trim().length));
  const titles: number[] = [];
  let last: SchemeMatch | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    const match = matchSchemes(line)
      .filter(itemNumbering)
      .find((r) => (last ? r.scheme === last.scheme && r.number === last.number + 1 : r.number === 1));
    if (!match) continue;
    const next = lines[i + 1]?.trim();
    if (line.length >= width * 0.8 || /[.;:,!?。；：，！？]$/u.test(line) || next === undefined || indents[i + 1]! <= indents[i]! || !/^\p{Lu}/u.test(next)) return undefined;
    titles.push(i);
    last = match;
  }
  if (titles.length < 2 || titles[0] !== 0) return undefined;
  return titles.flatMap((t, k) => {
    const end = (titles[k + 1] ?? lines.length) - 1;
    return [
      { from: t, to: t },
      { from: t + 1, to: end },
    ];
  });
}

/**
 * `leadInItems` over a source range: each group's range (the first from the range's start, the last to its end)
 * and the marker of an item. `lineText` gives a line's text (its folded text where markup is left out).
 */
export function leadInParts(source: string, range: Range, lineText: (line: Range) => string = (l) => source.slice(l.start, l.end)): Array<{ range: Range; marker?: string }> | undefined {
  const lines = linesOf(source, range.start, range.end);
  const groups = leadInItems(
    lines.map(lineText),
    lines.map((l) => indentOf(source, l)),
  );
  return groups?.map((g, k) => ({
    range: { start: k === 0 ? range.start : lines[g.from]!.start, end: k === groups.length - 1 ? range.end : lines[g.to]!.end },
    ...(g.marker === undefined ? {} : { marker: g.marker }),
  }));
}
