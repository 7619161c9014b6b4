/**
 * Headings that carry inline HTML (`**<u>…</u>**`, `## Endnotes <a id="Endnotes"></a>`), as government pages
 * print them: the built document validates (its heading spans contain their titles), instead of failing the
 * whole build on `span-text` (issue 24).
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { SourceMetadata } from '../../generated/types/index.js';
import { toDocument } from '../../src/dataset/document.js';
import { parseSource } from '../../src/parse/index.js';
import { validateDocument } from '../../src/validator.js';
import { walkNodes } from '../../src/text/tree.js';

const metadata = {
  id: 'inline-html',
  work: 'inline-html',
  title: { en: 'Inline HTML' },
  kind: 'other',
  issuer: [{ en: 'Example' }],
  date: { value: '2021', basis: 'stated' },
  languages: ['en'],
  origin: { publisher: 'Example' },
  rights: { status: 'public-domain', basis: 'a text written for this test' },
} as SourceMetadata;

const sources: Record<string, string> = {
  'underlined bold heading over two lines':
    'Intro text of the page.\n\n**<u>Publishing the findings of the review of regional\nsupply practices</u>**\n\nThe text under it.\n\n**<u>A second heading</u>**\n\nMore text.\n',
  'an anchor after an ATX heading': '# Title\n\nText.\n\n## Endnotes <a id="Endnotes"></a>\n\n1. A note.\n',
};

describe('headings with inline HTML', () => {
  for (const [name, text] of Object.entries(sources)) {
    it(`${name}: the document validates, and every titled heading's span holds its title`, () => {
      const parsed = parseSource(text, { format: 'markdown' });
      const doc = toDocument(metadata, { text, sha256: createHash('sha256').update(text).digest('hex'), bytes: Buffer.byteLength(text) }, parsed.sections, parsed.skip, parsed.omitted);
      Object.assign(doc, { principles: [], actionItems: [], claims: [] });
      const titled = [...walkNodes(doc.sections)].filter((s) => s.title);
      expect(titled.length).toBeGreaterThan(0);
      expect(validateDocument(doc, { source: text, format: 'markdown' })).toEqual([]);
    });
  }
});
