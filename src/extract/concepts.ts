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

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

interface Matcher {
  readonly key: string;
  readonly term: string;
  /** The term as the cheap pre-test looks for it (lower case in English). */
  readonly needle: string;
  readonly lang: 'en' | 'zh';
  readonly pattern: RegExp;
}

/** The vocabulary's term patterns, compiled once per vocabulary object. */
const compiled = new WeakMap<ConceptVocabulary, readonly Matcher[]>();

function matchers(vocabulary: ConceptVocabulary): readonly Matcher[] {
  let list = compiled.get(vocabulary);
  if (list) return list;
  const out: Matcher[] = [];
  for (const [key, concept] of Object.entries(vocabulary.concepts)) {
    if (!concept) continue;
    for (const lang of ['en', 'zh'] as const) {
      for (const term of concept.terms[lang] ?? []) {
        const pattern = lang === 'en' ? new RegExp(String.raw`(?<![\p{L}\p{N}])${escape(term)}(?![\p{L}\p{N}])`, 'giu') : new RegExp(escape(term), 'gu');
        out.push({ key, term, needle: lang === 'en' ? term.toLowerCase() : term, lang, pattern });
      }
    }
  }
  list = out;
  compiled.set(vocabulary, list);
  return list;
}

function hits(vocabulary: ConceptVocabulary, text: LocalizedText): Hit[] {
  const out: Hit[] = [];
  const lower = { en: text.en?.toLowerCase(), zh: text.zh };
  for (const { key, term, needle, lang, pattern } of matchers(vocabulary)) {
    const value = text[lang];
    if (!value) continue;
    // A cheap test first: most terms do not occur in most texts.
    if (!(lang === 'en' ? lower.en! : value).includes(needle)) continue;
    const count = value.match(pattern)?.length ?? 0;
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
