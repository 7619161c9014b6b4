/**
 * Structure recovery on the development corpus (../shared/corpus/: real texts
 * the rules were not written from), scored with the same rules as its
 * score.sh: coverage of the text's letters, top-level and second-level titles,
 * outermost list items and article numbering. Also the generic invariants
 * (every character in exactly one place, spans reproducing texts). Skipped, saying so, when the corpus is absent; its
 * texts are never copied into the project.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Document, Section } from '../../generated/types/index.js';
import { toDocument } from '../../src/dataset/document.js';
import { detectFormat } from '../../src/cli/import.js';
import { parseSource } from '../../src/parse/index.js';
import { chineseNumber } from '../../src/parse/schemes.js';
import { coverageProblems, stubMetadata } from './markdown-helpers.js';

const corpus = join(import.meta.dirname, '../../../shared/corpus');
const present = existsSync(join(corpus, 'expected.json'));
if (!present) console.warn(`skipping the corpus tests: ${corpus} is absent`);

interface Gold {
  top?: string[];
  second?: string[];
  articles?: number;
  list_items?: number;
}

const norm = (s: string | undefined) => (s ?? '').toLowerCase().replace(/[^0-9a-z\u4e00-\u9fff]+/gu, '');
const textsOf = (t: { en?: string; zh?: string } | undefined) => [t?.en, t?.zh].filter((x): x is string => x !== undefined);

function walk(sections: readonly Section[], out: Section[] = []): Section[] {
  for (const s of sections) {
    out.push(s);
    walk(s.children, out);
  }
  return out;
}

/** The score.sh figures for one document. */
export function score(source: string, doc: Document, gold: Gold) {
  const secs = walk(doc.sections);
  const body = secs.filter((s) => s.kind !== 'contents');
  const covered = secs.map((s) => norm(textsOf(s.title).join(' ')) + s.paragraphs.map((p) => norm(textsOf(p.text).join(' '))).join('')).join('');
  const want = norm(source);
  const shingles: string[] = [];
  for (let i = 0; i < Math.max(1, want.length - 40); i += 40) shingles.push(want.slice(i, i + 40));
  const coverage = shingles.filter((s) => covered.includes(s)).length / shingles.length;
  const topLevel = Math.min(...body.map((s) => s.level));
  const tops = body.filter((s) => s.level === topLevel).map((s) => norm(textsOf(s.title).join(' ')));
  const all = body.map((s) => norm(textsOf(s.title).join(' ')));
  const found = (list: string[] = [], pool: string[]) => list.filter((t) => pool.some((p) => p.includes(norm(t))));
  const items = secs.reduce((n, s) => n + s.paragraphs.filter((p) => p.list).length, 0);
  const articles = secs.filter((s) => s.kind === 'article').map((s) => s.number ?? chineseNumber(/第(.+?)条/u.exec(s.label ?? '')?.[1] ?? '') ?? -1);
  return { coverage, topMissing: (gold.top ?? []).filter((t) => !found([t], tops).length), secondMissing: (gold.second ?? []).filter((t) => !found([t], all).length), items, articles };
}

const gold: Record<string, Gold> = present ? JSON.parse(readFileSync(join(corpus, 'expected.json'), 'utf8')) : {};

describe.skipIf(!present)('the development corpus', () => {
  for (const [name, expected] of Object.entries(gold)) {
    describe(name, () => {
      const path = join(corpus, name);
      const source = existsSync(path) ? readFileSync(path, 'utf8') : '';
      const parsed = parseSource(source, { format: detectFormat(source) });
      const doc = toDocument(stubMetadata, { text: source, sha256: '', bytes: source.length }, parsed.sections, parsed.skip, parsed.omitted);
      const s = score(source, doc, expected);

      it('covers at least 97% of the text', () => expect(s.coverage).toBeGreaterThanOrEqual(0.97));
      it('finds every top-level title', () => expect(s.topMissing).toEqual([]));
      it('finds every second-level title', () => expect(s.secondMissing).toEqual([]));
      it.skipIf(expected.list_items === undefined)('finds the outermost list items', () => expect(s.items).toBeGreaterThanOrEqual(expected.list_items!));
      it.skipIf(expected.articles === undefined)('numbers the articles 1..N', () => {
        expect([...new Set(s.articles)].sort((a, b) => a - b)).toEqual(Array.from({ length: expected.articles! }, (_, i) => i + 1));
        expect(s.articles).toHaveLength(expected.articles!);
      });
      it('keeps every character in exactly one place, spans reproducing texts', () => expect(coverageProblems(source, doc, parsed.skip)).toEqual([]));
    });
  }
});
