/**
 * Per-construct fixtures of the Markdown front-end: each `test/fixtures/markdown/<name>.md`
 * is a short input in one style, written for the test; `<name>.outline` is its
 * expected outline, checked by hand. `UPDATE=1 npx vitest run test/parse/markdown-fixtures`
 * rewrites the expectations for review (like mdast-util-from-markdown's fixtures):
 * read the diff before committing it.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outlineText } from './markdown-helpers.js';

const dir = join(import.meta.dirname, '../fixtures/markdown');
const names = readdirSync(dir)
  .filter((f) => f.endsWith('.md'))
  .map((f) => f.slice(0, -3))
  .sort();

describe('Markdown constructs', () => {
  for (const name of names) {
    it(name, () => {
      const input = readFileSync(join(dir, `${name}.md`), 'utf8');
      const { outline, problems } = outlineText(input);
      expect(problems).toEqual([]);
      const expected = join(dir, `${name}.outline`);
      if (process.env['UPDATE'] || !existsSync(expected)) writeFileSync(expected, outline);
      expect(outline).toBe(readFileSync(expected, 'utf8'));
    });
  }
});
