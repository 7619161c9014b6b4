/**
 * joinParagraphs: rebuild paragraphs the layout broke apart.
 *
 * - Indent-marked texts (each sentence on its own line, a new paragraph only
 *   where a line is indented): an unindented line continues the paragraph
 *   before it. Declared by metadata `hints.paragraphs: indent`, or detected when
 *   indented and unindented single-line blocks both make up a quarter of the body.
 * - Page breaks: a paragraph that stops mid-sentence (`…contributor to global`
 *   / `development and…`, `…确立的国` / `际法原则…`) is joined with the next one.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { Lang } from '../text/script.js';
import type { TextUnit, Unit } from './types.js';
import { opensIndented } from './lines.js';

const terminal = /[.!?。！？:：;；…"”’)）\]】》」』*]$/u;

function onlyLang(unit: TextUnit): Lang | undefined {
  const langs = Object.keys(unit.parts) as Lang[];
  return langs.length === 1 ? langs[0] : undefined;
}

function isBody(unit: Unit | undefined): unit is TextUnit {
  return unit !== undefined && unit.type === 'text' && unit.matter === undefined;
}

/** Whether the body marks paragraphs by indentation. */
export function usesIndentParagraphs(units: readonly Unit[]): boolean {
  const body = units.filter(isBody);
  if (body.length < 8) return false;
  const indented = body.filter((u) => u.indented).length;
  return indented >= body.length / 4 && body.length - indented >= body.length / 4;
}

/** Extend a one-language paragraph over the next one (same language) it continues. */
function extend(previous: TextUnit, unit: TextUnit): void {
  const lang = onlyLang(unit)!;
  previous.parts[lang] = { start: previous.parts[lang]!.start, end: unit.parts[lang]!.end };
}

/**
 * Merge unindented text units into the paragraph before them. `acrossBlankLines`: also over a blank line, where the
 * metadata declares that indents mark paragraphs (a text with a blank line after every line); a detected indent
 * style joins no lines a blank line parts (a licence whose clauses are single lines between blank lines, its items
 * indented, is no indent-marked text).
 */
function joinIndented(units: Unit[], acrossBlankLines: boolean): Unit[] {
  const out: Unit[] = [];
  for (const unit of units) {
    const previous = out[out.length - 1];
    if (isBody(unit) && !unit.indented && (acrossBlankLines || unit.gapBefore === 0) && !unit.list && isBody(previous) && !previous.list && onlyLang(unit) && onlyLang(previous) === onlyLang(unit)) {
      extend(previous, unit);
      continue;
    }
    out.push(unit);
  }
  return out;
}

/** Whether `next` continues `previous` across a page break. */
function continuesAcrossBreak(source: string, previous: TextUnit, next: TextUnit): boolean {
  const lang = onlyLang(previous);
  if (!lang || onlyLang(next) !== lang || next.list) return false;
  const a = previous.parts[lang]!;
  const b = next.parts[lang]!;
  // A line opening with an ideographic indent opens a paragraph.
  if (opensIndented(source, b.start)) return false;
  const before = source.slice(a.start, a.end);
  if (before.length < 40 || terminal.test(before)) return false;
  const first = source[b.start]!;
  if (lang === 'en') return /\p{Ll}/u.test(first);
  return /\p{Script=Han}/u.test(before[before.length - 1]!) && /\p{Script=Han}/u.test(first);
}

/** Join paragraphs broken by page breaks. */
function joinPageBreaks(source: string, units: Unit[]): Unit[] {
  const out: Unit[] = [];
  for (const unit of units) {
    const previous = out[out.length - 1];
    if (isBody(unit) && isBody(previous) && continuesAcrossBreak(source, previous, unit)) {
      extend(previous, unit);
      continue;
    }
    out.push(unit);
  }
  return out;
}

/** Plugin: rejoin paragraphs in `file.data.units`. */
export default function joinParagraphs() {
  return function (_tree: Root, file: VFile): void {
    const source = String(file.value);
    let units = file.data.units ?? [];
    const mode = file.data.parseOptions?.hints?.paragraphs ?? 'auto';
    if (mode === 'indent' || (mode === 'auto' && usesIndentParagraphs(units))) units = joinIndented(units, mode === 'indent');
    file.data.units = joinPageBreaks(source, units);
  };
}
