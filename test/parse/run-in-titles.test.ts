/**
 * Run-in titles after a worded label (`Sec. 4.  Title.  Text…`): how long a title may be, and what is a sentence
 * instead (issue 24: an order's 17-word section title was read as text).
 */
import { describe, expect, it } from 'vitest';
import { runInTitleEnd } from '../../src/parse/markdown/units.js';

const title = (text: string) => {
  const end = runInTitleEnd(text, 'en');
  return end === undefined ? undefined : text.slice(0, end);
};

describe('English run-in titles', () => {
  it('a long title without a comma, up to 20 words (one noun phrase)', () => {
    expect(
      title(
        'Assessing the National Security Risks Arising from Prior Transfers of United States Persons’ Bulk Sensitive Personal Data. Within 120 days of the effective date, the Attorney General shall act.',
      ),
    ).toBe('Assessing the National Security Risks Arising from Prior Transfers of United States Persons’ Bulk Sensitive Personal Data.');
  });
  it('a short title', () => {
    expect(title('Policy. The United States is committed to the rule of law.')).toBe('Policy.');
  });
  it('a sentence with a verb is no title; nor are 17 words with a comma', () => {
    expect(title('Nothing in this order shall be construed to impair the authority of an agency. More text follows.')).toBeUndefined();
    expect(title('Reports, Notices and Procedures for the Review of Transactions Involving Data of Persons of the United States of America Today. Text.')).toBeUndefined();
  });
});

describe('a numbered bold paragraph too long for a title', () => {
  it('is a run-in heading: the first sentence its title, the rest its first paragraph', async () => {
    const { outlineText } = await import('./markdown-helpers.js');
    const text = '**一、背景**\n\n正文。\n\n**（十三）深化信息安全领域国际合作。中方已提出全球数据安全倡议，希望推动达成反映各方意愿、尊重各方利益的全球数字治理规则，并持续推进落实相关合作。**\n';
    const { outline, problems } = outlineText(text);
    expect(outline).toMatch(/section \(十三\): （十三）深化信息安全领域国际合作。 \(line 5, 1 paragraphs\)/u);
    expect(problems).toEqual([]);
  });
});
