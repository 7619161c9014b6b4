/**
 * Real texts of shapes the development corpus lacks, read where the machine has them (Debian's
 * /usr/share/common-licenses: licence texts are legal instruments with setext headings, deep decimal numbering,
 * numbered definitions and exhibits). Never copied into the project; skipped, saying so, when absent. The
 * expected outlines were written down by reading each text.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Section } from '../../generated/types/index.js';
import { toDocument } from '../../src/dataset/document.js';
import { formatOf } from '../../src/metadata/infer.js';
import { parseSource } from '../../src/parse/index.js';
import { coverageGaps } from '../../src/validate/rules/coverage.js';
import { stubMetadata } from './markdown-helpers.js';

const mpl = '/usr/share/common-licenses/MPL-2.0';
if (!existsSync(mpl)) console.warn(`skipping the real-text tests: ${mpl} is absent`);

describe.skipIf(!existsSync(mpl))('Mozilla Public License 2.0, as Debian ships it', () => {
  const text = existsSync(mpl) ? readFileSync(mpl, 'utf8') : '';
  const format = formatOf(text, false).format;
  const parsed = parseSource(text, { format });
  const doc = toDocument(stubMetadata, { text, sha256: '', bytes: text.length }, parsed.sections, parsed.skip, parsed.omitted);
  const outline = (sections: readonly Section[], depth = 0): string[] =>
    sections.flatMap((s) => (s.label ? [`${'  '.repeat(depth)}${s.label}`, ...outline(s.children, depth + 1)] : outline(s.children, depth)));

  it('is read as Markdown (its headings are underlined)', () => expect(format).toBe('markdown'));
  it('finds its numbered sections, their decimal subsections and the exhibits', () => {
    expect(outline(doc.sections)).toEqual([
      '1',
      '2',
      ...['2.1', '2.2', '2.3', '2.4', '2.5', '2.6', '2.7'].map((l) => `  ${l}`),
      '3',
      ...['3.1', '3.2', '3.3', '3.4', '3.5'].map((l) => `  ${l}`),
      '4',
      '5',
      // 6 and 7 are printed inside boxes of asterisks: read as paragraphs of 5 (nothing lost), not as sections.
      '8',
      '9',
      '10',
      ...['10.1', '10.2', '10.3', '10.4'].map((l) => `  ${l}`),
      'Exhibit A',
      'Exhibit B',
    ]);
  });
  it('reads numbered definitions (`1.3. "Contribution"` ⏎ `means …`) as paragraphs of section 1, not as headings', () => {
    const definitions = doc.sections.find((s) => s.label === '1')!;
    expect(definitions.children).toEqual([]);
    expect(definitions.paragraphs.some((p) => p.text.en?.startsWith('1.3. "Contribution" means Covered Software'))).toBe(true);
  });
  it('keeps every character in exactly one place', () => expect(coverageGaps(text, doc)).toEqual({ uncovered: [], twice: [] }));
});

const gpl = '/usr/share/common-licenses/GPL-3';
if (!existsSync(gpl)) console.warn(`skipping the GPL-3 test: ${gpl} is absent`);

describe.skipIf(!existsSync(gpl))('GNU General Public License 3, as Debian ships it (plain text)', () => {
  const text = existsSync(gpl) ? readFileSync(gpl, 'utf8') : '';
  const parsed = parseSource(text, { format: formatOf(text, false).format });
  const doc = toDocument(stubMetadata, { text, sha256: '', bytes: text.length }, parsed.sections, parsed.skip, parsed.omitted);

  it('is plain text, its sections numbered 0 to 17 with titles closed by a full stop (`0. Definitions.`)', () => {
    expect(formatOf(text, false).format).toBe('text');
    const sections = doc.sections.filter((s) => s.label !== undefined);
    expect(sections.map((s) => s.number)).toEqual(Array.from({ length: 18 }, (_, i) => i));
    expect(sections.slice(0, 3).map((s) => s.title?.en)).toEqual(['0. Definitions.', '1. Source Code.', '2. Basic Permissions.']);
  });
  it('keeps every character in exactly one place', () => expect(coverageGaps(text, doc)).toEqual({ uncovered: [], twice: [] }));
});

describe('numbered titles closed by a full stop (plain text, made-up texts)', () => {
  const outline = (text: string) => parseSource(text, { format: 'text' }).sections.map((s) => `${s.kind}${s.heading?.number !== undefined ? ` ${s.heading.number}` : ''}`);
  it('are headings where they run in sequence', () => {
    expect(outline('1. Scope.\n\nThis made-up text applies.\n\n2. Duties.\n\nHolders keep records.\n')).toEqual(['chapter 1', 'chapter 2']);
  });
  it('in English, a title sentence the text runs on from, in sequence', () => {
    const text = '1. Scope. This made-up text applies to holders.\n\n2. Duties. Holders keep records.\n';
    const sections = parseSource(text, { format: 'text' }).sections;
    expect(sections.map((s) => s.heading?.number)).toEqual([1, 2]);
    const title = sections[0]!.heading!.parts.en!.title!;
    expect(text.slice(title.start, title.end)).toBe('1. Scope.');
    expect(sections[0]!.paragraphs).toHaveLength(1);
  });
  it('one alone is a list item of its paragraph', () => {
    expect(outline('Our made-up plan.\n\n1. Strengthen cooperation.\n\nWe will report next year.\n').some((k) => k.startsWith('chapter'))).toBe(false);
  });
});

const apache = '/usr/share/common-licenses/Apache-2.0';
if (!existsSync(apache)) console.warn(`skipping the Apache-2.0 test: ${apache} is absent`);

describe.skipIf(!existsSync(apache))('Apache License 2.0, as Debian ships it (plain text)', () => {
  const text = existsSync(apache) ? readFileSync(apache, 'utf8') : '';
  const parsed = parseSource(text, { format: formatOf(text, false).format });
  const doc = toDocument(stubMetadata, { text, sha256: '', bytes: text.length }, parsed.sections, parsed.skip, parsed.omitted);

  it('finds sections 1 to 9, each title run in to its text after the first (`2. Grant of Copyright License. Subject to …`)', () => {
    const sections = doc.sections.filter((s) => s.label !== undefined);
    expect(sections.map((s) => `${s.number} ${s.title?.en}`)).toEqual([
      '1 1. Definitions.',
      '2 2. Grant of Copyright License.',
      '3 3. Grant of Patent License.',
      '4 4. Redistribution.',
      '5 5. Submission of Contributions.',
      '6 6. Trademarks.',
      '7 7. Disclaimer of Warranty.',
      '8 8. Limitation of Liability.',
      '9 9. Accepting Warranty or Additional Liability.',
    ]);
    expect(sections[1]!.paragraphs[0]!.text.en).toMatch(/^Subject to the terms and conditions of this License, each Contributor hereby grants/u);
  });
  it('keeps every character in exactly one place', () => expect(coverageGaps(text, doc)).toEqual({ uncovered: [], twice: [] }));
});

/** Licence texts whose top-level numbering was checked against the text (`grep -n '^ *[0-9]\+\. [A-Z]'`). */
const numbered: Record<string, number[]> = {
  'GFDL-1.3': Array.from({ length: 12 }, (_, i) => i),
  'CC0-1.0': [1, 2, 3, 4],
  'MPL-1.1': Array.from({ length: 13 }, (_, i) => i + 1),
};

describe.each(Object.entries(numbered))('%s, as Debian ships it', (name, numbers) => {
  const path = `/usr/share/common-licenses/${name}`;
  const present = existsSync(path);
  if (!present) console.warn(`skipping ${name}: ${path} is absent`);
  it.skipIf(!present)('finds its numbered sections, and keeps every character in exactly one place', () => {
    const text = readFileSync(path, 'utf8');
    const parsed = parseSource(text, { format: formatOf(text, false).format });
    const doc = toDocument(stubMetadata, { text, sha256: '', bytes: text.length }, parsed.sections, parsed.skip, parsed.omitted);
    expect(doc.sections.filter((s) => s.label !== undefined).map((s) => s.number)).toEqual(numbers);
    expect(coverageGaps(text, doc)).toEqual({ uncovered: [], twice: [] });
  });
});
