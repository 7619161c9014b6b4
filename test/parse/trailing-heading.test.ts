/**
 * Plain text: a top-level numbered heading line that closes a block of other lines (no blank line before it, as
 * in `…to 2030` / `I. Scope`) is a heading, not the end of the title block (issue 24).
 */
import { describe, expect, it } from 'vitest';
import { toDocument } from '../../src/dataset/document.js';
import { parseSource } from '../../src/parse/index.js';
import { coverageProblems, stubMetadata } from './markdown-helpers.js';

const titles = (text: string) => {
  const parsed = parseSource(text, { format: 'text' });
  const doc = toDocument(stubMetadata, { text, sha256: '', bytes: text.length }, parsed.sections, parsed.skip, parsed.omitted);
  return { titles: doc.sections.filter((s) => s.title).map((s) => s.title?.en ?? ''), problems: coverageProblems(text, doc, parsed.skip) };
};

describe('a numbered heading closing a block', () => {
  const text = 'Guidelines\n\nfor the Policy of a City on Open Data\nto 2030\nI. Scope\n\n1. These guidelines are a planning document.\n\nII. The Goal\n\n2. The goal is openness.\n';
  it('is a heading of its own', () => {
    const got = titles(text);
    expect(got.titles).toEqual(['I. Scope', 'II. The Goal']);
    expect(got.problems).toEqual([]);
  });
  it('not when the line before runs into it (a comma)', () => {
    expect(titles('Intro\n\nThe measures are, in order of priority,\nI. Scope\n\nII. The Goal\n\nText here.\n').titles).not.toContain('I. Scope');
  });
});
