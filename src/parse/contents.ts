/**
 * detectContents: a table of contents (`目录`, `Contents`, `Table of contents`)
 * repeats the headings of the body. Its entries become text units of the
 * `contents` section instead of headings; it ends before the unit that repeats
 * its first entry (where the body starts), or, without such a repeat, at the
 * first unit that is neither a heading nor a short line. A chapter's own table
 * of contents later on joins it, when the chapter's body repeats its first entry.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { foldString } from '../text/fold.js';
import type { Range, TextUnit, Unit } from './types.js';
import { bodyAfterContents } from './contents-range.js';

/** A comparison key for a unit: its texts folded, joined, lower-cased, without spaces. */
function unitKey(source: string, unit: Unit): string {
  const ranges: Range[] = [];
  for (const lang of ['zh', 'en'] as const) {
    const part = unit.parts[lang];
    if (part) ranges.push('range' in part ? part.range : part);
  }
  return ranges
    .map((r) => foldString(source.slice(r.start, r.end)))
    .join('')
    .replace(/\s+/gu, '')
    .toLowerCase();
}

function asEntry(unit: Unit): TextUnit {
  const parts: TextUnit['parts'] = {};
  for (const lang of ['zh', 'en'] as const) {
    const part = unit.parts[lang];
    if (part) parts[lang] = 'range' in part ? part.range : part;
  }
  return { type: 'text', parts, matter: 'contents', indented: false, gapBefore: unit.gapBefore };
}

function isShortLine(source: string, unit: Unit): boolean {
  if (unit.type === 'heading') return true;
  const key = unitKey(source, unit);
  return key.length <= 150 && !/[.。;；!?！？]$/u.test(key);
}

/** Plugin: mark table-of-contents entries in `file.data.units`. */
export default function detectContents() {
  return function (_tree: Root, file: VFile): void {
    const source = String(file.value);
    const units = file.data.units ?? [];
    const at = units.findIndex((u) => u.type === 'heading' && u.role === 'contents');
    if (at < 0 || at + 1 >= units.length) return;
    const keys = units.map((u) => unitKey(source, u));
    const long = (i: number) => units[i]!.type === 'text' && keys[i]!.length > 120;
    let end = bodyAfterContents(keys, at, long);
    if (end === undefined) {
      // Without the body's repeat, the entries are the short lines after the label.
      end = at + 1;
      while (end < units.length && isShortLine(source, units[end]!)) end++;
    }
    for (let i = at + 1; i < end; i++) units[i] = asEntry(units[i]!);
    // A chapter's own table of contents further on (a label again, its entries, then the chapter's first section):
    // label and entries join the document's table of contents, when the body right after repeats the first entry.
    for (let later = end; later < units.length; later++) {
      const unit = units[later]!;
      if (unit.type !== 'heading' || unit.role !== 'contents') continue;
      const body = bodyAfterContents(keys, later, long);
      if (body === undefined) continue;
      for (let i = later; i < body; i++) units[i] = asEntry(units[i]!);
      later = body - 1;
    }
  };
}
