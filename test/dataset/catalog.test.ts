/**
 * The catalogue and the concepts by year, as the build writes them, checked
 * against the documents themselves; the query API's document filter; the
 * README's generated tables. Every assertion is computed from the data, so
 * importing a document keeps them true.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Document } from '../../generated/types/index.js';
import { refreshMarked } from '../../src/dataset/catalog.js';
import { documents, documentsWhere } from '../../src/index.js';

const root = join(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
interface Row {
  id: string;
  kind: string;
  year: number;
  rights: string;
  counts: Record<string, number>;
}
const catalog = JSON.parse(read('generated/data/catalog.json')) as { documents: Row[] };
const concepts = JSON.parse(read('generated/data/concepts.json')) as {
  concepts: Record<string, { documents: Array<{ id: string; year: number; principles: string[]; actionItems: string[]; claims: string[] }> }>;
};
const byId = new Map<string, Document>(documents.map((d) => [d.id, d]));
const norms = new Set(['obligation', 'prohibition', 'permission']);

describe('the catalogue', () => {
  it('has one row per document, in id order, with the counts of the document', () => {
    expect(catalog.documents.map((r) => r.id)).toEqual(documents.map((d) => d.id));
    for (const row of catalog.documents) {
      const doc = byId.get(row.id)!;
      expect(row.kind).toBe(doc.kind);
      expect(row.year).toBe(Number(doc.date.value.slice(0, 4)));
      expect(row.rights).toBe(doc.rights.status);
      expect(row.counts['norms']).toBe(doc.actionItems.filter((a) => norms.has(a.modality)).length);
      expect(row.counts['commitments']).toBe(doc.actionItems.filter((a) => a.modality === 'commitment').length);
      expect(row.counts['definitions']).toBe(doc.definitions?.length ?? 0);
    }
  });

  it('is the same table in CSV', () => {
    const lines = read('generated/data/catalog.csv').trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^id,work,title_en,title_zh,kind,issuer,date,year,languages,/u);
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(catalog.documents.map((r) => r.id));
  });

  it('names every document in the README, between its markers', () => {
    const readme = read('README.md');
    const table = readme.slice(readme.indexOf('<!-- catalogue:start -->'), readme.indexOf('<!-- catalogue:end -->'));
    for (const doc of documents) expect(table).toContain(`\`${doc.id}\``);
  });
});

describe('concepts across documents and years', () => {
  it('lists, for each concept, items of that concept, under their document and its year', () => {
    for (const [key, concept] of Object.entries(concepts.concepts)) {
      const years = concept.documents.map((d) => d.year);
      expect(years).toEqual([...years].sort((a, b) => a - b));
      for (const entry of concept.documents) {
        const doc = byId.get(entry.id)!;
        expect(entry.year).toBe(Number(doc.date.value.slice(0, 4)));
        expect(entry.principles.length + entry.actionItems.length + entry.claims.length).toBeGreaterThan(0);
        for (const id of entry.principles) expect(doc.principles.find((p) => p.id === id)?.concept).toBe(key);
        for (const id of entry.actionItems) expect(doc.actionItems.find((a) => a.id === id)?.concepts).toContain(key);
        for (const id of entry.claims) expect(doc.claims.some((c) => c.id === id)).toBe(true);
      }
    }
  });

  it('includes every principle of a vocabulary concept and every tagged action item of the dataset', () => {
    for (const doc of documents) {
      for (const p of doc.principles.filter((x) => x.concept in concepts.concepts)) expect(concepts.concepts[p.concept]?.documents.find((d) => d.id === doc.id)?.principles).toContain(p.id);
      for (const a of doc.actionItems) for (const key of a.concepts ?? []) expect(concepts.concepts[key]?.documents.find((d) => d.id === doc.id)?.actionItems).toContain(a.id);
    }
  });
});

describe('documentsWhere', () => {
  it('filters by kind, language and year as the documents say', () => {
    for (const kind of new Set(documents.map((d) => d.kind))) expect(documentsWhere({ kind }).map((d) => d.id)).toEqual(documents.filter((d) => d.kind === kind).map((d) => d.id));
    for (const language of ['en', 'zh'] as const) expect(documentsWhere({ language }).every((d) => d.languages.includes(language))).toBe(true);
    const years = documents.map((d) => Number(d.date.value.slice(0, 4)));
    const mid = [...years].sort((a, b) => a - b)[Math.floor(years.length / 2)]!;
    expect(documentsWhere({ year: { from: mid } }).length + documentsWhere({ year: { to: mid - 1 } }).length).toBe(documents.length);
    expect(documentsWhere({ year: mid }).every((d) => d.date.value.startsWith(String(mid)))).toBe(true);
  });

  it('finds a document by part of an issuer name, in any case, and combines fields', () => {
    const doc = documents[0]!;
    const name = (doc.issuer[0]!.en ?? doc.issuer[0]!.zh)!;
    expect(documentsWhere({ issuer: name.slice(0, Math.max(2, Math.floor(name.length / 2))).toUpperCase() })).toContain(doc);
    expect(documentsWhere({ issuer: name, kind: doc.kind, language: doc.languages[0]! })).toContain(doc);
    expect(documentsWhere({ issuer: 'no issuer is called this' })).toEqual([]);
  });
});

describe('refreshMarked', () => {
  it('replaces what lies between a pair of markers, and leaves a text without them alone', () => {
    const text = 'intro\n<!-- t:start -->\nold\n<!-- t:end -->\nend\n';
    expect(refreshMarked(text, new Map([['t', 'new']]))).toBe('intro\n<!-- t:start -->\nnew\n<!-- t:end -->\nend\n');
    expect(refreshMarked('no markers\n', new Map([['t', 'new']]))).toBe('no markers\n');
  });
});

describe('provenance and rights', () => {
  it('says of every document where its text came from and why it may be redistributed', () => {
    for (const doc of documents) {
      expect(doc.rights.basis.length, doc.id).toBeGreaterThan(10);
      // The address where the publisher put the text, or, for a text received without one, the copy it came from.
      expect(doc.origin.url ?? doc.origin.copy, doc.id).toBeDefined();
      if (doc.rights.status === 'unclear') expect(doc.rights.note ?? '', doc.id).toMatch(/removed on request/u);
    }
  });
});
