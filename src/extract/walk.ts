/**
 * Walking a document's section tree, and locating item texts in their
 * paragraphs: the folded paragraph text per language (from the caller's
 * `textAt`), sentences with their spans, and ids numbered in source order.
 */
import { LineIndex, spanOfFolded } from '../text/span.js';
import { walkTree } from '../text/tree.js';
import type { FoldedText } from '../text/fold.js';
import { splitSentences, type Sentence } from './segment.js';
import type { ExtractContext, Lang, LocalizedText, Paragraph, Section, Span } from './types.js';
import { matchSchemes } from '../parse/schemes.js';

/** A paragraph opening with a code fence: a block of code or of a template. */
const codeFence = /^(?:`{3,}|~{3,})/u;

/** A section with the sections above it. */
interface Visit {
  readonly section: Section;
  readonly ancestors: readonly Section[];
}

/** Every section in document order (pre-order), with its ancestors (through the one tree walker). */
export function sectionsOf(sections: readonly Section[]): Visit[] {
  const out: Visit[] = [];
  const ancestorsOf = new Map<Section, readonly Section[]>();
  for (const { node, parent } of walkTree(sections)) {
    const ancestors = parent ? [...(ancestorsOf.get(parent) ?? []), parent] : [];
    ancestorsOf.set(node, ancestors);
    out.push({ section: node, ancestors });
  }
  return out;
}

/**
 * A section's title in words: the title as printed without its numbering (`一、和平原则` → `和平原则`,
 * `Article 3 Scope` → `Scope`), read by the scheme table, as a section with a label prints it. A label-only heading
 * (`第一条`) has no words.
 */
export function titleWords(section: Pick<Section, 'title' | 'label'>): LocalizedText {
  const words: LocalizedText = {};
  for (const lang of ['en', 'zh'] as const) {
    let text = section.title?.[lang];
    if (text === undefined) continue;
    if (section.label !== undefined) text = text.slice(matchSchemes(text)[0]?.length ?? 0).replace(/^[\s.．、:：)）]+/u, '');
    if (text.trim().length > 0) words[lang] = text.trim();
  }
  return words;
}

/** One language of a paragraph: its text folded as in the source, and its sentences. */
export interface ParagraphText {
  readonly lang: Lang;
  readonly folded: FoldedText;
  readonly sentences: readonly Sentence[];
}

/** Where a sentence's own words start: a list item's marker (and the spaces after it) is not part of its first sentence. */
export function sentenceStart(paragraph: Pick<Paragraph, 'list'>, text: ParagraphText, sentence: Sentence): number {
  let from = sentence.start;
  if (paragraph.list && from === 0 && text.folded.text.startsWith(paragraph.list.marker)) {
    from = paragraph.list.marker.length;
    while (text.folded.text[from] === ' ') from++;
  }
  return from;
}

/** Locates texts in the source: one per document. */
export class Locator {
  readonly #index: LineIndex;
  readonly #ctx: ExtractContext;
  readonly #texts = new WeakMap<Paragraph, readonly ParagraphText[]>();
  constructor(ctx: ExtractContext) {
    this.#ctx = ctx;
    this.#index = new LineIndex(ctx.source);
  }

  /** The languages of a paragraph, in source order, each folded from its span; none of a fenced block of code. */
  languages(paragraph: Paragraph): readonly ParagraphText[] {
    // Every extractor asks for the same paragraphs: fold and split each once.
    const cached = this.#texts.get(paragraph);
    if (cached) return cached;
    const out: ParagraphText[] = [];
    this.#texts.set(paragraph, out);
    const add = (lang: Lang, span: Span | undefined, text: string | undefined): void => {
      if (!span || text === undefined) return;
      // Extraction runs before corrections: the source at the span is the paragraph's text (redaction comes last).
      const folded = this.#ctx.textAt(span);
      // A fenced block of code or of a template (```` ``` ````, `~~~`) is text the document shows, not text it says.
      if (folded.text.length === 0 || codeFence.test(folded.text)) return;
      out.push({ lang, folded, sentences: splitSentences(folded.text, lang) });
    };
    if (paragraph.spans) {
      add('en', paragraph.spans.en, paragraph.text.en);
      add('zh', paragraph.spans.zh, paragraph.text.zh);
      out.sort((a, b) => (a.folded.offsets[0] ?? 0) - (b.folded.offsets[0] ?? 0));
    } else if (paragraph.span) {
      const lang: Lang = paragraph.text.en !== undefined ? 'en' : 'zh';
      add(lang, paragraph.span, paragraph.text[lang]);
    }
    Object.freeze(out);
    return out;
  }

  /** The span of `folded.text.slice(from, to)`. */
  span(folded: FoldedText, from: number, to: number): Span {
    return spanOfFolded(this.#index, folded, from, to);
  }

  /** Fold a span (for headings). */
  fold(span: Span): FoldedText {
    return this.#ctx.textAt(span);
  }
}

/** Number items `<parent>__<kind>_<n>` in source order within each parent. */
export function numberItems<T extends { id: string; span?: Span; spans?: { en: Span; zh: Span } }>(items: readonly Omit<T, 'id'>[], parentOf: (item: Omit<T, 'id'>) => string, kind: string): T[] {
  const startOf = (item: Omit<T, 'id'>): number => item.span?.start ?? Math.min(item.spans?.en.start ?? Infinity, item.spans?.zh.start ?? Infinity);
  const sorted = [...items].sort((a, b) => startOf(a) - startOf(b));
  const counts = new Map<string, number>();
  return sorted.map((item) => {
    const parent = parentOf(item);
    const n = (counts.get(parent) ?? 0) + 1;
    counts.set(parent, n);
    return { id: `${parent}__${kind}_${n}`, ...item } as T;
  });
}
