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
    else if (han.test(text[i]!)) h++;
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
