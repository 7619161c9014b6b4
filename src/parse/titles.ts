/**
 * What reads as a heading's title, for both front-ends: short, opening like a
 * title, not ending like a sentence.
 */
import type { Lang } from '../text/script.js';
import type { Range } from './types.js';

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

/** A finite or modal verb, or a defining one (`"Contribution" means …`): a text holding one is a sentence, no title. */
const finiteVerb = /\b(?:shall|must|may|will|should|is|are|was|were|has|have|means|includes)\b/iu;

/** A title that ends with a period and has no other sentence break (`Ensuring the Safety of AI Technology.`). */
export function endsLikeTitle(text: string, lang: Lang): boolean {
  const t = text.trim();
  if (!/[.。]$/u.test(t)) return false;
  const body = t.slice(0, -1);
  // A sentence with a finite or modal verb (`Nothing in this order shall prohibit…`) is text, not a title.
  if (lang === 'en' && finiteVerb.test(body)) return false;
  // A Chinese sentence with a colon or a semicolon inside (`（二）示例用户：指…。`: a definition, a lead-in) is text.
  if (lang === 'zh' && /[：；:;]/u.test(body)) return false;
  // A full stop after a single capital is an initial (`U.S. GOVERNMENT END USERS.`), not a sentence's end.
  return !/(?:(?<!(?:^|[^\p{L}])\p{Lu})\.|[;:!?。；：！？])(?=\s|\(|\p{Lu}|$)/u.test(body) && readsAsTitle(body, lang);
}

/** A short first sentence that titles the rest (`加强内容识别预警。`, `Policy.`), as an index into `text`. */
export function runInTitleEnd(text: string, lang: Lang): number | undefined {
  if (lang === 'zh') {
    const m = /^[^。！？；，：:;,]{2,25}[。！？]/u.exec(text);
    return m && m[0].length < text.length ? m[0].length : undefined;
  }
  // The title's period may lack its space (`Supporting Workers.(a)  To advance…`, `AI Training.To improve…`). A
  // semicolon before a capital joins two titles in one (`Permitted Uses; Conditions.`); a sentence goes on in
  // lower case after one.
  const m = /^((?:[^.;:!?]|;\s(?=\p{Lu}))(?:[^.;:!?]|;\s(?=\p{Lu})){1,159}?[.:])(?:\s+(?=[\p{Lu}(“"])|(?=\p{Lu}\p{Ll}|\([a-z0-9]{1,3}\)))/u.exec(text);
  if (!m) return undefined;
  const words = m[1]!.split(/\s+/u);
  // Up to 16 words; up to 20 when it has no comma (a long title is one noun phrase: `Reviewing the Risks Arising
  // from Earlier Transfers of Sensitive Data Held by Providers of Services to Public Agencies.`, 17 words).
  if (words.length > 20 || (words.length > 16 && m[1]!.includes(',')) || !/^\p{Lu}/u.test(m[1]!)) return undefined;
  if (/\b(?:is|are|was|were|has|have|will|shall|should|must|may)\b/iu.test(m[1]!)) return undefined;
  return m[1]!.length;
}

/**
 * A heading's title as the dataset gives it, in both front-ends: the heading as printed, numbering included
 * (`第一章 总 则`, `Article 14 Search and seizure`, a label-only `第一条`), so that every word of the source is in a
 * title or a paragraph; a section's `label` and `number` give the numbering alone. A heading without numbering keeps
 * its title (a Markdown heading's words without its `#` markers).
 */
export function printedTitle(part: { range: Range; title?: Range; label?: string }): Range | undefined {
  return part.label !== undefined ? part.range : part.title;
}
