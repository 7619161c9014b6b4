/**
 * A decimal label ending in `.0` numbers the level above its `N.1`, `N.2` (`2.0 What this License covers` ⏎ `2.1
 * Legal effect`, as licences and frameworks number their parts), in both front-ends, and its number is `N`.
 * Texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { toDocument } from '../../src/dataset/document.js';
import { parseSource } from '../../src/parse/index.js';
import { decimalDepth, matchScheme } from '../../src/parse/schemes.js';
import { stubMetadata } from './markdown-helpers.js';

const tree = (text: string, format: 'markdown' | 'text') => {
  const parsed = parseSource(text, { format });
  const doc = toDocument(stubMetadata, { text, sha256: '', bytes: text.length }, parsed.sections, parsed.skip, parsed.omitted);
  const walk = (sections: typeof doc.sections): string[] => sections.flatMap((s) => [`${'  '.repeat(s.level - 1)}${s.number ?? ''} ${s.title?.en ?? ''}`, ...walk(s.children)]);
  // The title line: front matter in plain text, an untitled preface in Markdown (a plain line is no Markdown heading).
  return walk(doc.sections.filter((s) => s.title !== undefined && s.kind !== 'front-matter'));
};

describe('decimal labels ending in .0', () => {
  it('have depth 1 and the number of their first part', () => {
    expect([decimalDepth('2.0'), decimalDepth('2.1'), decimalDepth('2.1.0'), decimalDepth('1.2.3')]).toEqual([1, 2, 3, 3]);
    expect(matchScheme('2.0 What this License covers')?.number).toBe(2);
    expect(matchScheme('2.1 Legal effect')?.number).toBe(1);
  });
  const text =
    'Example Framework\n\n1.0 Framework Introduction\n\nThe framework is a guide.\n\n1.1 Overview of the Framework\n\nIt has three parts.\n\n1.2 Risk Management\n\nRisk is managed.\n\n2.0 Framework Basics\n\nThe basics follow.\n\n2.1 Framework Core\n\nThe core is a set of activities.\n';
  const expected = ['1 1.0 Framework Introduction', '  1 1.1 Overview of the Framework', '  2 1.2 Risk Management', '2 2.0 Framework Basics', '  1 2.1 Framework Core'];
  it('hold the N.1, N.2 after them, in plain text', () => {
    expect(tree(text, 'text')).toEqual(expected);
  });
  it('and in Markdown', () => {
    expect(tree(text, 'markdown')).toEqual(expected);
  });
});
