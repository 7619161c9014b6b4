/**
 * What reads as a heading's title, for both front-ends: short, opening like a
 * title, not ending like a sentence.
 */
import type { Lang } from '../text/script.js';

/** The end of a sentence or of a clause: a line ending so runs on, it is no title. */
const sentenceEnd = /[.;:?!,。；：？！，、]$/u;

/** Limits for a title: words (English) or characters (Chinese). */
export const titleLimits = { enWords: 25, zhChars: 60 } as const;

/** Whether a text reads as a heading title. `allowSentenceEnd`: a title closed by a full stop (`Policy.`) may be one. */
export function readsAsTitle(text: string, lang: Lang, allowSentenceEnd = false): boolean {
  const t = text.trim();
  if (t.length === 0) return false;
  if (!allowSentenceEnd && sentenceEnd.test(t)) return false;
  if (lang === 'en') return t.split(/\s+/u).length <= titleLimits.enWords && /^[\p{Lu}\p{N}“"‘'(]/u.test(t);
  return t.length <= titleLimits.zhChars;
}
