/**
 * Fixtures for the extraction tests, built by hand from the real sources
 * until the parser lands: sections whose paragraphs are blocks of source
 * lines, text = fold of the block's span (as the parser does).
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import type { SourceMetadata } from '../../generated/types/index.js';
import { toDocument, voiceNames } from '../../src/dataset/document.js';
import { extractItems } from '../../src/extract/index.js';
import { parseSource } from '../../src/parse/index.js';
import { fold } from '../../src/text/fold.js';
import { readSource } from '../helpers.js';
import { LineIndex } from '../../src/text/span.js';
import type { ConceptVocabulary, Document, ExtractContext, Paragraph, Section, SectionKind, Span } from '../../src/extract/types.js';

const root = new URL('../../', import.meta.url);

export function source(id: string): string {
  return readSource(id);
}

export const concepts = JSON.parse(readFileSync(new URL('schemas/concepts.json', root), 'utf8')) as ConceptVocabulary;

/** The items extracted from a text written for a test (Markdown unless said), read as a document of the given kind (no reviewed metadata but the kind). */
export function itemsOfMarkdown(text: string, kind: string, format: 'markdown' | 'text' = 'markdown'): ReturnType<typeof extractItems> {
  const parsed = parseSource(text, { format });
  const metadata = {
    id: 'fx',
    work: 'fx',
    title: { en: 'Example' },
    kind,
    issuer: [{ en: 'Example' }],
    date: { value: '2024', basis: 'stated' },
    languages: ['en'],
    origin: { publisher: 'Example' },
    rights: { status: 'public-domain', basis: 'a text written for this test' },
  } as SourceMetadata;
  const doc = toDocument(metadata, { text, sha256: '', bytes: text.length }, parsed.sections, parsed.skip, parsed.omitted);
  return extractItems(doc, { source: text, concepts, textAt: (span) => fold(text, span.start, span.end, parsed.skip) });
}

export function context(text: string, voice?: readonly string[]): ExtractContext {
  return { source: text, concepts, textAt: (span: Span) => fold(text, span.start, span.end), ...(voice ? { voice } : {}) };
}

/** A seed's voice as the build gives it (`voiceNames` of its metadata). */
export function voiceFor(id: string): string[] {
  return voiceNames(parseYaml(readFileSync(new URL(`data/sources/${id}.yaml`, root), 'utf8')) as SourceMetadata);
}

export interface SectionSpec {
  eId: string;
  kind?: SectionKind;
  title?: { en?: string; zh?: string };
  /** 1-based line of the heading (per language for a bilingual heading). */
  heading?: number | { en: number; zh: number };
  /** 1-based inclusive line range of the section's own paragraphs. */
  lines?: [number, number];
  /** `blank`: a blank line ends a paragraph; `indent`: an indented line starts one; `bilingual`: a zh line then its en line. */
  mode?: 'blank' | 'indent' | 'bilingual';
  /** Take a short opening sentence as the paragraph's lead. */
  leads?: boolean;
  children?: SectionSpec[];
}

const listMarker = /^(\(\d+\)|\d+\.|•)\s/u;

function lineSpans(text: string, index: LineIndex, from: number, to: number): Array<{ line: number; start: number; end: number; raw: string }> {
  const out = [];
  for (let line = from; line <= to; line++) {
    const start = index.offset(line, 1);
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const raw = text.slice(start, end);
    out.push({ line, start, end, raw });
  }
  return out;
}

function blockSpan(text: string, index: LineIndex, start: number, end: number): Span {
  while (/\s/u.test(text[start]!)) start++;
  while (/\s/u.test(text[end - 1]!)) end--;
  return index.span(start, end);
}

function paragraphs(text: string, index: LineIndex, sectionId: string, spec: SectionSpec): Paragraph[] {
  if (!spec.lines) return [];
  const lines = lineSpans(text, index, spec.lines[0], spec.lines[1]);
  const blocks: Array<Array<(typeof lines)[number]>> = [];
  let current: Array<(typeof lines)[number]> = [];
  const flush = (): void => {
    if (current.length > 0) blocks.push(current);
    current = [];
  };
  for (const l of lines) {
    if (l.raw.trim() === '') {
      if (spec.mode !== 'indent') flush();
      continue;
    }
    if (spec.mode === 'indent' && /^\s/u.test(l.raw)) flush();
    current.push(l);
  }
  flush();
  const out: Paragraph[] = [];
  blocks.forEach((block, i) => {
    const id = `${sectionId}__para_${i + 1}`;
    let p: Paragraph;
    if (spec.mode === 'bilingual' && block.length === 2) {
      const zh = blockSpan(text, index, block[0]!.start, block[0]!.end);
      const en = blockSpan(text, index, block[1]!.start, block[1]!.end);
      p = { id, text: { zh: fold(text, zh.start, zh.end).text, en: fold(text, en.start, en.end).text }, spans: { zh, en } };
    } else {
      const span = blockSpan(text, index, block[0]!.start, block.at(-1)!.end);
      const folded = fold(text, span.start, span.end).text;
      const lang = /\p{Script=Han}/u.test(folded) && !/[a-z]{3}/u.test(folded) ? 'zh' : 'en';
      p = { id, text: { [lang]: folded }, span };
      const marker = listMarker.exec(folded);
      if (marker) p.list = { marker: marker[1]!, ordered: marker[1] !== '•' };
    }
    if (spec.leads) {
      const t = p.text.en ?? '';
      const lead = /^[^.]{3,60}\.(?=\s)/u.exec(t)?.[0];
      if (lead && lead.split(' ').length <= 6) p.lead = lead;
    }
    out.push(p);
  });
  return out;
}

function build(text: string, index: LineIndex, docId: string, spec: SectionSpec, parent: string | undefined, level: number): Section {
  const id = `${docId}/${parent ? `${parent}__` : ''}${spec.eId}`;
  const section: Section = {
    id,
    kind: spec.kind ?? (level === 1 ? 'chapter' : 'section'),
    level,
    paragraphs: paragraphs(text, index, id, spec),
    children: [],
  };
  if (spec.title) section.title = spec.title;
  if (typeof spec.heading === 'number') {
    const l = lineSpans(text, index, spec.heading, spec.heading)[0]!;
    section.span = blockSpan(text, index, l.start, l.end);
  } else if (spec.heading) {
    const zh = lineSpans(text, index, spec.heading.zh, spec.heading.zh)[0]!;
    const en = lineSpans(text, index, spec.heading.en, spec.heading.en)[0]!;
    section.spans = { zh: blockSpan(text, index, zh.start, zh.end), en: blockSpan(text, index, en.start, en.end) };
  }
  section.children = (spec.children ?? []).map((c) => build(text, index, docId, c, id.slice(docId.length + 1), level + 1));
  return section;
}

/** A document of hand-made sections over the real source. */
export function documentOf(docId: string, work: string, specs: SectionSpec[]): { doc: Document; text: string } {
  const text = source(docId);
  const index = new LineIndex(text);
  const doc: Document = {
    id: docId,
    work,
    sections: specs.map((s) => build(text, index, docId, s, undefined, 1)),
    principles: [],
    actionItems: [],
    claims: [],
  };
  return { doc, text };
}

/** The 1-based line of the first line that starts with `prefix` (after indentation). */
export function lineOf(text: string, prefix: string, after = 1): number {
  const lines = text.split('\n');
  for (let i = after - 1; i < lines.length; i++) if (lines[i]!.trimStart().startsWith(prefix)) return i + 1;
  throw new Error(`no line starts with ${prefix}`);
}
