/**
 * detectUnnumberedHeadings: a plain text structured only by unnumbered heading lines (`Our shared principles` ⏎
 * `We affirm …`), as statements and strategies copied from a web page print them. Without it such a text is one
 * section of paragraphs.
 *
 * Only in a text with no numbered heading, and only where two or more lines read so: a line of one language that
 * reads as a title (short, no sentence's end, an English one in capitals or title case), after a paragraph that ends
 * a sentence and before one that is a sentence and longer. Each is a top-level heading. The front matter is then the
 * title lines before the first sentence; the sentences from there to the first heading open the body (a preface).
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { languageOf, type Lang } from '../text/script.js';
import { foldString } from '../text/fold.js';
import { endsSentence } from './lines.js';
import { readsAsTitle } from './titles.js';
import type { HeadingUnit, TextUnit, Unit } from './types.js';

/** Most words (English) or characters (Chinese) of an unnumbered heading line: shorter than a numbered one may be. */
const limits = { en: 10, enCapitals: 20, zh: 25 } as const;

/** The one-language text of a unit, folded, with its range (undefined for a heading, a bilingual pair, a list item or a matter line). */
function lineOf(source: string, unit: Unit | undefined): { lang: Lang; text: string; start: number; end: number } | undefined {
  if (unit?.type !== 'text' || unit.list || unit.matter) return undefined;
  const entries = Object.entries(unit.parts);
  if (entries.length !== 1) return undefined;
  const [lang, range] = entries[0] as [Lang, { start: number; end: number }];
  return { lang, text: foldString(source.slice(range.start, range.end)), ...range };
}

const words = (text: string): number => text.split(/\s+/u).length;

/** Whether a paragraph is a sentence (ends like one) of more words than the heading line before it. */
function isSentence(text: string, lang: Lang, than = 0): boolean {
  return endsSentence.test(text) && (lang === 'zh' ? text.length > Math.max(than, 15) : words(text) > Math.max(than, 6));
}

/** Whether a line reads as an unnumbered heading: a title, short, an English one starting each main word in capitals or its first. */
function headingLine(text: string, lang: Lang): boolean {
  if (!readsAsTitle(text, lang) || /[:：,，]$/u.test(text)) return false;
  if (lang === 'zh') return text.length <= limits.zh && languageOf(text) === 'zh';
  // Not a date or a place and date (`12 May 2025`, `Paris, 12 November 2018`): a title starts with a letter.
  // A line in capitals is a heading by its print: it may be longer (`ESTABLISH REQUIREMENTS TO SUPPORT NATIONAL …`).
  const capitals = /\p{Lu}/u.test(text) && text === text.toUpperCase();
  return words(text) <= (capitals ? limits.enCapitals : limits.en) && /^\p{Lu}/u.test(text) && !/\d{4}$/u.test(text);
}

/** The indexes of the units that are unnumbered headings (none unless two or more). */
function unnumberedHeadings(source: string, units: readonly Unit[]): number[] {
  if (units.some((u) => u.type === 'heading' && u.role === 'numbered')) return [];
  const found: number[] = [];
  const texts = units.map((u) => lineOf(source, u));
  texts.forEach((line, i) => {
    if (!line || source.slice(line.start, line.end).includes('\n') || !headingLine(line.text, line.lang)) return;
    const before = texts[i - 1];
    const after = texts[i + 1];
    if (!before || !after || !endsSentence.test(before.text) || !isSentence(after.text, after.lang, line.lang === 'zh' ? line.text.length : Math.min(words(line.text), 8))) return;
    found.push(i);
  });
  return found.length >= 2 ? found : [];
}

/** Plugin: unnumbered heading lines of `file.data.units` become headings; the sentences before the first open the body. */
export default function detectUnnumberedHeadings() {
  return function (_tree: Root, file: VFile): void {
    const source = String(file.value);
    const units = file.data.units ?? [];
    const at = unnumberedHeadings(source, units);
    if (at.length === 0) return;
    for (const i of at) {
      const unit = units[i] as TextUnit;
      const line = lineOf(source, unit)!;
      const range = { start: line.start, end: line.end };
      const heading: HeadingUnit = { type: 'heading', role: 'numbered', lang: line.lang, parts: { [line.lang]: { range, title: range } }, gapBefore: unit.gapBefore };
      units[i] = heading;
    }
    // The title lines are front matter; the first sentence before the first heading opens the body.
    const first = units.findIndex((u) => u.type === 'heading');
    const opens = units.findIndex((u, i) => {
      const l = i < first ? lineOf(source, u) : undefined;
      return l !== undefined && isSentence(l.text, l.lang);
    });
    if (opens >= 0) (units[opens] as TextUnit).opensBody = true;
  };
}
