/**
 * Run-in titles after a worded label (`Sec. 4.  Title.  Text…`): how long a title may be, and what is a sentence
 * instead (issue 24: a 17-word section title was read as text).
 */
import { describe, expect, it } from 'vitest';
import { endsLikeTitle, runInTitleEnd } from '../../src/parse/titles.js';

const title = (text: string) => {
  const end = runInTitleEnd(text, 'en');
  return end === undefined ? undefined : text.slice(0, end);
};

describe('English run-in titles', () => {
  it('a long title without a comma, up to 20 words (one noun phrase)', () => {
    expect(title('Reviewing the Risks Arising from Earlier Transfers of Sensitive Data Held by Providers of Services to Public Agencies. Within 90 days of this order, the Secretary shall act.')).toBe(
      'Reviewing the Risks Arising from Earlier Transfers of Sensitive Data Held by Providers of Services to Public Agencies.',
    );
  });
  it('a short title', () => {
    expect(title('Policy. The United States is committed to the rule of law.')).toBe('Policy.');
  });
  it('two titles joined by a semicolon before a capital; a sentence going on after one is none', () => {
    expect(title('Permitted Uses; Conditions & Restrictions. Subject to the terms of this Licence, the Holder grants …')).toBe('Permitted Uses; Conditions & Restrictions.');
    expect(title('General; Definitions.  This Licence applies to any program.')).toBe('General; Definitions.');
    expect(title('Cooperation on research; exchanges of experts. The Parties agree.')).toBeUndefined();
  });
  it('a sentence with a verb is no title; nor are 17 words with a comma', () => {
    expect(title('Nothing in this order shall be construed to impair the authority of an agency. More text follows.')).toBeUndefined();
    expect(title('Reports, Notices and Procedures for the Review of Transactions Involving Data of Persons of the United States of America Today. Text.')).toBeUndefined();
  });
});

describe('a numbered bold paragraph too long for a title', () => {
  it('is a run-in heading: the first sentence its title, the rest its first paragraph', async () => {
    const { outlineText } = await import('./markdown-helpers.js');
    const text =
      '**一、背景**\n\n正文。\n\n**（五）加强某领域交流合作。我们已提出一项合作倡议，希望推动形成兼顾各方关切的规则框架，并在今后数年持续推进各项合作的落实工作，定期评估进展并向各方通报合作成果。**\n';
    const { outline, problems } = outlineText(text);
    expect(outline).toMatch(/section \(五\): （五）加强某领域交流合作。 \(line 5, 1 paragraphs\)/u);
    expect(problems).toEqual([]);
  });
});

describe('a title closed by a full stop', () => {
  it('may hold initials (`U.S. Government End Users.`)', () => {
    expect(endsLikeTitle('U.S. Government End Users.', 'en')).toBe(true);
    expect(endsLikeTitle('Made-up Rules for E.U. Agencies.', 'en')).toBe(true);
  });
  it('holds no sentence break nor a finite verb', () => {
    expect(endsLikeTitle('Scope. The text applies.', 'en')).toBe(false);
    expect(endsLikeTitle('The Parties shall cooperate.', 'en')).toBe(false);
    expect(endsLikeTitle('Definitions', 'en')).toBe(false);
    // A Chinese sentence with a colon or a semicolon inside is a definition or a lead-in, no title.
    expect(endsLikeTitle('示例用户：指依本示例条款取得资料之人。', 'zh')).toBe(false);
    expect(endsLikeTitle('加强示例内容识别预警。', 'zh')).toBe(true);
  });
});
