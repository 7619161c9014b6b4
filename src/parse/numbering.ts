/**
 * Reading numbering as printed: roman and Chinese numerals, and the heading
 * markers of each style.
 */
import { chineseNumber } from '../text/numerals.js';
import type { HeadingStyle } from './types.js';

const romanValues: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** Value of a roman numeral (I–CCC), or undefined. */
export function romanToInt(text: string): number | undefined {
  if (!/^[IVXLC]+$/.test(text)) return undefined;
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const value = romanValues[text[i]!]!;
    const next = romanValues[text[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

interface Marker {
  style: HeadingStyle;
  number: number;
  /** Label as printed, without trailing punctuation. */
  label: string;
  /** Length of the marker and the whitespace after it. */
  length: number;
}

const patterns: Array<[HeadingStyle, RegExp, (m: RegExpExecArray) => [number | undefined, string]]> = [
  ['chapter', /^第([〇零一二两三四五六七八九十]+)章\s*/u, (m) => [chineseNumber(m[1]!), `第${m[1]}章`]],
  ['chapter', /^Chapter\s+([IVXLC]+|\d{1,3})\b[.:]?\s*/u, (m) => [romanToInt(m[1]!) ?? Number(m[1]), `Chapter ${m[1]}`]],
  ['roman', /^([IVXLC]{1,6})\.\s+/u, (m) => [romanToInt(m[1]!), m[1]!]],
  ['cjk-enum', /^([〇零一二两三四五六七八九十]{1,3})、\s*/u, (m) => [chineseNumber(m[1]!), m[1]!]],
  ['cjk-paren', /^[（(]([〇零一二两三四五六七八九十]{1,3})[）)]\s*/u, (m) => [chineseNumber(m[1]!), `(${m[1]})`]],
  ['arabic-dot', /^(\d{1,2})[.．](?!\d)\s*/u, (m) => [Number(m[1]), m[1]!]],
  ['arabic-paren', /^[（(](\d{1,2})[）)]\s*/u, (m) => [Number(m[1]), `(${m[1]})`]],
];

/** The numbering marker a line starts with, if any. */
export function readMarker(line: string): Marker | undefined {
  for (const [style, pattern, read] of patterns) {
    const match = pattern.exec(line);
    if (!match) continue;
    const [number, label] = read(match);
    if (number === undefined || Number.isNaN(number)) continue;
    return { style, number, label, length: match[0].length };
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

/** A bullet marker (`•`, `·`, `-`, `▪`) at the start of a line. */
export function readBullet(line: string): string | undefined {
  return /^([•·▪●◦‣]|-(?=\s))\s*/u.exec(line)?.[1];
}
