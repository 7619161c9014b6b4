/**
 * Underlined bold heads (`**<u>…</u>**`, as US government statements print their section heads): where a text has
 * two or more, they are headings even when each is a whole sentence ending with a period; a bold sentence
 * without the underline stays text; a bold lead followed only by its full stop (`**<u>…</u>**.`) is a whole head.
 */
import { describe, expect, it } from 'vitest';
import { outlineText } from './markdown-helpers.js';

const text = [
  'The United States has long been concerned about this.',
  '',
  '**An unprecedented group of allies is joining the United States in exposing this activity.**',
  '',
  'Today the administration is acting.',
  '',
  '**<u>Exposing the use of criminal contract hackers to conduct operations globally.</u>**',
  '',
  'The United States is deeply concerned.',
  '',
  '**<u>Attributing with a high degree of confidence that malicious actors conducted operations</u>**.',
  '',
  'Before the updates, operators exploited the vulnerabilities.',
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
    expect(heads[0]).toContain('Exposing the use of criminal contract hackers');
    expect(heads[1]).toContain('Attributing with a high degree of confidence');
    expect(outline).not.toMatch(/^chapter.*An unprecedented group/mu);
  });
  it('keeps every character in one place', () => expect(problems).toEqual([]));
});
