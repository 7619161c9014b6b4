/**
 * The site's search (issue 22): Chinese is indexed as character bigrams, so a
 * query finds a paragraph holding its words whatever word segmentation the
 * browser has; English by whole words. Queries are drawn from the data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Document, Manifest } from '../../generated/types/index.js';
import { openIndex, searchIndex, tokenize } from '../../src/site/search.js';
import { root } from '../helpers.js';

const manifest = JSON.parse(readFileSync(join(root, 'generated/data/index.json'), 'utf8')) as Manifest;
const documents = manifest.documents.map((d) => JSON.parse(readFileSync(join(root, `generated/data/documents/${d.id}.json`), 'utf8')) as Document);
const searchIn = openIndex(searchIndex(documents));

describe('tokenize', () => {
  it('cuts Han runs into bigrams and Latin text into lower-case words', () => {
    expect(tokenize('数据安全法 Data Security')).toEqual(['数据', '据安', '安全', '全法', 'data', 'security']);
    expect(tokenize('法')).toEqual(['法']);
  });
});

describe('the search index', () => {
  it('finds, for a piece of every tenth long Chinese paragraph, that paragraph', () => {
    const zh = documents.flatMap((d) =>
      d.sections.flatMap(function walk(s): string[][] {
        return [...s.paragraphs.filter((p) => /^\p{Script=Han}{16}/u.test(p.text.zh ?? '')).map((p) => [p.id, p.text.zh!.slice(4, 12)]), ...s.children.flatMap(walk)];
      }),
    );
    const sample = zh.filter((_, i) => i % 10 === 0);
    expect(sample.length).toBeGreaterThan(0);
    const missed = sample.filter(([id, query]) => !searchIn(query!).some((hit) => hit.id === id));
    expect(missed).toEqual([]);
  });

  it('finds English words in any case, and nothing for words no text has', () => {
    const doc = documents.find((d) => d.title.en !== undefined)!;
    expect(searchIn(doc.title.en!.toUpperCase()).map((h) => h.document)).toContain(doc.id);
    expect(searchIn('zzqxj wvvb')).toEqual([]);
  });
});
