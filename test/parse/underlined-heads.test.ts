/**
 * Underlined bold heads (`**<u>…</u>**`, as US government statements print their section heads): where a text has
 * two or more, they are headings even when each is a whole sentence ending with a period; a bold sentence
 * without the underline stays text; a bold lead followed only by its full stop (`**<u>…</u>**.`) is a whole head.
 */
import { describe, expect, it } from 'vitest';
import { outlineText } from './markdown-helpers.js';

const text = [
  'The agency has long followed this matter.',
  '',
  '**A wide group of partners is joining the agency in reviewing this practice.**',
  '',
  'Today the agency is acting.',
  '',
  '**<u>Publishing the findings of the review of regional supply practices.</u>**',
  '',
  'The agency is concerned.',
  '',
  '**<u>Confirming with a high degree of confidence that the suppliers changed their practices</u>**.',
  '',
  'Before the review, suppliers followed other rules.',
  '',
].join('\n');

describe('underlined bold heads', () => {
  const { outline, problems } = outlineText(text);
  const heads = outline
    .split('\n\n')[0]!
    .split('\n')
    .filter((l) => l.startsWith('chapter'));
  it('are headings, a whole sentence or not; the bold sentence without underline is not', () => {
    expect(heads).toHaveLength(2);
    expect(heads[0]).toContain('Publishing the findings of the review');
    expect(heads[1]).toContain('Confirming with a high degree of confidence');
    expect(outline).not.toMatch(/^chapter.*A wide group of partners/mu);
  });
  it('keeps every character in one place', () => expect(problems).toEqual([]));
});
