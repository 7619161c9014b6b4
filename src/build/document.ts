/**
 * Turn a parsed section tree into the dataset's Document: texts folded from
 * their spans (markup left out), ids after the Akoma Ntoso convention, spans
 * with line and column, personal data redacted.
 */
import type { Document, LocalizedText, Paragraph, Section, SourceMetadata, Span, LanguageSpans } from '../../generated/types/index.js';
import type { ParsedSection, Range, TextUnit } from '../parse/index.js';
import { fold, type SkipRange } from '../text/fold.js';
import { LineIndex } from '../text/span.js';
import type { Lang } from '../text/script.js';
import { redactText, redactionsOf } from './redact.js';
import type { SourceText } from './sources.js';

const langs: readonly Lang[] = ['en', 'zh'];

export interface DocumentContext {
  source: SourceText;
  skip: readonly SkipRange[];
  index: LineIndex;
}

/** The text of a source range: folded, markup left out. */
export function textOf(ctx: Pick<DocumentContext, 'source' | 'skip'>, range: Range): string {
  return fold(ctx.source.text, range.start, range.end, ctx.skip).text;
}

function localized(ctx: DocumentContext, ranges: Partial<Record<Lang, Range>>): LocalizedText {
  const text: LocalizedText = {};
  for (const lang of langs) {
    const range = ranges[lang];
    if (range) text[lang] = redactText(textOf(ctx, range));
  }
  return text;
}

/** `{ span }` for one language, `{ spans }` for a bilingual pair. */
export function spanFields(index: LineIndex, ranges: Partial<Record<Lang, Range>>): { span: Span } | { spans: LanguageSpans } {
  if (ranges.en && ranges.zh) return { spans: { en: index.span(ranges.en.start, ranges.en.end), zh: index.span(ranges.zh.start, ranges.zh.end) } };
  const range = (ranges.en ?? ranges.zh)!;
  return { span: index.span(range.start, range.end) };
}

function paragraph(ctx: DocumentContext, unit: TextUnit, id: string): Paragraph {
  const p: Paragraph = { id, text: localized(ctx, unit.parts) };
  if (unit.list) p.list = { marker: unit.list.marker, ordered: unit.list.ordered };
  if (unit.lead) p.lead = redactText(unit.lead);
  Object.assign(p, spanFields(ctx.index, unit.parts));
  return p;
}

function section(ctx: DocumentContext, parsed: ParsedSection, documentId: string): Section {
  const id = `${documentId}/${parsed.eId}`;
  const s: Section = { id, kind: parsed.kind, level: parsed.level, paragraphs: [], children: [] };
  const heading = parsed.heading;
  if (heading) {
    const label = heading.parts.en?.label ?? heading.parts.zh?.label;
    const titles: Partial<Record<Lang, Range>> = {};
    const ranges: Partial<Record<Lang, Range>> = {};
    for (const lang of langs) {
      const part = heading.parts[lang];
      if (!part) continue;
      if (part.title) titles[lang] = part.title;
      ranges[lang] = part.range;
    }
    const title = localized(ctx, titles);
    const number = label !== undefined && heading.number !== undefined ? { number: heading.number } : {};
    const ordered: Section = { id, ...(label ? { label } : {}), kind: s.kind, ...number, level: s.level, ...(Object.keys(title).length > 0 ? { title } : {}), ...spanFields(ctx.index, ranges), paragraphs: [], children: [] };
    Object.assign(s, ordered);
  }
  s.paragraphs = parsed.paragraphs.map((unit, i) => paragraph(ctx, unit, `${id}__para_${i + 1}`));
  s.children = parsed.children.map((child) => section(ctx, child, documentId));
  return s;
}

/** Assemble a Document (items empty: extraction fills them). */
export function toDocument(metadata: SourceMetadata, source: SourceText, sections: readonly ParsedSection[], skip: readonly SkipRange[], omitted: readonly Range[] = []): Document {
  const ctx: DocumentContext = { source, skip, index: new LineIndex(source.text) };
  const tree = sections.map((s) => section(ctx, s, metadata.id));
  const document: Document = {
    id: metadata.id,
    work: metadata.work,
    title: metadata.title,
    kind: metadata.kind,
    issuer: metadata.issuer,
    date: metadata.date,
    languages: metadata.languages,
    ...(metadata.translation ? { translation: metadata.translation } : {}),
    origin: metadata.origin,
    source: { path: `data/sources/${metadata.id}.txt`, sha256: source.sha256, bytes: source.bytes },
    ...(metadata.notes ? { notes: metadata.notes } : {}),
    redactions: redactionsOf(source.text),
    ...(omitted.length > 0 ? { omitted: omitted.map((r) => ({ reason: 'markup' as const, span: ctx.index.span(r.start, r.end) })) } : {}),
    sections: tree,
    principles: [],
    actionItems: [],
    claims: [],
  };
  return document;
}

/** Every section of a tree, depth first, in source order. */
export function* walkSections(sections: readonly Section[]): Generator<Section> {
  for (const s of sections) {
    yield s;
    yield* walkSections(s.children);
  }
}
