/**
 * Language of a text by script: the ratio of Han to Latin letters. Right where
 * statistical guessers (franc) go wrong on short text.
 */
export type Lang = 'en' | 'zh';

const han = /\p{Script=Han}/u;
const latin = /\p{Script=Latin}/u;

/** Count Han and Latin letters (ASCII letters counted without a regular expression, for speed). */
export function scriptCounts(text: string): { han: number; latin: number } {
  let h = 0;
  let l = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) l++;
    } else if (code >= 0x4e00 && code <= 0x9fff) h++;
    // Punctuation blocks common in both languages: ‘’“”… (U+2000–206F) are neither script; in the CJK
    // symbols (U+3000–303F) only 々〇 and the Hangzhou numerals are Han; among the full-width forms
    // (U+FF00–FFEF) only the letters are Latin.
    else if (code >= 0x2000 && code <= 0x206f) continue;
    else if (code >= 0x3000 && code <= 0x303f) {
      if (code === 0x3005 || code === 0x3007 || (code >= 0x3021 && code <= 0x3029) || (code >= 0x3038 && code <= 0x303b)) h++;
    } else if (code >= 0xff00 && code <= 0xffef) {
      if ((code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)) l++;
    } else if (han.test(text[i]!)) h++;
    else if (latin.test(text[i]!)) l++;
  }
  return { han: h, latin: l };
}

/**
 * The language of a text: `zh` when Han letters outweigh Latin ones (a Han
 * letter counts as much as three Latin letters, a word's worth), `en` when
 * it has Latin letters, undefined when it has neither.
 */
export function languageOf(text: string): Lang | undefined {
  const { han: h, latin: l } = scriptCounts(text);
  if (h === 0 && l === 0) return undefined;
  return h * 3 >= l ? 'zh' : 'en';
}

/** Whether a text is written in capitals: two capitals in a row and no small letter (`2. GRANT OF RIGHTS`). */
export function isAllCapitals(text: string): boolean {
  return /\p{Lu}{2}/u.test(text) && !/\p{Ll}/u.test(text);
}
