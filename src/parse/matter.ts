/**
 * detectMatter: front matter is what comes before the first heading (a news
 * header, form fields, title lines); back matter is trailing source lines
 * (`(来源:新华网,编辑:Helen)`, `(Source: …)`) and end markers (`-----End`),
 * which are split off the paragraph they end wherever they occur.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { TextUnit, Unit } from './types.js';

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

/** Plugin: mark front and back matter in `file.data.units`. */
export default function detectMatter() {
  return function (_tree: Root, file: VFile): void {
    const source = String(file.value);
    const units = splitEndMarkers(source, file.data.units ?? []);
    const firstHeading = units.findIndex((u) => u.type === 'heading');
    if (firstHeading > 0) {
      for (let i = 0; i < firstHeading; i++) {
        const unit = units[i]!;
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
    file.data.units = units;
  };
}
