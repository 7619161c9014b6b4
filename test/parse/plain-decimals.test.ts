/**
 * Plain text: decimal numbering (`2.1 Resilient infrastructure`, `2.1.1 Roles`) makes headings as in Markdown,
 * each depth under the one before (issue 24: the two front-ends read the same schemes). A decimal number opening
 * a sentence (`1.5 million people were affected.`) is text.
 */
import { describe, expect, it } from 'vitest';
import { toDocument } from '../../src/dataset/document.js';
import { parseSource } from '../../src/parse/index.js';
import { coverageProblems, stubMetadata } from './markdown-helpers.js';
import type { Section } from '../../src/extract/types.js';

/** Each section as `depth:title`, depth-first. */
const outline = (text: string) => {
  const parsed = parseSource(text, { format: 'text' });
  const doc = toDocument(stubMetadata, { text, sha256: '', bytes: text.length }, parsed.sections, parsed.skip, parsed.omitted);
  const rows: string[] = [];
  const visit = (sections: readonly Section[], depth: number) => {
    for (const s of sections) {
      if (s.title) rows.push(`${depth}:${s.title.en ?? s.title.zh}`);
      visit(s.children, depth + 1);
    }
  };
  visit(doc.sections, 1);
  return { rows, problems: coverageProblems(text, doc, parsed.skip) };
};

describe('decimal numbering in plain text', () => {
  it('nests by depth under the numbered headings', () => {
    const text = [
      'National Cybersecurity Strategy',
      '1. Introduction',
      'This strategy sets out the vision of the Government.',
      '2. Objectives',
      '2.1 Resilient infrastructure',
      'Operators shall report incidents within 24 hours.',
      '2.1.1 Reporting channels',
      'Reports go to the national centre.',
      '2.2 Skilled workforce',
      'The Government will train professionals.',
      '3. Implementation',
      'The Ministry will publish a yearly report.',
    ].join('\n\n');
    const got = outline(text + '\n');
    expect(got.rows).toEqual(['1:1. Introduction', '1:2. Objectives', '2:2.1 Resilient infrastructure', '3:2.1.1 Reporting channels', '2:2.2 Skilled workforce', '1:3. Implementation']);
    expect(got.problems).toEqual([]);
  });
  it('a decimal number opening a sentence is text', () => {
    const text = 'Report\n\n1. Findings\n\n1.5 million people were affected by the outage.\n\n2. Measures\n\nThe operator will act.\n';
    expect(outline(text).rows).toEqual(['1:1. Findings', '1:2. Measures']);
  });
});
