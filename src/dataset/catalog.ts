/**
 * The catalogue of the dataset and its concepts across documents and years,
 * made from the manifest and each document's concept mentions:
 *
 * - `catalog.json` and `catalog.csv`: one row per document (id, title, kind,
 *   issuer, date, languages, status, rights, address, counts);
 * - `concepts.json`: for each concept of the vocabulary, the documents and
 *   items that state it, by year;
 * - the README's two tables, between their markers
 *   (`<!-- catalogue:start -->` … `<!-- catalogue:end -->`,
 *   `<!-- concepts:start -->` … `<!-- concepts:end -->`), which `build`
 *   refreshes and `check` verifies.
 *
 * A document states a concept through its principles of that concept, its
 * action items tagged with it and its claims that name one of its terms.
 */
import type { ConceptVocabulary, Document, Manifest } from '../../generated/types/index.js';
import { conceptsOf } from '../extract/concepts.js';
import { toCsv, type Cell } from './exports.js';
import { toJsonText } from './write.js';

type Entry = Manifest['documents'][number];

/** The items of one document that state each concept (keys of the vocabulary), in document order. */
export interface ConceptMentions {
  document: string;
  concepts: Record<string, { principles: string[]; actionItems: string[]; claims: string[] }>;
}

/** What a document says of each concept. */
export function conceptMentions(doc: Document, vocabulary: ConceptVocabulary): ConceptMentions {
  const concepts: ConceptMentions['concepts'] = {};
  const slot = (key: string) => (concepts[key] ??= { principles: [], actionItems: [], claims: [] });
  for (const p of doc.principles) slot(p.concept).principles.push(p.id);
  for (const a of doc.actionItems) for (const key of a.concepts ?? []) slot(key).actionItems.push(a.id);
  for (const c of doc.claims) for (const key of conceptsOf(vocabulary, c.text)) slot(key).claims.push(c.id);
  return { document: doc.id, concepts };
}

const yearOf = (entry: Entry): number => Number(entry.date.value.slice(0, 4));
const nameOf = (text: { en?: string; zh?: string }): string => text.en ?? text.zh ?? '';

/** One catalogue row per document, in id order. */
function catalogRows(manifest: Manifest) {
  return manifest.documents.map((d) => ({
    id: d.id,
    work: d.work,
    title: d.title,
    kind: d.kind,
    issuer: d.issuer,
    date: d.date.value,
    year: yearOf(d),
    languages: d.languages,
    ...(d.status ? { status: d.status.value } : {}),
    ...(d.translation ? { translation: d.translation.method } : {}),
    rights: d.rights.status,
    ...(d.origin.url ? { url: d.origin.url } : {}),
    counts: {
      sections: d.counts.sections,
      paragraphs: d.counts.paragraphs,
      norms: d.counts.norms,
      commitments: d.counts.commitments,
      actionItems: d.counts.actionItems,
      principles: d.counts.principles,
      claims: d.counts.claims,
      definitions: d.counts.definitions,
    },
  }));
}

const csvHeader = [
  'id',
  'work',
  'title_en',
  'title_zh',
  'kind',
  'issuer',
  'date',
  'year',
  'languages',
  'status',
  'translation',
  'rights',
  'url',
  'sections',
  'paragraphs',
  'norms',
  'commitments',
  'action_items',
  'principles',
  'claims',
  'definitions',
];

function csvOf(rows: ReturnType<typeof catalogRows>): string {
  return toCsv(
    csvHeader,
    rows.map((r): Cell[] => [
      r.id,
      r.work,
      r.title.en,
      r.title.zh,
      r.kind,
      r.issuer.map(nameOf).join('; '),
      r.date,
      r.year,
      r.languages.join(' '),
      r.status,
      r.translation,
      r.rights,
      r.url,
      r.counts.sections,
      r.counts.paragraphs,
      r.counts.norms,
      r.counts.commitments,
      r.counts.actionItems,
      r.counts.principles,
      r.counts.claims,
      r.counts.definitions,
    ]),
  );
}

/** For each concept (vocabulary order), the documents that state it by year (then id), with their items. */
function conceptsByYear(manifest: Manifest, mentions: readonly ConceptMentions[]) {
  const entries = new Map(manifest.documents.map((d) => [d.id, d]));
  const sorted = [...mentions].sort((a, b) => yearOf(entries.get(a.document)!) - yearOf(entries.get(b.document)!) || (a.document < b.document ? -1 : 1));
  return Object.fromEntries(
    Object.entries(manifest.concepts).map(([key, concept]) => [
      key,
      {
        label: concept!.label,
        documents: sorted.filter((m) => m.concepts[key] !== undefined).map((m) => ({ id: m.document, year: yearOf(entries.get(m.document)!), ...m.concepts[key]! })),
      },
    ]),
  );
}

/** `| a | b |` with the characters a Markdown table cell cannot hold escaped. */
const row = (cells: readonly (string | number)[]): string => `| ${cells.map((c) => String(c).replace(/\|/gu, '\\|').replace(/\s+/gu, ' ')).join(' | ')} |`;

function catalogueTable(rows: ReturnType<typeof catalogRows>): string {
  const issuers = (list: readonly { en?: string; zh?: string }[]) => (list.length > 3 ? `${list.slice(0, 2).map(nameOf).join('; ')} and ${list.length - 2} others` : list.map(nameOf).join('; '));
  return [
    row(['id', 'title', 'kind', 'issuer', 'date', 'languages', 'sections', 'norms', 'commitments', 'definitions']),
    row(['---', '---', '---', '---', '---', '---', '--:', '--:', '--:', '--:']),
    ...rows.map((r) =>
      row([
        `\`${r.id}\``,
        `${nameOf(r.title)}${r.status === 'draft' ? ' (draft)' : ''}`,
        r.kind,
        issuers(r.issuer),
        r.date,
        r.languages.join(', '),
        r.counts.sections,
        r.counts.norms,
        r.counts.commitments,
        r.counts.definitions,
      ]),
    ),
  ].join('\n');
}

function conceptsTable(byConcept: ReturnType<typeof conceptsByYear>): string {
  const lines = [row(['concept', 'documents', 'items', 'documents by year']), row(['---', '--:', '--:', '---'])];
  for (const [key, c] of Object.entries(byConcept)) {
    const years = new Map<number, number>();
    for (const d of c.documents) years.set(d.year, (years.get(d.year) ?? 0) + 1);
    const items = c.documents.reduce((n, d) => n + d.principles.length + d.actionItems.length + d.claims.length, 0);
    lines.push(row([`${c.label.en ?? key} (\`${key}\`)`, c.documents.length, items, [...years].map(([y, n]) => `${y}: ${n}`).join(' · ') || '—']));
  }
  return lines.join('\n');
}

/** The files of the catalogue (path under generated/data/ → content) and the README's tables (marker → Markdown). */
export function catalogueOutputs(manifest: Manifest, mentions: readonly ConceptMentions[]): { files: Map<string, string>; readme: Map<string, string> } {
  const rows = catalogRows(manifest);
  const byConcept = conceptsByYear(manifest, mentions);
  return {
    files: new Map([
      ['catalog.json', toJsonText({ version: manifest.version, documents: rows })],
      ['catalog.csv', csvOf(rows)],
      ['concepts.json', toJsonText({ version: manifest.version, concepts: byConcept })],
    ]),
    readme: new Map([
      ['catalogue', catalogueTable(rows)],
      ['concepts', conceptsTable(byConcept)],
    ]),
  };
}

/** A text with the part between each marker pair (`<!-- name:start -->`, `<!-- name:end -->`) replaced; markers absent are left alone. */
export function refreshMarked(text: string, parts: ReadonlyMap<string, string>): string {
  let out = text;
  for (const [name, body] of parts) {
    const start = `<!-- ${name}:start -->`;
    const end = `<!-- ${name}:end -->`;
    const from = out.indexOf(start);
    const to = out.indexOf(end, from);
    if (from < 0 || to < 0) continue;
    out = `${out.slice(0, from + start.length)}\n${body}\n${out.slice(to)}`;
  }
  return out;
}
