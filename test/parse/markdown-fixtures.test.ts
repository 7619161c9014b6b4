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
import { toDocument } from '../../src/dataset/document.js';
import { formatOutline, outlineEntries } from '../../src/cli/outline.js';
import { parseSource } from '../../src/parse/index.js';
import { coverageProblems, stubMetadata } from './markdown-helpers.js';

const dir = join(import.meta.dirname, '../fixtures/markdown');
const names = readdirSync(dir)
  .filter((f) => f.endsWith('.md'))
  .map((f) => f.slice(0, -3))
  .sort();

export function outlineText(text: string): { outline: string; warnings: string[]; problems: string[] } {
  const parsed = parseSource(text, { format: 'markdown' });
  const doc = toDocument(stubMetadata, { text, sha256: '', bytes: text.length }, parsed.sections, parsed.skip, parsed.omitted);
  const lines = formatOutline(outlineEntries(doc.sections));
  const paragraphs: string[] = [];
  const walk = (sections: typeof doc.sections) => {
    for (const s of sections) {
      paragraphs.push(`${'  '.repeat(s.level - 1)}[${s.kind}${s.number !== undefined ? ` ${s.number}` : ''}] ${s.title?.en ?? s.title?.zh ?? ''}`);
      for (const p of s.paragraphs) paragraphs.push(`${'  '.repeat(s.level)}- ${p.list ? `(list ${p.list.marker}) ` : ''}${p.lead ? `(lead ${p.lead}) ` : ''}${p.text.en ?? p.text.zh}`);
      walk(s.children);
    }
  };
  walk(doc.sections);
  return { outline: `${lines.join('\n')}\n\n${paragraphs.join('\n')}\n`, warnings: parsed.warnings, problems: coverageProblems(text, doc, parsed.skip) };
}

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
