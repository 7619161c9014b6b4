/**
 * Language of a text by script: the ratio of Han to Latin letters. Right where
 * statistical guessers (franc) go wrong on short text.
 */
export type Lang = 'en' | 'zh';

const han = /\p{Script=Han}/gu;
const latin = /\p{Script=Latin}/gu;

/** Count Han and Latin letters. */
export function scriptCounts(text: string): { han: number; latin: number } {
  return { han: text.match(han)?.length ?? 0, latin: text.match(latin)?.length ?? 0 };
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
