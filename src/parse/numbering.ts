/**
 * Reading numbering as printed: roman and Chinese numerals, and the heading
 * markers of each style.
 */
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

const cjkDigits: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Value of a Chinese numeral below 100 (一, 十, 十二, 二十三), or undefined. */
function cjkToInt(text: string): number | undefined {
  if (!/^[〇零一二两三四五六七八九十]+$/.test(text)) return undefined;
  const ten = text.indexOf('十');
  if (ten < 0) return text.length === 1 ? cjkDigits[text] : undefined;
  const tens = ten === 0 ? 1 : cjkDigits[text.slice(0, ten)];
  const units = ten === text.length - 1 ? 0 : cjkDigits[text.slice(ten + 1)];
  return tens === undefined || units === undefined ? undefined : tens * 10 + units;
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
  ['chapter', /^第([〇零一二两三四五六七八九十]+)章\s*/u, (m) => [cjkToInt(m[1]!), `第${m[1]}章`]],
  ['chapter', /^Chapter\s+([IVXLC]+|\d{1,3})\b[.:]?\s*/u, (m) => [romanToInt(m[1]!) ?? Number(m[1]), `Chapter ${m[1]}`]],
  ['roman', /^([IVXLC]{1,6})\.\s+/u, (m) => [romanToInt(m[1]!), m[1]!]],
  ['cjk-enum', /^([〇零一二两三四五六七八九十]{1,3})、\s*/u, (m) => [cjkToInt(m[1]!), m[1]!]],
  ['cjk-paren', /^[（(]([〇零一二两三四五六七八九十]{1,3})[）)]\s*/u, (m) => [cjkToInt(m[1]!), `(${m[1]})`]],
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

/** A bullet marker (`•`, `·`, `-`, `▪`) at the start of a line. */
export function readBullet(line: string): string | undefined {
  return /^([•·▪●◦‣]|-(?=\s))\s*/u.exec(line)?.[1];
}
