/**
 * detectMatter: front matter is what comes before the first heading (a news
 * header, form fields, title lines); back matter is trailing source lines
 * (`(来源:新华网,编辑:Helen)`, `(Source: …)`) and end markers (`-----End`),
 * which are split off the paragraph they end wherever they occur.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { TextUnit, Unit } from './types.js';
import { announcesList, backMatterStart, isInterfaceLine, minInterfaceLines } from './boilerplate.js';
import { foldString } from '../text/fold.js';

const endMarker = /[ \t]*-{3,}[ \t]*end[ \t]*-*$/iu;
const sourceLine = /^[（(]\s*(?:来源|source)\s*[:：][^)）]*[)）]$/iu;

function singlePart(unit: TextUnit): { lang: 'en' | 'zh'; start: number; end: number } | undefined {
  const langs = Object.keys(unit.parts) as Array<'en' | 'zh'>;
  if (langs.length !== 1) return undefined;
  const part = unit.parts[langs[0]!]!;
  return { lang: langs[0]!, ...part };
}

/** Split end markers off the text units they end. */
function splitEndMarkers(source: string, units: Unit[]): Unit[] {
  const out: Unit[] = [];
  for (const unit of units) {
    const part = unit.type === 'text' ? singlePart(unit) : undefined;
    const match = part ? endMarker.exec(source.slice(part.start, part.end)) : null;
    if (unit.type !== 'text' || !part || !match) {
      out.push(unit);
      continue;
    }
    const markerStart = part.start + match.index + match[0].length - match[0].trimStart().length;
    if (markerStart > part.start && source.slice(part.start, markerStart).trim().length > 0) {
      const head = source.slice(part.start, markerStart).trimEnd();
      out.push({ ...unit, parts: { [part.lang]: { start: part.start, end: part.start + head.length } } });
      out.push({ type: 'text', parts: { [part.lang]: { start: markerStart, end: part.end } }, matter: 'back', indented: false, gapBefore: 0 });
    } else {
      out.push({ ...unit, matter: 'back' });
    }
  }
  return out;
}

/** The text of a unit of one language, folded (undefined for a bilingual pair). */
function unitText(source: string, unit: TextUnit): string | undefined {
  const part = singlePart(unit);
  return part ? foldString(source.slice(part.start, part.end)) : undefined;
}

/**
 * Where the back matter starts among the text units after the last heading, in the text's second half: at a line
 * a publisher ends with or the source declares (boilerplate.ts, `hints.backMatter`), or at a page's interface
 * closing the text (a run of short lines that are no sentences). `units.length` when neither is there.
 */
function backFrom(source: string, units: readonly Unit[], declared: ReadonlySet<string>): number {
  const lastHeading = units.findLastIndex((u) => u.type === 'heading');
  const half = source.length / 2;
  let from = units.length;
  for (let i = lastHeading + 1; i < units.length; i++) {
    const unit = units[i] as TextUnit;
    const text = unitText(source, unit);
    if (text === undefined || Object.values(unit.parts)[0]!.start < half) continue;
    if (backMatterStart(text, declared)) {
      from = i;
      break;
    }
  }
  let lines = 0;
  let tail = units.length;
  for (let i = units.length - 1; i > lastHeading; i--) {
    const unit = units[i] as TextUnit;
    const part = singlePart(unit);
    if (!part || part.start < half || unit.list) break;
    const texts = source
      .slice(part.start, part.end)
      .split('\n')
      .map(foldString)
      .filter((t) => t.length > 0);
    if (!texts.every((t) => isInterfaceLine(t))) break;
    lines += texts.length;
    tail = i;
  }
  // Never the whole of the last section: the lines right under a heading are its text (a list of signatories);
  // nor the list a line announces (`The members are:` ⏎ short names).
  const before = units[tail - 1];
  const beforePart = before?.type === 'text' ? singlePart(before) : undefined;
  const announces = beforePart !== undefined && announcesList(source.slice(beforePart.start, beforePart.end));
  const interfaceAt = lines >= minInterfaceLines && before?.type !== 'heading' && !announces ? tail : units.length;
  return Math.min(from, interfaceAt);
}

/** Plugin: mark front and back matter in `file.data.units`. */
export default function detectMatter() {
  return function (_tree: Root, file: VFile): void {
    const source = String(file.value);
    const units = splitEndMarkers(source, file.data.units ?? []);
    const firstHeading = units.findIndex((u) => u.type === 'heading');
    if (firstHeading > 0) {
      for (let i = 0; i < firstHeading; i++) {
        const unit = units[i]!;
        if (unit.type === 'text' && unit.opensBody) break;
        if (unit.type === 'text' && unit.matter === undefined) unit.matter = 'front';
      }
    }
    for (let i = units.length - 1; i >= 0; i--) {
      const unit = units[i]!;
      if (unit.type !== 'text') break;
      const part = singlePart(unit);
      if (unit.matter === 'back') continue;
      if (part && sourceLine.test(source.slice(part.start, part.end))) unit.matter = 'back';
      else break;
    }
    const declared = new Set(file.data.parseOptions?.hints?.backMatter ?? []);
    for (let i = backFrom(source, units, declared); i < units.length; i++) {
      const unit = units[i]!;
      if (unit.type === 'text') unit.matter = 'back';
    }
    file.data.units = units;
  };
}
