/**
 * Typed access to the dataset: every document, the manifest, the works and
 * the concept vocabulary, and small queries over them. Indexes are built on
 * first use, once.
 */
import type { ActionItem, Claim, Concepts, Definition, Document, Manifest, Paragraph, Principle, Section, Work } from '../../generated/types/index.js';
import { walkNodes } from '../text/tree.js';
import { conceptsOf } from '../extract/concepts.js';
import { exportFileNames, exportFiles } from '../dataset/exports.js';
import { documentIds, type ConceptKey, type DocumentId } from '../../generated/types/ids.js';
import { documents as registry } from '../../generated/package/documents.js';
import manifestJson from '../../generated/data/index.json' with { type: 'json' };

/** Every document of the dataset, sorted by id. */
export const documents: readonly Document[] = registry;

/** The manifest: dataset version, document summaries with counts, works, concepts. */
export const manifest: Manifest = manifestJson as unknown as Manifest;

/** The works: a text and its expressions (e.g. an official and a machine-translated English). */
export const works: readonly Work[] = manifest.works;

/** The concept vocabulary, by key. */
export const concepts: Concepts = manifest.concepts;

/** The flat export files of the repository's generated/data/ (`entities.jsonl`, the item CSVs, `documents.jsonl`). */
export type ExportFileName = (typeof exportFileNames)[number];

let exported: Map<string, string> | undefined;

/**
 * A flat export file, made from the documents of this release: the same bytes
 * as the file in the repository's generated/data/. The package ships the
 * documents once, compact, and not these derived files (but `documents.jsonl`,
 * which is small): `exportFile('entities.jsonl')` writes one on demand.
 */
export function exportFile(name: ExportFileName): string {
  exported ??= exportFiles(documents);
  const file = exported.get(name);
  if (file === undefined) throw new RangeError(`unknown export file "${String(name)}": one of ${exportFileNames.join(', ')}`);
  return file;
}

/** An entity with an id in the dataset, as `getItem` returns it. */
export type Item =
  | { type: 'section'; documentId: DocumentId; value: Section }
  | { type: 'paragraph'; documentId: DocumentId; value: Paragraph }
  | { type: 'principle'; documentId: DocumentId; value: Principle }
  | { type: 'action-item'; documentId: DocumentId; value: ActionItem }
  | { type: 'claim'; documentId: DocumentId; value: Claim }
  | { type: 'definition'; documentId: DocumentId; value: Definition };

/** What a concept gathers across documents (see `itemsOfConcept`). */
export interface ConceptItems {
  principles: Principle[];
  actionItems: ActionItem[];
  claims: Claim[];
}

const known = new Set<string>(documentIds);

/** Whether a string is the id of a document of this release. */
export function isDocumentId(value: string): value is DocumentId {
  return known.has(value);
}

let byDocument: Map<string, Document> | undefined;

/** The document with this id (one of `documentIds`); throws for an unknown id. */
export function getDocument(id: DocumentId): Document {
  byDocument ??= new Map(documents.map((doc) => [doc.id, doc]));
  const doc = byDocument.get(id);
  if (!doc) throw new RangeError(`unknown document id "${String(id)}"; known ids: ${documentIds.join(', ')}`);
  return doc;
}

/** Every section of a document (or of a list of sections), depth first in document order. */
export function* sectionsOf(document: Document | readonly Section[]): Generator<Section> {
  yield* walkNodes(Array.isArray(document) ? (document as readonly Section[]) : (document as Document).sections);
}

/** Every paragraph of a document, in document order. */
export function* paragraphsOf(document: Document): Generator<Paragraph> {
  for (const section of sectionsOf(document)) yield* section.paragraphs;
}

let items: Map<string, Item> | undefined;

function itemIndex(): Map<string, Item> {
  if (items) return items;
  const index = new Map<string, Item>();
  for (const doc of documents) {
    const documentId = doc.id as DocumentId;
    for (const section of sectionsOf(doc)) {
      index.set(section.id, { type: 'section', documentId, value: section });
      for (const paragraph of section.paragraphs) index.set(paragraph.id, { type: 'paragraph', documentId, value: paragraph });
    }
    for (const value of doc.principles) index.set(value.id, { type: 'principle', documentId, value });
    for (const value of doc.actionItems) index.set(value.id, { type: 'action-item', documentId, value });
    for (const value of doc.claims) index.set(value.id, { type: 'claim', documentId, value });
    for (const value of doc.definitions ?? []) index.set(value.id, { type: 'definition', documentId, value });
  }
  return (items = index);
}

/**
 * Any section, paragraph, principle, action item, claim or definition by its id (ids are
 * unique across the dataset), tagged with its type and document; `undefined`
 * when no entity has this id.
 */
export function getItem(id: string): Item | undefined {
  return itemIndex().get(id);
}

/** A section by id, within the given document (or document id); `undefined` if it has none. */
export function getSection(document: Document | DocumentId, sectionId: string): Section | undefined {
  const doc = typeof document === 'string' ? getDocument(document) : document;
  for (const section of sectionsOf(doc)) if (section.id === sectionId) return section;
  return undefined;
}

/** A paragraph by id, anywhere in the dataset. */
export function getParagraph(id: string): Paragraph | undefined {
  const item = itemIndex().get(id);
  return item?.type === 'paragraph' ? item.value : undefined;
}

/**
 * Everything about one concept across all documents: the principles of that
 * concept, the action items tagged with it, and the claims whose text names
 * one of the concept's terms (claims carry no concept tag, so they are matched
 * by the vocabulary's `terms`, whole words for English, as the build does for
 * `concepts.json`). Document order.
 */
export function itemsOfConcept(concept: ConceptKey): ConceptItems {
  if (!concepts[concept]) throw new RangeError(`unknown concept "${String(concept)}"`);
  const vocabulary = { concepts };
  return {
    principles: documents.flatMap((d) => d.principles.filter((p) => p.concept === concept)),
    actionItems: documents.flatMap((d) => d.actionItems.filter((a) => a.concepts?.includes(concept) === true)),
    claims: documents.flatMap((d) => d.claims.filter((c) => conceptsOf(vocabulary, c.text).includes(concept))),
  };
}

/** What `documentsWhere` selects on; every field given must hold. */
export interface DocumentFilter {
  /** One kind or any of several. */
  kind?: Document['kind'] | readonly Document['kind'][];
  /** Part of an issuer's name, in English or Chinese, case-insensitive (`France`, `council of europe`, `网信`). */
  issuer?: string;
  /** The year of the document's date, or a range of years (both ends included). */
  year?: number | { from?: number; to?: number };
  /** A language the text has. */
  language?: 'en' | 'zh';
}

/** The documents that match a filter, in id order: `documentsWhere({ kind: 'law', language: 'zh', year: { from: 2020 } })`. */
export function documentsWhere(filter: DocumentFilter): Document[] {
  const kinds = filter.kind === undefined ? undefined : new Set<string>(typeof filter.kind === 'string' ? [filter.kind] : filter.kind);
  const issuer = filter.issuer?.toLowerCase();
  const range = typeof filter.year === 'number' ? { from: filter.year, to: filter.year } : filter.year;
  return documents.filter((d) => {
    const year = Number(d.date.value.slice(0, 4));
    return (
      (kinds === undefined || kinds.has(d.kind)) &&
      (issuer === undefined || d.issuer.some((i) => [i.en, i.zh].some((name) => name?.toLowerCase().includes(issuer) === true))) &&
      (range === undefined || ((range.from === undefined || year >= range.from) && (range.to === undefined || year <= range.to))) &&
      (filter.language === undefined || d.languages.includes(filter.language))
    );
  });
}

/** Every claim of a kind (`statistic`, `position`, `event`), optionally of one document, in document order. */
export function claimsByKind<K extends Claim['kind']>(kind: K, document?: DocumentId): Array<Claim & { kind: K }> {
  const docs = document === undefined ? documents : [getDocument(document)];
  return docs.flatMap((d) => d.claims.filter((c): c is Claim & { kind: K } => c.kind === kind));
}
