/**
 * The dataset's own copies of the development corpus (../shared/corpus/): each
 * published document whose source is byte-identical to a corpus text is scored
 * against that text's expected outline (expected.json), as it is published:
 * with its reviewed metadata, corrections and redactions. Skipped, saying so,
 * when the corpus is absent.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Document } from '../../generated/types/index.js';
import { score, type Gold } from '../parse/corpus-score.js';

const root = join(import.meta.dirname, '../..');
const corpus = join(root, '../shared/corpus');
const present = existsSync(join(corpus, 'expected.json'));
if (!present) console.warn(`skipping the dataset's corpus documents: ${corpus} is absent`);

const gold: Record<string, Gold> = present ? JSON.parse(readFileSync(join(corpus, 'expected.json'), 'utf8')) : {};
const manifest = JSON.parse(readFileSync(join(root, 'generated/data/index.json'), 'utf8')) as { documents: Array<{ id: string; source: { sha256: string } }> };
const bySha = new Map(manifest.documents.map((d) => [d.source.sha256, d.id]));

const published = Object.entries(gold)
  .map(([name, expected]) => {
    const path = join(corpus, name);
    const bytes = existsSync(path) ? readFileSync(path) : Buffer.alloc(0);
    return { name, expected, bytes, id: bySha.get(createHash('sha256').update(bytes).digest('hex')) };
  })
  .filter((t): t is typeof t & { id: string } => t.id !== undefined);

describe.skipIf(!present)('corpus texts published in the dataset', () => {
  it('finds the published copies by their sha256', () => {
    if (present) expect(published.length).toBeGreaterThan(0);
  });
  for (const { name, expected, bytes, id } of published) {
    describe(`${id} (${name})`, () => {
      const doc = JSON.parse(readFileSync(join(root, 'generated/data/documents', `${id}.json`), 'utf8')) as Document;
      const s = score(bytes.toString('utf8'), doc, expected);
      it('covers at least 97% of the text', () => expect(s.coverage).toBeGreaterThanOrEqual(0.97));
      it('finds every top-level and second-level title', () => expect([...s.topMissing, ...s.secondMissing]).toEqual([]));
      it.skipIf(expected.list_items === undefined)('finds the outermost list items', () => expect(s.items).toBeGreaterThanOrEqual(expected.list_items!));
      it.skipIf(expected.articles === undefined)('numbers the articles 1..N', () => expect([...s.articles].sort((a, b) => a - b)).toEqual(Array.from({ length: expected.articles! }, (_, i) => i + 1)));
    });
  }
});
