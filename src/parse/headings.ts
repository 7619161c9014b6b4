/**
 * Heading recognition, as pure functions over the lines of one block.
 *
 * A block is a heading when its text (at most three lines, or two lines in two
 * languages) is: a numbered title in a known style (`I.`, `1.`, `(1)`,
 * `Chapter I.`, `第一章`, `一、`, `(一)`) that reads as a title (short, starts
 * with a capital or a Han character, no sentence punctuation at the end); a
 * panel (`Panel 3 …`, `专栏3`); or an unnumbered keyword heading (`Preface`,
 * `Conclusion`, `foreword`, `concluding remarks`, `序言`, `结束语`, `Contents`…).
 * A numbered line that does not read as a title (`(1) expanding internet
 * coverage…;`, `1. To what extent…?`) is a list item, not a heading.
 */
import { languageOf, type Lang } from '../text/script.js';
import { readAnnex, readMarker } from './numbering.js';
import { readsAsTitle } from './titles.js';
import type { HeadingPart, HeadingRole, HeadingUnit, Range } from './types.js';

const keywords: Record<string, HeadingRole> = {
  preface: 'preface',
  foreword: 'preface',
  introduction: 'preface',
  序言: 'preface',
  前言: 'preface',
  引言: 'preface',
  conclusion: 'conclusion',
  conclusions: 'conclusion',
  'concluding remarks': 'conclusion',
  epilogue: 'conclusion',
  结束语: 'conclusion',
  结语: 'conclusion',
  contents: 'contents',
  'table of contents': 'contents',
  目录: 'contents',
};

/** The longest line read as a keyword heading (the longest keyword, with room for spacing). */
const keywordLineLength = 64;

interface LineHeading {
  role: HeadingRole;
  lang: Lang;
  part: HeadingPart;
  style?: HeadingUnit['style'];
  number?: number;
}

/** Read a heading from a text span `[start, end)` of the source (one language, possibly several lines). */
function readHeading(source: string, start: number, end: number, joined: string): LineHeading | undefined {
  // Most lines are text: what makes a heading (a keyword, a panel or a marker) is looked for before the language.
  const keyword = joined.length <= keywordLineLength ? keywords[joined.toLowerCase().replace(/\s+/gu, ' ')] : undefined;
  const panel = keyword ? null : /^(Panel|专栏)\s*(\d{1,3})\s*/u.exec(joined);
  const marker = keyword || panel ? undefined : readMarker(joined);
  const annex = keyword || panel || marker ? undefined : readAnnex(joined);
  if (!keyword && !panel && !marker && !annex) return undefined;
  const lang = languageOf(joined);
  if (!lang) return undefined;
  if (keyword) {
    return { role: keyword, lang, part: { range: { start, end }, title: { start, end } } };
  }
  if (panel) {
    const titleStart = skipTo(source, start, panel[0].length);
    const title = joined.slice(panel[0].length);
    if (!readsAsTitle(title, languageOf(title) ?? lang)) return undefined;
    return { role: 'panel', lang, number: Number(panel[2]), part: { range: { start, end }, title: { start: titleStart, end }, label: `${panel[1]} ${panel[2]}` } };
  }
  if (annex) {
    // The label alone (`Appendix A`), or with a title (`Appendix A. Terms`).
    const title = joined.slice(annex.length);
    if (title.length > 0 && !readsAsTitle(title, languageOf(title) ?? lang)) return undefined;
    const part: HeadingPart = { range: { start, end }, label: annex.label };
    if (title.length > 0) part.title = { start: skipTo(source, start, annex.length), end };
    return { role: 'annex', lang, number: annex.number, part };
  }
  if (!marker) return undefined;
  const title = joined.slice(marker.length);
  if (!readsAsTitle(title, lang)) return undefined;
  return {
    role: 'numbered',
    lang,
    style: marker.style,
    number: marker.number,
    part: { range: { start, end }, title: { start: skipTo(source, start, marker.length), end }, label: marker.label },
  };
}

/** The source offset reached after `count` characters of folded text starting at `start` (markers are single-line). */
function skipTo(source: string, start: number, count: number): number {
  let offset = start + count;
  while (offset < source.length && /[ \t\u3000\u2003]/u.test(source[offset]!)) offset++;
  return offset;
}

/**
 * Split a line printed in two languages, Chinese first (`第一章 机遇与挑战 Opportunities and Challenges`),
 * at the whitespace before its first Latin letter. Undefined when the line is not such a pair.
 */
export function splitBilingualLine(source: string, line: Range): { zh: Range; en: Range } | undefined {
  const text = source.slice(line.start, line.end);
  const at = text.search(/\p{Script=Latin}/u);
  if (at <= 0 || !/\s/u.test(text[at - 1]!)) return undefined;
  const zh = text.slice(0, at).trimEnd();
  const en = text.slice(at);
  if (!/\p{Script=Han}/u.test(zh) || /\p{Script=Han}/u.test(en) || !/\p{Script=Latin}{2,}/u.test(en)) return undefined;
  return {
    zh: { start: line.start, end: line.start + zh.length },
    en: { start: line.start + at, end: line.end },
  };
}

function joinLines(source: string, lines: Range[]): string {
  return lines.map((l) => source.slice(l.start, l.end)).join(' ');
}

function toUnit(first: LineHeading, second: LineHeading | undefined, gapBefore: number): HeadingUnit {
  const unit: HeadingUnit = { type: 'heading', role: first.role, lang: first.lang, parts: { [first.lang]: first.part }, gapBefore };
  if (first.style) unit.style = first.style;
  if (first.number !== undefined) unit.number = first.number;
  if (second && second.lang !== first.lang) unit.parts[second.lang] = second.part;
  return unit;
}

/**
 * The heading a block's lines make, if any: one language on up to three
 * lines, a Chinese line followed by its English line, or one line holding both.
 */
export function headingOfLines(source: string, lines: Range[], gapBefore: number): HeadingUnit | undefined {
  if (lines.length === 0 || lines.length > 3) return undefined;
  const first = lines[0]!;
  if (lines.length === 2) {
    const a = readHeading(source, first.start, first.end, source.slice(first.start, first.end));
    const second = lines[1]!;
    const b = readHeading(source, second.start, second.end, source.slice(second.start, second.end));
    if (a && b && a.lang !== b.lang && (a.role === b.role || a.role === 'numbered' || b.role === 'numbered')) return toUnit(a, b, gapBefore);
  }
  if (lines.length === 1) {
    const pair = splitBilingualLine(source, first);
    if (pair) {
      const zh = readHeading(source, pair.zh.start, pair.zh.end, source.slice(pair.zh.start, pair.zh.end));
      const en = readHeading(source, pair.en.start, pair.en.end, source.slice(pair.en.start, pair.en.end));
      if (zh && (en || zh.role !== 'numbered' || readsAsTitle(source.slice(pair.en.start, pair.en.end), 'en'))) {
        const english: LineHeading = en ?? { role: zh.role, lang: 'en', part: { range: pair.en, title: pair.en } };
        if (zh.role === 'numbered' || en === undefined || en.role === zh.role) {
          return toUnit(zh, { ...english, part: { ...english.part, range: pair.en, title: en?.role === 'numbered' ? (english.part.title ?? pair.en) : pair.en } }, gapBefore);
        }
      }
    }
  }
  const last = lines[lines.length - 1]!;
  const whole = readHeading(source, first.start, last.end, joinLines(source, lines));
  if (whole) return toUnit(whole, undefined, gapBefore);
  return undefined;
}
