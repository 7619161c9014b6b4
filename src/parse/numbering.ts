/**
 * The plain-text front-end's numbering, read through the one scheme table
 * (schemes.ts): a declared table says which schemes make headings of a plain
 * text and the style each is (styles order the depth, see tree.ts). A scheme
 * not listed here is not a heading of a plain text; giving it one is a new
 * entry here, with its test, never a pattern of its own.
 */
import { decimalDepth, matchSchemes } from './schemes.js';
import type { HeadingStyle } from './types.js';

/** Scheme id (schemes.ts) → the heading style a plain text gives it. */
export const plainTextStyles: Readonly<Record<string, HeadingStyle>> = {
  'zh-part': 'part',
  'zh-part-section': 'part',
  'en-part': 'part',
  'en-pillar': 'pillar',
  'en-objective': 'objective',
  'zh-chapter': 'chapter',
  'en-chapter': 'chapter',
  'zh-section': 'section',
  'en-section': 'section',
  'zh-article': 'article',
  'zh-article-run-on': 'article',
  'en-article': 'article',
  'roman-dot': 'roman',
  // `A. Background` under `I. Introduction` (units.ts reads it only under a roman heading).
  'upper-dot': 'upper-dot',
  'cjk-enum': 'cjk-enum',
  'cjk-paren': 'cjk-paren',
  'arabic-dot': 'arabic-dot',
  'arabic-paren': 'arabic-paren',
  // `1.1`, `1.1.1`, `1.1.1.1`: a style per depth (`decimal-2` …), see `readMarker`.
  decimal: 'decimal-2',
  // `A.1`, `A.1.1`: an appendix's sections under its letter, a style per depth as decimals (units.ts reads `A.` as the
  // appendix's heading where such sections follow it).
  'letter-decimal': 'decimal-2',
};

/** The style of a decimal label by its depth (`decimalDepth`): `2.1` is `decimal-2`, `2.1.3` is `decimal-3`; `2.0` is `2.`'s. */
const decimalStyle = (label: string): HeadingStyle => {
  const depth = decimalDepth(label);
  return depth === 1 ? plainTextStyles['arabic-dot']! : (`decimal-${Math.min(4, depth)}` as HeadingStyle);
};

/** The style of a decimal under a letter by its depth: `A.1` is `decimal-2`, `A.1.1` is `decimal-3` (under `A.`, as `1.1` under `1.`). */
const letterDecimalStyle = (label: string): HeadingStyle => `decimal-${Math.min(4, label.split(/[.．]/u).length)}` as HeadingStyle;

interface Marker {
  style: HeadingStyle;
  number: number;
  /** Label as printed, without trailing punctuation. */
  label: string;
  /** Length of the marker, the punctuation closing it (`Chapter I.`, `Chapter 2:`) and the whitespace after it. */
  length: number;
  /** Length of the marker as printed (`第三条`, `Article 5`). */
  printed: number;
  /** A marker run on into its text (`第三条为了…`): a heading only where it continues the numbering. */
  needsContinuity: boolean;
}

/** Scheme ids (schemes.ts) of the annexes a plain text heads: a text of its own at the top, its numbering under it. */
export const plainTextAnnexes: ReadonlySet<string> = new Set(['en-annex', 'zh-annex']);

/** The annex label a line starts with (`Appendix A.`, `Exhibit B -`, `附件2`), with the punctuation closing it. */
export function readAnnex(line: string): Omit<Marker, 'style' | 'needsContinuity'> | undefined {
  const match = matchSchemes(line).find((m) => plainTextAnnexes.has(m.scheme.id));
  if (match === undefined) return undefined;
  const closing = /^\s*(?:[.:：]|[-–—](?=\s))?\s*/u.exec(line.slice(match.length))![0].length;
  return { number: match.number, label: match.label, length: match.length + closing, printed: match.length };
}

/** The numbering marker a line starts with, if it is one of a plain text's heading styles. */
export function readMarker(line: string): Marker | undefined {
  for (const match of matchSchemes(line)) {
    const declared = plainTextStyles[match.scheme.id];
    if (declared === undefined) continue;
    const style = match.scheme.id === 'decimal' ? decimalStyle(match.label) : match.scheme.id === 'letter-decimal' ? letterDecimalStyle(match.label) : declared;
    const closing = /^[.:]?\s*/u.exec(line.slice(match.length))![0].length;
    return { style, number: match.number, label: match.label, length: match.length + closing, printed: match.length, needsContinuity: match.scheme.needsContinuity === true };
  }
  return undefined;
}

/**
 * A lettered item marker (`a)`, `(b)`, `c)to …`) at the start of a line: a list item, never a heading (a letter
 * alone says nothing of rank).
 */
export function readLetterItem(line: string): string | undefined {
  return /^(\(?[a-z]\))\s*(?=\S)/u.exec(line)?.[1];
}

/** A bullet marker (`•`, `·`, `-`, `*`, `▪`) at the start of a line (`-` and `*` with a space after them). */
export function readBullet(line: string): string | undefined {
  return /^([•·▪●◦‣]|[-*](?=\s))\s*/u.exec(line)?.[1];
}
