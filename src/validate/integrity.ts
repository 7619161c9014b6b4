/**
 * Integrity checks beyond the schema: ids unique across the dataset, every
 * `sectionId`/`paragraphId`/`sameAs` resolves, exactly one of `span`/`spans`,
 * spans inside the source and reproducing the item's text (whitespace folded,
 * markup left out, personal data redacted; corrected items excepted), and
 * `source.sha256` matching the file. Each message points at the offending
 * value of the document's JSON file.
 */
import type { VFileMessage } from 'vfile-message';
import type { Document, LocalizedText, Span, LanguageSpans } from '../../generated/types/index.js';
import { foldText, type SkipRange } from '../text/fold.js';
import { walkTree } from '../text/tree.js';
import { personalNames, redactText } from '../text/redact.js';
import { createMessage, type Place } from './messages.js';

export interface SourceInfo {
  text: string;
  sha256: string;
  skip: readonly SkipRange[];
}

export interface IntegrityInput {
  documents: readonly Document[];
  /** Source texts by document id. */
  sources: ReadonlyMap<string, SourceInfo>;
  /** The file to report for a document. */
  fileOf: (documentId: string) => string;
  /** Locate a JSON Pointer inside a document's file. */
  locate: (documentId: string, pointer: string) => Place | undefined;
}

interface Spanned {
  span?: Span;
  spans?: LanguageSpans;
  corrections?: string[];
}

type Compare = 'equal' | 'suffix' | 'contains';

type Report = (pointer: string, reason: string, ruleId: string, hint: string) => void;

/** The ids seen so far across the dataset (for uniqueness and references). */
interface Seen {
  ids: Map<string, string>;
  sections: Set<string>;
  paragraphs: Set<string>;
  claims: Set<string>;
}

/** Exactly one of span/spans, inside the source, reproducing the item's text (folded and redacted as the build does). */
function checkSpans(source: SourceInfo, names: readonly string[], report: Report, item: Spanned, text: LocalizedText | undefined, pointer: string, compare: Compare): void {
  if ((item.span === undefined) === (item.spans === undefined)) {
    report(pointer, 'an item needs exactly one of "span" and "spans"', 'span-shape', 'use span for one language, spans { en, zh } for a bilingual pair');
    return;
  }
  const pairs: Array<[Span, string | undefined, string]> = item.span
    ? [[item.span, text?.en ?? text?.zh, `${pointer}/span`]]
    : [
        [item.spans!.en, text?.en, `${pointer}/spans/en`],
        [item.spans!.zh, text?.zh, `${pointer}/spans/zh`],
      ];
  for (const [span, expected, at] of pairs) {
    if (span.start < 0 || span.end > source.text.length || span.start >= span.end) {
      report(at, `span ${span.start}-${span.end} lies outside the source (${source.text.length} characters)`, 'span-range', 'spans are UTF-16 offsets into the source file');
      continue;
    }
    if (expected === undefined || item.corrections) continue;
    const actual = redactText(foldText(source.text, span.start, span.end, source.skip), names);
    const ok = compare === 'equal' ? actual === expected : compare === 'suffix' ? actual.endsWith(expected) : actual.includes(expected);
    if (!ok)
      report(
        at,
        `span text "${actual.slice(0, 60)}" does not reproduce the item's text "${expected.slice(0, 60)}"`,
        'span-text',
        'regenerate with `npm run build`, or fix the text with a correction in data/corrections/',
      );
  }
}

/** One document's source, ids and spans; its ids are added to `seen`. */
function checkDocument(doc: Document, source: SourceInfo | undefined, file: string, report: Report, seen: Seen): void {
  if (!source) {
    report('/source', `no source text for document "${doc.id}"`, 'source-missing', `add data/sources/${doc.id}.txt`);
    return;
  }
  if (source.sha256 !== doc.source.sha256) {
    report(
      '/source/sha256',
      `source.sha256 ${doc.source.sha256} does not match ${doc.source.path} (${source.sha256})`,
      'source-changed',
      'the source changed since the data was generated: run `npm run build`',
    );
  }
  const names = personalNames(source.text);
  const unique = (id: string, pointer: string) => {
    const previous = seen.ids.get(id);
    if (previous) report(pointer, `duplicate id "${id}" (also at ${previous})`, 'duplicate-id', 'ids must be unique across the dataset');
    else seen.ids.set(id, `${file}#${pointer}`);
  };
  const spans = (item: Spanned, text: LocalizedText | undefined, pointer: string, compare: Compare) => checkSpans(source, names, report, item, text, pointer, compare);
  for (const { node: s, pointer: at } of walkTree(doc.sections, '/sections')) {
    unique(s.id, `${at}/id`);
    seen.sections.add(s.id);
    if (s.title) spans(s, s.title, at, 'suffix');
    s.paragraphs.forEach((p, j) => {
      unique(p.id, `${at}/paragraphs/${j}/id`);
      seen.paragraphs.add(p.id);
      spans(p, p.text, `${at}/paragraphs/${j}`, 'equal');
    });
  }
  doc.principles.forEach((p, i) => {
    unique(p.id, `/principles/${i}/id`);
    spans(p, p.name, `/principles/${i}`, 'contains');
  });
  doc.actionItems.forEach((a, i) => {
    unique(a.id, `/actionItems/${i}/id`);
    spans(a, a.text, `/actionItems/${i}`, 'equal');
  });
  doc.claims.forEach((c, i) => {
    unique(c.id, `/claims/${i}/id`);
    seen.claims.add(c.id);
    spans(c, c.text, `/claims/${i}`, 'equal');
  });
}

/** Every sectionId, paragraphId and sameAs of a document resolves among the ids seen. */
function checkReferences(doc: Document, report: Report, seen: Seen): void {
  const refs = (kind: string, list: ReadonlyArray<{ sectionId: string; paragraphId?: string }>) =>
    list.forEach((item, i) => {
      if (!seen.sections.has(item.sectionId)) report(`/${kind}/${i}/sectionId`, `sectionId "${item.sectionId}" does not resolve`, 'dangling-reference', 'point at an existing section id');
      if (item.paragraphId !== undefined && !seen.paragraphs.has(item.paragraphId))
        report(`/${kind}/${i}/paragraphId`, `paragraphId "${item.paragraphId}" does not resolve`, 'dangling-reference', 'point at an existing paragraph id');
    });
  refs('principles', doc.principles);
  refs('actionItems', doc.actionItems);
  refs('claims', doc.claims);
  doc.claims.forEach((c, i) =>
    c.sameAs?.forEach((id, j) => {
      if (!seen.claims.has(id)) report(`/claims/${i}/sameAs/${j}`, `sameAs "${id}" does not resolve`, 'dangling-reference', 'point at a claim of another expression of the same work');
    }),
  );
}

/** Run every integrity check over a dataset (or a work): each document, then the references between them. */
export function checkIntegrity(input: IntegrityInput): VFileMessage[] {
  const messages: VFileMessage[] = [];
  const seen: Seen = { ids: new Map(), sections: new Set(), paragraphs: new Set(), claims: new Set() };
  const reporter = (doc: Document): Report => {
    const file = input.fileOf(doc.id);
    return (pointer, reason, ruleId, hint) => messages.push(createMessage(reason, { file, place: input.locate(doc.id, pointer), ruleId, hint }));
  };
  for (const doc of input.documents) checkDocument(doc, input.sources.get(doc.id), input.fileOf(doc.id), reporter(doc), seen);
  for (const doc of input.documents) checkReferences(doc, reporter(doc), seen);
  return messages;
}
