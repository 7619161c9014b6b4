/**
 * The assemble job of the build: the documents of one work linked (claims
 * with the same figures), corrected, and redacted as the last step before
 * they are written; and the manifest, from a summary of each document.
 */
import type { VFileMessage } from 'vfile-message';
import type { ConceptVocabulary, Discrepancy, Document, Manifest } from '../../generated/types/index.js';
import { applyCorrections, type AppliedCorrection, type LoadedCorrection } from '../corrections/index.js';
import { linkExpressions } from '../extract/index.js';
import type { SourceInfo } from '../validate/integrity.js';
import { walkNodes } from '../text/tree.js';
import { personalNames, redactDocument } from '../text/redact.js';

/** The document a correction targets: the part of its target id before the first `/`. */
const documentOfTarget = (target: string): string => target.split('/')[0]!;

/** Corrections by the document they target; those whose document does not exist under `unmatched`. */
export function correctionsByDocument(corrections: readonly LoadedCorrection[], ids: ReadonlySet<string>): { byDocument: Map<string, LoadedCorrection[]>; unmatched: LoadedCorrection[] } {
  const byDocument = new Map<string, LoadedCorrection[]>();
  const unmatched: LoadedCorrection[] = [];
  for (const c of corrections) {
    const id = documentOfTarget(c.value.target);
    if (!ids.has(id)) unmatched.push(c);
    else byDocument.set(id, [...(byDocument.get(id) ?? []), c]);
  }
  return { byDocument, unmatched };
}

interface AssembledWork {
  /** Linked, corrected and redacted, sorted by id. */
  documents: Document[];
  /** The personal names of each document's source (redacted everywhere in its output). */
  names: Map<string, string[]>;
  discrepancies: Discrepancy[];
  applied: AppliedCorrection[];
  correctionMessages: VFileMessage[];
}

/** The documents of one work (usually one): link, correct, redact. */
export function assembleWork(documents: readonly Document[], corrections: readonly LoadedCorrection[], ctx: { sources: ReadonlyMap<string, SourceInfo>; concepts: ConceptVocabulary }): AssembledWork {
  const linked = linkExpressions([...documents].sort((a, b) => (a.id < b.id ? -1 : 1)));
  const docs = linked.documents;
  const corrected = applyCorrections(docs, corrections, ctx);
  // Redaction is the last step before anything is written: titles, metadata, corrected and added texts, items.
  const names = new Map(docs.map((d) => [d.id, personalNames(ctx.sources.get(d.id)!.text)]));
  return {
    documents: docs.map((d) => redactDocument(d, names.get(d.id)!)),
    names,
    discrepancies: linked.discrepancies,
    applied: corrected.applied,
    correctionMessages: corrected.messages,
  };
}

function countParagraphs(doc: Document): { sections: number; paragraphs: number } {
  let sections = 0;
  let paragraphs = 0;
  for (const s of walkNodes(doc.sections)) {
    sections++;
    paragraphs += s.paragraphs.length;
  }
  return { sections, paragraphs };
}

/** The modalities of a binding text's norms. */
const normModalities = new Set<string>(['obligation', 'prohibition', 'permission']);

export type ManifestEntry = Manifest['documents'][number];

/** What the manifest keeps of a document (all the build keeps of it once it is written). */
export function manifestEntry(doc: Document): ManifestEntry {
  return {
    id: doc.id,
    work: doc.work,
    title: doc.title,
    kind: doc.kind,
    issuer: doc.issuer,
    date: doc.date,
    languages: doc.languages,
    ...(doc.translation ? { translation: doc.translation } : {}),
    ...(doc.status ? { status: doc.status } : {}),
    rights: doc.rights,
    origin: doc.origin,
    counts: {
      ...countParagraphs(doc),
      principles: doc.principles.length,
      actionItems: doc.actionItems.length,
      claims: doc.claims.length,
      norms: doc.actionItems.filter((a) => normModalities.has(a.modality)).length,
      commitments: doc.actionItems.filter((a) => a.modality === 'commitment').length,
      definitions: doc.definitions?.length ?? 0,
    },
    source: doc.source,
  };
}

/** The manifest from the entries of its documents (in id order). */
export function manifestOfEntries(entries: readonly ManifestEntry[], concepts: ConceptVocabulary, version: string): Manifest {
  const works = new Map<string, { id: string; title: Document['title']; expressions: string[] }>();
  for (const doc of entries) {
    const work = works.get(doc.work) ?? { id: doc.work, title: doc.title, expressions: [] };
    work.expressions.push(doc.id);
    works.set(doc.work, work);
  }
  return {
    version,
    documents: [...entries],
    works: [...works.values()].sort((a, b) => a.id.localeCompare(b.id)).map((w) => ({ ...w, expressions: w.expressions.sort() })),
    concepts: concepts.concepts,
  };
}
