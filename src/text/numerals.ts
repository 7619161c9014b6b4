/**
 * Numerals and month names, in one place for the parser, the extraction and the import metadata: Chinese
 * numerals (一, 十二, 一百零一), the character class that prints them, roman numerals, and English month names.
 */

/** The characters of a Chinese numeral as numbering prints it (`第一百零一条`, `二十三、`). */
export const cjkNumeralChars = '〇零一二两三四五六七八九十百千';

/** One character of a Chinese numeral, as a regular expression class (`[〇零一…千]`), to build patterns from. */
export const cjkNumeral = `[${cjkNumeralChars}]`;

/** One character of a Chinese numeral or a digit, as a regular expression class. */
export const cjkNumeralOrDigit = `[${cjkNumeralChars}\\d]`;

const cjkDigit: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const cjkUnit: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/**
 * Value of a Chinese numeral (一, 十二, 一百零一, 二百三十) or of a digit string; undefined otherwise, also for
 * digits run together without a unit (`二〇二四` is a year written out, not a number of numbering).
 */
export function chineseNumber(text: string): number | undefined {
  if (/^\d+$/u.test(text)) return Number(text);
  if (text.length === 0 || [...text].some((c) => !cjkNumeralChars.includes(c))) return undefined;
  let total = 0;
  let digit: number | undefined;
  for (const char of text) {
    const unit = cjkUnit[char];
    if (unit !== undefined) {
      total += (digit ?? 1) * unit;
      digit = undefined;
    } else {
      // Two digits in a row are no numeral, but for 零 holding a place (`一百零一`).
      if (digit !== undefined && digit !== 0) return undefined;
      digit = cjkDigit[char]!;
    }
  }
  return total + (digit ?? 0);
}

const romanValues: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** Value of a roman numeral in capitals (I–CCC), or undefined. */
export function romanToInt(text: string): number | undefined {
  if (!/^[IVXLC]+$/u.test(text)) return undefined;
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const value = romanValues[text[i]!]!;
    const next = romanValues[text[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/** English month names, January first. */
const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** The month names as a regular expression alternation (`January|February|…`). */
export const monthPattern = monthNames.join('|');

/** The usual abbreviations (`Jan`, `Sept`), as an alternation. */
export const monthAbbreviationPattern = 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';

/** The month (1–12) a full or abbreviated English name gives, in any case; undefined otherwise. */
export function monthNumber(name: string): number | undefined {
  const key = name.toLowerCase().slice(0, 3);
  const index = monthNames.findIndex((m) => m.toLowerCase().startsWith(key));
  return key.length === 3 && index >= 0 ? index + 1 : undefined;
}

/** English number words, one to ten: the numbers headings (`Part Two`, `Pillar One`) and quantities (`five million`) spell out. */
const numberWords = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'] as const;

/** The number words as a regular expression alternation, in lower case (`one|two|…|ten`; match with the `i` flag). */
export const numberWordPattern = numberWords.join('|');

/** The number (1–10) an English number word gives, in any case; undefined otherwise. */
export function wordNumber(word: string): number | undefined {
  const index = numberWords.indexOf(word.toLowerCase() as (typeof numberWords)[number]);
  return index >= 0 ? index + 1 : undefined;
}

/**
 * All the words an English cardinal number is spelled with (`one thousand eight hundred and eight`), as a regular
 * expression alternation in lower case (match with the `i` flag).
 */
export const cardinalWordPattern = [
  ...numberWords,
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'sixty',
  'seventy',
  'eighty',
  'ninety',
  'hundred',
  'thousand',
  'and',
].join('|');
