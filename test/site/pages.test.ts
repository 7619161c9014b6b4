/**
 * The document page's headings: a title is the heading as printed, numbering included, so a page shows it once
 * (not the label, then the title that prints it again); a section without a title shows its label. Read from the
 * dataset, so every document's headings are checked.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Document, Manifest, Section } from '../../generated/types/index.js';
import { documentPage } from '../../src/site/pages.js';
import { walkNodes } from '../../src/text/tree.js';
import { root } from '../helpers.js';

const manifest = JSON.parse(readFileSync(join(root, 'generated/data/index.json'), 'utf8')) as Manifest;
const documents = manifest.documents.map((d) => JSON.parse(readFileSync(join(root, `generated/data/documents/${d.id}.json`), 'utf8')) as Document);

/** The text of the heading element a page gives a section (tags left out, entities as printed by hast). */
function headingText(page: string, s: Section): string | undefined {
  const m = new RegExp(`<h\\d id="${s.id.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}">([\\s\\S]*?)</h\\d>`, 'u').exec(page);
  return m?.[1]
    ?.replace(/<[^>]*>/gu, ' ')
    .replace(/&#x3C;/gu, '<')
    .replace(/&#x26;/gu, '&')
    .replace(/&amp;/gu, '&')
    .replace(/\s+/gu, ' ')
    .trim();
}

describe.each(documents.map((d) => [d.id, d] as const))('%s', (_id, doc) => {
  const page = documentPage(doc);
  it('shows each numbered heading once: its title as printed, or its label where it has no title', () => {
    for (const s of walkNodes(doc.sections)) {
      if (s.label === undefined) continue;
      const text = headingText(page, s);
      const title = s.title?.en ?? s.title?.zh;
      if (title === undefined) expect(text).toBe(s.label);
      else
        expect(text).toContain(
          title
            .replace(/<[^>]*>/gu, ' ')
            .replace(/\s+/gu, ' ')
            .trim(),
        );
      // Not the label and then the title that prints it again (`第一章 第一章 总则`).
      if (title !== undefined && title.startsWith(s.label)) expect(text!.startsWith(`${s.label} ${s.label}`)).toBe(false);
    }
  });
});
