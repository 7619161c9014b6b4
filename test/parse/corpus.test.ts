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
import { toDocument } from '../../src/dataset/document.js';
import { detectFormat } from '../../src/cli/import.js';
import { parseSource } from '../../src/parse/index.js';
import { score, type Gold } from './corpus-score.js';
import { corpusVariants } from '../../scripts/corpus-variants.js';
import { coverageProblems, stubMetadata } from './markdown-helpers.js';

const corpus = join(import.meta.dirname, '../../../shared/corpus');
const present = existsSync(join(corpus, 'expected.json'));
if (!present) console.warn(`skipping the corpus tests: ${corpus} is absent`);

const gold: Record<string, Gold> = present ? JSON.parse(readFileSync(join(corpus, 'expected.json'), 'utf8')) : {};

/**
 * The same texts as other copies give them (issue 24: structure that holds on sources the corpus lacks; the copies
 * of scripts/corpus-variants.ts): hard-wrapped, and, for the Chinese texts, copied from the page without blank
 * lines.
 */
// (CRLF line ends are read by test/parse/robustness.test.ts over every document of the dataset, the imported corpus
// texts among them.)
const variants: Record<string, (text: string, name: string) => string | undefined> = { 'as published': (t) => t, wrapped: corpusVariants['wrapped']!, copied: corpusVariants['copied']! };

describe.skipIf(!present)('the development corpus', () => {
  for (const [name, expected] of Object.entries(gold)) {
    const path = join(corpus, name);
    const published = existsSync(path) ? readFileSync(path, 'utf8') : '';
    for (const [variant, copy] of Object.entries(variants)) {
      const source = copy(published, name);
      // A variant that does not apply, or leaves the text as it is, is not read twice.
      if (source === undefined || (source === published && variant !== 'as published')) continue;
      describe(`${name} ${variant}`, () => {
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
  }
});
