/**
 * Language halves in a Markdown source (issue 24): a Chinese text followed by its English version, the English
 * half opening with a bold line that names the document. The English sections start again at the top level,
 * beside the Chinese ones, instead of nesting under the last Chinese section; the title line opens the English
 * half's preface.
 */
import { describe, expect, it } from 'vitest';
import { outlineText } from './markdown-helpers.js';

const text = [
  '**示例论坛主席声明**',
  '',
  '论坛于某日举行。',
  '',
  '**（一）加强普惠合作**',
  '',
  '各方同意加强合作。',
  '',
  '**（二）推进数字治理**',
  '',
  '各方同意推进治理。',
  '',
  '**Chair’s Statement of the Example Forum**',
  '',
  'The forum was held on a day.',
  '',
  '**1. Strengthening Inclusive Cooperation**',
  '',
  'The parties agreed to cooperate.',
  '',
  '**2. Advancing Digital Governance**',
  '',
  'The parties agreed to advance governance.',
  '',
].join('\n');

describe('language halves', () => {
  const { outline, problems } = outlineText(text);
  const lines = outline.split('\n\n')[0]!.split('\n');
  it('the English sections are top-level, beside the Chinese ones', () => {
    const top = lines.filter((l) => !l.startsWith(' '));
    expect(top.some((l) => l.includes('1. Strengthening Inclusive Cooperation'))).toBe(true);
    expect(top.some((l) => l.includes('2. Advancing Digital Governance'))).toBe(true);
    expect(top.some((l) => l.includes('（二）推进数字治理'))).toBe(true);
  });
  it('keeps every character in one place', () => expect(problems).toEqual([]));
});
