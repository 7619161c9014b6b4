/**
 * Concepts: which entries of the vocabulary (`schemas/concepts.json`) a text
 * names, by its terms (case-insensitive, whole words in English).
 */
import type { ConceptVocabulary, LocalizedText } from './types.js';

interface Hit {
  readonly key: string;
  readonly term: string;
  readonly count: number;
}

interface Matcher {
  readonly key: string;
  readonly term: string;
  /** The term as it is searched for: lower case in English, as written in Chinese. */
  readonly needle: string;
  readonly lang: 'en' | 'zh';
}

/** The vocabulary's terms as matchers, made once per vocabulary object. */
const compiled = new WeakMap<ConceptVocabulary, readonly Matcher[]>();

function matchers(vocabulary: ConceptVocabulary): readonly Matcher[] {
  let list = compiled.get(vocabulary);
  if (list) return list;
  const out: Matcher[] = [];
  for (const [key, concept] of Object.entries(vocabulary.concepts)) {
    if (!concept) continue;
    for (const lang of ['en', 'zh'] as const) {
      for (const term of concept.terms[lang] ?? []) out.push({ key, term, needle: lang === 'en' ? term.toLowerCase() : term, lang });
    }
  }
  list = out;
  compiled.set(vocabulary, list);
  return list;
}

const wordChar = /[\p{L}\p{N}]/u;

/** Whether the code point ending just before `at` is a letter or a digit. */
function wordBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const low = text.charCodeAt(at - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && at >= 2 ? at - 2 : at - 1;
  return wordChar.test(String.fromCodePoint(text.codePointAt(start)!));
}

/** Whether the code point starting at `at` is a letter or a digit. */
function wordAt(text: string, at: number): boolean {
  return at < text.length && wordChar.test(String.fromCodePoint(text.codePointAt(at)!));
}

/**
 * How often `needle` occurs in `text`, without overlaps, left to right; with
 * `whole`, only where no letter or digit touches it on either side (English
 * terms are whole words; Chinese has no spaces to bound them).
 */
export function countTerm(text: string, needle: string, whole: boolean): number {
  let count = 0;
  let at = text.indexOf(needle);
  while (at !== -1) {
    const end = at + needle.length;
    if (!whole || (!wordBefore(text, at) && !wordAt(text, end))) {
      count++;
      at = text.indexOf(needle, end);
    } else at = text.indexOf(needle, at + 1);
  }
  return count;
}

function hits(vocabulary: ConceptVocabulary, text: LocalizedText): Hit[] {
  const out: Hit[] = [];
  const haystack = { en: text.en?.toLowerCase(), zh: text.zh };
  for (const { key, term, needle, lang } of matchers(vocabulary)) {
    const value = haystack[lang];
    if (!value) continue;
    const count = countTerm(value, needle, lang === 'en');
    if (count > 0) out.push({ key, term, count });
  }
  return out;
}

/** The concept a name stands for: the one with the longest matching term (then most hits, then key order). */
export function bestConcept(vocabulary: ConceptVocabulary, text: LocalizedText): string | undefined {
  const found = hits(vocabulary, text).sort((a, b) => b.term.length - a.term.length || b.count - a.count || a.key.localeCompare(b.key));
  return found[0]?.key;
}

/** The concept a longer text is mostly about: most hits. */
export function mainConcept(vocabulary: ConceptVocabulary, text: LocalizedText): string | undefined {
  const totals = new Map<string, number>();
  for (const hit of hits(vocabulary, text)) totals.set(hit.key, (totals.get(hit.key) ?? 0) + hit.count);
  return [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}

/** Every concept a text names, sorted by key. */
export function conceptsOf(vocabulary: ConceptVocabulary, text: LocalizedText): string[] {
  return [...new Set(hits(vocabulary, text).map((hit) => hit.key))].sort();
}
