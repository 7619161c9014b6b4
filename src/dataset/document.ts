/**
 * The document job of the build: a source parsed, its section tree turned
 * into the dataset's Document (texts folded from their spans, markup left
 * out, ids after the Akoma Ntoso convention, spans with line and column,
 * personal data redacted), and its items extracted.
 */
import type { VFileMessage } from 'vfile-message';
import type { ConceptVocabulary, Document, LocalizedText, Paragraph, Section, SourceMetadata, Span, LanguageSpans } from '../../generated/types/index.js';
import { structureHints, type LoadedCorrection } from '../corrections/index.js';
import { checkExpectedCounts, extractItems } from '../extract/index.js';
import { parseSource, type ParsedSection, type Range, type TextUnit } from '../parse/index.js';
import { createMessage } from '../text/messages.js';
import type { SourceInfo } from '../validate/integrity.js';
import { metadataPlace, type MetadataInput } from './load.js';
import { sourcePath } from './inputs.js';
import { fold, foldText, type SkipRange } from '../text/fold.js';
import { LineIndex } from '../text/span.js';
import { walkNodes } from '../text/tree.js';
import type { Lang } from '../text/script.js';
import { redactText, redactionsOf } from '../text/redact.js';
import type { SourceText } from './sources.js';

const langs: readonly Lang[] = ['en', 'zh'];

interface DocumentContext {
  source: SourceText;
  skip: readonly SkipRange[];
  index: LineIndex;
}

/** The text of a source range: folded, markup left out. */
function rangeText(ctx: Pick<DocumentContext, 'source' | 'skip'>, range: Range): string {
  return foldText(ctx.source.text, range.start, range.end, ctx.skip);
}

/** The languages of a pair in the order the source prints them (a bilingual text may put either first). */
function inSourceOrder(ranges: Partial<Record<Lang, Range>>): Lang[] {
  return langs.filter((lang) => ranges[lang] !== undefined).sort((a, b) => ranges[a]!.start - ranges[b]!.start);
}

/** A text per language, its keys in source order. */
function localized(ctx: DocumentContext, ranges: Partial<Record<Lang, Range>>): LocalizedText {
  const text: LocalizedText = {};
  for (const lang of inSourceOrder(ranges)) {
    const range = ranges[lang];
    if (range) text[lang] = redactText(rangeText(ctx, range));
  }
  return text;
}

/** `{ span }` for one language, `{ spans }` for a bilingual pair. */
function spanFields(index: LineIndex, ranges: Partial<Record<Lang, Range>>): { span: Span } | { spans: LanguageSpans } {
  if (ranges.en && ranges.zh) {
    const spans: Partial<LanguageSpans> = {};
    for (const lang of inSourceOrder(ranges)) spans[lang] = index.span(ranges[lang]!.start, ranges[lang]!.end);
    return { spans: spans as LanguageSpans };
  }
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
    const ordered: Section = {
      id,
      ...(label ? { label } : {}),
      kind: s.kind,
      ...number,
      level: s.level,
      ...(Object.keys(title).length > 0 ? { title } : {}),
      ...spanFields(ctx.index, ranges),
      paragraphs: [],
      children: [],
    };
    Object.assign(s, ordered);
  }
  s.paragraphs = parsed.paragraphs.map((unit, i) => paragraph(ctx, unit, `${id}__para_${i + 1}`));
  s.children = parsed.children.map((child) => section(ctx, child, documentId));
  return s;
}

/** The names a document speaks of itself by: those its metadata declares (`voice`), and its issuer's. */
export function voiceNames(metadata: Pick<SourceMetadata, 'voice' | 'issuer'>): string[] {
  return [...(metadata.voice ?? []), ...metadata.issuer.flatMap((i) => [i.en, i.zh].filter((n): n is string => n !== undefined))];
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
    rights: metadata.rights,
    ...(metadata.status ? { status: metadata.status } : {}),
    source: { path: sourcePath(metadata.id, metadata.format), sha256: source.sha256, bytes: source.bytes },
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

/** Check structure corrections against the parse made without them: stale lines are caught by applyCorrections; here, unnecessary ones. */
function unnecessaryStructure(corrections: readonly LoadedCorrection[], id: string, text: string, sections: readonly ParsedSection[]): VFileMessage[] {
  const starts = new Map<number, number>();
  for (const s of walkNodes(sections)) for (const part of Object.values(s.heading?.parts ?? {})) if (part) starts.set(part.range.start, s.level);
  const messages: VFileMessage[] = [];
  for (const c of corrections) {
    if (c.value.target !== id || (c.value.op !== 'mark-heading' && c.value.op !== 'not-heading')) continue;
    const match = new RegExp(`^[ \\t\\u3000]*${c.value.line!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[ \\t]*$`, 'mu').exec(text);
    if (!match) continue;
    const offset = match.index + (match[0].length - match[0].trimStart().length);
    const level = starts.get(offset);
    const needless = c.value.op === 'mark-heading' ? level === c.value.level : level === undefined;
    if (needless)
      messages.push(
        createMessage(
          `unnecessary: the parser already ${c.value.op === 'mark-heading' ? `makes "${c.value.line}" a heading at level ${c.value.level}` : `reads "${c.value.line}" as text`} (correction ${c.id})`,
          { file: c.file, place: c.locate('/op'), ruleId: 'unnecessary', hint: 'the parser now gets this right: delete the correction' },
        ),
      );
  }
  return messages;
}

function redactLocalized<T extends { en?: string; zh?: string }>(text: T): T {
  const out = { ...text };
  if (out.en !== undefined) out.en = redactText(out.en);
  if (out.zh !== undefined) out.zh = redactText(out.zh);
  return out;
}

export interface DocumentJob {
  input: MetadataInput;
  source: SourceText;
  concepts: ConceptVocabulary;
  /** Every correction: the structure corrections of this document steer the parser. */
  corrections: readonly LoadedCorrection[];
}

export interface BuiltDocument {
  document: Document;
  source: SourceInfo;
  /** Problems of the text and its metadata. */
  messages: VFileMessage[];
  /** Problems of corrections (unnecessary structure corrections). */
  correctionMessages: VFileMessage[];
}

/** One document from its source: parsed, assembled, its items extracted (texts redacted), its stated counts checked. */
export function buildDocument(job: DocumentJob): BuiltDocument {
  const { input, source, concepts, corrections } = job;
  const { id, metadata } = input;
  const messages: VFileMessage[] = [];
  const correctionMessages: VFileMessage[] = [];
  if (metadata.review === true) {
    messages.push(
      createMessage(`metadata of ${id} is an import stub not yet reviewed`, {
        file: input.yamlPath,
        place: metadataPlace(input, '/review'),
        ruleId: 'metadata-review',
        fatal: false,
        hint: 'check every field marked REVIEW against the text, then remove `review: true`',
      }),
    );
  }
  const format = metadata.format ?? 'text';
  const structural = structureHints(corrections, id);
  const hints = { ...(metadata.hints ?? {}), ...structural };
  const text = source.text;
  if (structural.headings.length + structural.notHeadings.length > 0) {
    correctionMessages.push(...unnecessaryStructure(corrections, id, text, parseSource(text, { format, hints: metadata.hints ?? {} }).sections));
  }
  const parsed = parseSource(text, { format, hints }, sourcePath(id, format));
  messages.push(...parsed.file.messages);
  const document = toDocument(metadata, source, parsed.sections, parsed.skip, parsed.omitted);
  const items = extractItems(document, { source: text, concepts, textAt: (span) => fold(text, span.start, span.end, parsed.skip), voice: voiceNames(metadata) });
  document.principles = items.principles.map((p) => ({ ...p, name: redactLocalized(p.name), statement: redactLocalized(p.statement) }));
  document.actionItems = items.actionItems.map((a) => ({ ...a, text: redactLocalized(a.text) }));
  document.claims = items.claims.map((c) => ({ ...c, text: redactLocalized(c.text) }));
  if (items.definitions.length > 0) document.definitions = items.definitions.map((d) => ({ ...d, term: redactLocalized(d.term), definition: redactLocalized(d.definition) }));
  for (const problem of checkExpectedCounts(document, metadata.expectedCounts)) {
    messages.push(
      createMessage(problem, {
        file: input.yamlPath,
        place: metadataPlace(input, '/expectedCounts'),
        ruleId: 'expected-counts',
        hint: 'the document states its own totals: fix the parser or extraction rule, add a correction, or fix expectedCounts if it was misread',
      }),
    );
  }
  return { document, source: { text, sha256: source.sha256, skip: parsed.skip }, messages, correctionMessages };
}
