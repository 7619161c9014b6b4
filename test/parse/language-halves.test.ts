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
  '**（一）扩大人员往来**',
  '',
  '各方同意扩大往来。',
  '',
  '**（二）深化文化交流**',
  '',
  '各方同意深化交流。',
  '',
  '**Chair’s Statement of the Example Forum**',
  '',
  'The forum was held on a day.',
  '',
  '**1. Expanding Exchanges of People**',
  '',
  'The parties agreed to expand exchanges.',
  '',
  '**2. Deepening Cultural Exchanges**',
  '',
  'The parties agreed to deepen cultural exchanges.',
  '',
].join('\n');

describe('language halves', () => {
  const { outline, problems } = outlineText(text);
  const lines = outline.split('\n\n')[0]!.split('\n');
  it('the English sections are top-level, beside the Chinese ones', () => {
    const top = lines.filter((l) => !l.startsWith(' '));
    expect(top.some((l) => l.includes('1. Expanding Exchanges of People'))).toBe(true);
    expect(top.some((l) => l.includes('2. Deepening Cultural Exchanges'))).toBe(true);
    expect(top.some((l) => l.includes('（二）深化文化交流'))).toBe(true);
  });
  it('keeps every character in one place', () => expect(problems).toEqual([]));
});
