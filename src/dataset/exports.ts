/**
 * Exports for users outside JavaScript, written from the build's in-memory
 * dataset (pure: documents in, files out):
 *
 * - `documents.jsonl`: one line per document, its metadata without the
 *   section tree and the item lists;
 * - `entities.jsonl`: one line per section, paragraph, principle, action item,
 *   claim and definition, each with `entity` (its kind) and `documentId`; a section line
 *   has `parentId` (null at the top) instead of `children` and `paragraphs`,
 *   a paragraph line has `sectionId`;
 * - `principles.csv`, `action-items.csv`, `claims.csv`: flat tables, one row
 *   per item; a claim's figures are `;`-joined in `quantity_raw`,
 *   `quantity_value`, `quantity_unit`, `quantity_as_of` (the n-th value of each
 *   column belongs to the n-th figure; a missing `asOf` is an empty string);
 * - `quantities.csv`: the same figures, one row per figure (`claim_id`, `index`);
 * - `definitions.csv`: the terms documents define, one row per definition (also in `entities.jsonl`).
 *
 * CSV follows RFC 4180: CRLF line ends, a header row, a field quoted when it
 * holds a comma, a quote, CR or LF, quotes doubled. Rows follow document order
 * (documents by work, works in the order of their first document id, the
 * expressions of a work by id: the order in which the build writes them, one
 * work at a time; items in the order of the document). Output is
 * deterministic; the dataset is already redacted (no e-mail addresses).
 */
import { walkTree } from '../text/tree.js';
import type { ActionItem, Claim, Definition, Document, LanguageSpans, Paragraph, Principle, Span } from '../../generated/types/index.js';

/** The file names the exports add under `generated/data/`. */
export const exportFileNames = ['documents.jsonl', 'entities.jsonl', 'principles.csv', 'action-items.csv', 'claims.csv', 'quantities.csv', 'definitions.csv'] as const;

export type Cell = string | number | boolean | null | undefined;

/** One RFC 4180 field. */
export function csvField(value: Cell): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** An RFC 4180 table: header row, then rows, each ending with CRLF. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly Cell[]>): string {
  return [header, ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

function toJsonl(values: readonly unknown[]): string {
  return values.map((value) => `${JSON.stringify(value)}\n`).join('');
}

/** The span a table row points at: `span`, or the English then the Chinese one of a pair. */
function primarySpan(item: { span?: Span; spans?: LanguageSpans }): Span | undefined {
  return item.span ?? item.spans?.en ?? item.spans?.zh;
}

function spanCells(item: { span?: Span; spans?: LanguageSpans }): Cell[] {
  const span = primarySpan(item);
  return [span?.start, span?.end, span?.line, span?.column];
}

const spanHeader = ['span_start', 'span_end', 'span_line', 'span_column'];

function entityLines(doc: Document): unknown[] {
  const lines: unknown[] = [];
  const paragraphs: Array<[Paragraph, string]> = [];
  for (const { node: section, parent } of walkTree(doc.sections)) {
    const { children: _children, paragraphs: sectionParagraphs, ...rest } = section;
    lines.push({ entity: 'section', documentId: doc.id, parentId: parent?.id ?? null, ...rest });
    for (const paragraph of sectionParagraphs) paragraphs.push([paragraph, section.id]);
  }
  for (const [paragraph, sectionId] of paragraphs) lines.push({ entity: 'paragraph', documentId: doc.id, sectionId, ...paragraph });
  for (const principle of doc.principles) lines.push({ entity: 'principle', documentId: doc.id, ...principle });
  for (const item of doc.actionItems) lines.push({ entity: 'action-item', documentId: doc.id, ...item });
  for (const claim of doc.claims) lines.push({ entity: 'claim', documentId: doc.id, ...claim });
  for (const definition of doc.definitions ?? []) lines.push({ entity: 'definition', documentId: doc.id, ...definition });
  return lines;
}

function principleRow(doc: Document, p: Principle): Cell[] {
  return [p.id, doc.id, p.sectionId, p.paragraphId, p.concept, p.name.en, p.name.zh, p.statement.en, p.statement.zh, ...spanCells(p)];
}

function actionRow(doc: Document, a: ActionItem): Cell[] {
  return [a.id, doc.id, a.sectionId, a.paragraphId, a.actor, a.modality, (a.concepts ?? []).join(';'), a.text.en, a.text.zh, ...spanCells(a)];
}

function definitionRow(doc: Document, d: Definition): Cell[] {
  return [d.id, doc.id, d.sectionId, d.paragraphId, d.term.en, d.term.zh, d.definition.en, d.definition.zh, ...spanCells(d)];
}

function claimRow(doc: Document, c: Claim): Cell[] {
  const q = c.quantities ?? [];
  return [
    c.id,
    doc.id,
    c.sectionId,
    c.paragraphId,
    c.kind,
    c.text.en,
    c.text.zh,
    q.map((x) => x.raw).join(';'),
    q.map((x) => String(x.value)).join(';'),
    q.map((x) => x.unit).join(';'),
    q.map((x) => x.asOf ?? '').join(';'),
    c.stance?.actor,
    c.stance?.polarity,
    c.stance?.target,
    (c.sameAs ?? []).join(';'),
    ...spanCells(c),
  ];
}

interface Table {
  /** File name under `generated/data/`. */
  name: (typeof exportFileNames)[number];
  /** The first line(s) of the file (a CSV header row), or empty. */
  header: string;
  /** The lines one document contributes. */
  lines: (doc: Document) => string;
}

const csvHeader = (header: readonly string[]) => toCsv(header, []);
const csvRows = (rows: ReadonlyArray<readonly Cell[]>) => rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');

/** Every export file, as a header and what each document adds, in document order. */
const tables: readonly Table[] = [
  { name: 'documents.jsonl', header: '', lines: ({ sections: _s, principles: _p, actionItems: _a, claims: _c, ...meta }) => toJsonl([meta]) },
  { name: 'entities.jsonl', header: '', lines: (doc) => toJsonl(entityLines(doc)) },
  {
    name: 'principles.csv',
    header: csvHeader(['id', 'document_id', 'section_id', 'paragraph_id', 'concept', 'name_en', 'name_zh', 'statement_en', 'statement_zh', ...spanHeader]),
    lines: (doc) => csvRows(doc.principles.map((p) => principleRow(doc, p))),
  },
  {
    name: 'action-items.csv',
    header: csvHeader(['id', 'document_id', 'section_id', 'paragraph_id', 'actor', 'modality', 'concepts', 'text_en', 'text_zh', ...spanHeader]),
    lines: (doc) => csvRows(doc.actionItems.map((a) => actionRow(doc, a))),
  },
  {
    name: 'claims.csv',
    header: csvHeader([
      'id',
      'document_id',
      'section_id',
      'paragraph_id',
      'kind',
      'text_en',
      'text_zh',
      'quantity_raw',
      'quantity_value',
      'quantity_unit',
      'quantity_as_of',
      'stance_actor',
      'stance_polarity',
      'stance_target',
      'same_as',
      ...spanHeader,
    ]),
    lines: (doc) => csvRows(doc.claims.map((c) => claimRow(doc, c))),
  },
  {
    name: 'quantities.csv',
    header: csvHeader(['claim_id', 'document_id', 'index', 'raw', 'value', 'unit', 'as_of', 'qualifier']),
    lines: (doc) => csvRows(doc.claims.flatMap((c) => (c.quantities ?? []).map((q, index): Cell[] => [c.id, doc.id, index + 1, q.raw, q.value, q.unit, q.asOf, q.qualifier]))),
  },
  {
    name: 'definitions.csv',
    header: csvHeader(['id', 'document_id', 'section_id', 'paragraph_id', 'term_en', 'term_zh', 'definition_en', 'definition_zh', ...spanHeader]),
    lines: (doc) => csvRows((doc.definitions ?? []).map((d) => definitionRow(doc, d))),
  },
];

/** The start of every export file (name → header), before any document. */
export function exportHeaders(): Map<string, string> {
  return new Map(tables.map((t) => [t.name, t.header]));
}

/** What one document adds to every export file (name → lines): documents are added in id order. */
export function exportChunks(doc: Document): Map<string, string> {
  return new Map(tables.map((t) => [t.name, t.lines(doc)]));
}

/** Documents in the order of the exports: by work (works in the order of their first id), then by id. */
function exportOrder<D extends { id: string; work: string }>(documents: readonly D[]): D[] {
  const first = new Map<string, string>();
  for (const d of documents) if (!first.has(d.work) || d.id < first.get(d.work)!) first.set(d.work, d.id);
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...documents].sort((a, b) => compare(first.get(a.work)!, first.get(b.work)!) || compare(a.id, b.id));
}

/** The export files (name under `generated/data/` → content) of a set of documents. */
export function exportFiles(documents: readonly Document[]): Map<string, string> {
  const docs = exportOrder(documents);
  const files = exportHeaders();
  for (const doc of docs) for (const [name, chunk] of exportChunks(doc)) files.set(name, files.get(name)! + chunk);
  return files;
}
