import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/extract/segment.js';

const texts = (text: string, lang: 'en' | 'zh' = 'en') => splitSentences(text, lang).map((s) => s.text);

describe('splitSentences', () => {
  it('keeps decimals inside a sentence', () => {
    expect(texts('The digital economy reached 45.5 trillion yuan, accounting for 39.8 percent of GDP. It grew.')).toEqual([
      'The digital economy reached 45.5 trillion yuan, accounting for 39.8 percent of GDP.',
      'It grew.',
    ]);
  });
  it('does not split after Mr., No., Jan. and H.E.', () => {
    expect(texts('Mr. Li met No. 1 delegation on Jan. 5 with H.E. Xi Jinping. Then they left.')).toEqual(['Mr. Li met No. 1 delegation on Jan. 5 with H.E. Xi Jinping.', 'Then they left.']);
  });
  it('a letter after a label word ends a sentence; an initial does not', () => {
    expect(texts('Add the notice described in Exhibit A. You must also keep it. Appendix B. Then stop.')).toEqual([
      'Add the notice described in Exhibit A.',
      'You must also keep it.',
      'Appendix B.',
      'Then stop.',
    ]);
    expect(texts('The speech of John F. Kennedy was read. It ended.')).toEqual(['The speech of John F. Kennedy was read.', 'It ended.']);
  });
  it('does not split after U.S. inside a sentence', () => {
    expect(texts('China has carried out dialogue with the U.S. Government in the spirit of equality. Both sides agreed.')).toEqual([
      'China has carried out dialogue with the U.S. Government in the spirit of equality.',
      'Both sides agreed.',
    ]);
  });
  it('a list marker opening the paragraph ends no sentence; a number ending a sentence still does', () => {
    expect(texts('1. Appoint the Example Board. The Chair may define its tasks.')).toEqual(['1. Appoint the Example Board.', 'The Chair may define its tasks.']);
    expect(texts('iv. Report to the Example Board. It meets twice.')).toEqual(['iv. Report to the Example Board.', 'It meets twice.']);
    expect(texts('The vote was won by 12. Then they left.')).toEqual(['The vote was won by 12.', 'Then they left.']);
  });
  it('keeps a closing quote with its sentence', () => {
    expect(texts('China upholds “Tech for Good.” It also helps.')).toEqual(['China upholds “Tech for Good.”', 'It also helps.']);
  });
  it('splits Chinese at 。！？ and moves an opening quote after 。 to the next sentence', () => {
    expect(texts('然后走了。“网络空间是人类共同的活动空间。”——习近平。增长13908.2亿元！是吗？', 'zh')).toEqual([
      '然后走了。',
      '“网络空间是人类共同的活动空间。”——习近平。',
      '增长13908.2亿元！',
      '是吗？',
    ]);
  });
  it('gives offsets into the paragraph text', () => {
    const text = 'One. Two three.';
    for (const s of splitSentences(text, 'en')) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('endsInAbbreviation', () => {
  // The rule as one pattern (what the function computes from the last word only).
  const whole =
    /(?:^|[\s(“"‘'])(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|St|No|Nos|Art|Arts|Vol|pp?|Fig|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|e\.g|i\.e|cf|vs|approx|Doc|Docs|Res|Sec|Secs|Stat|Supp|Cong|Reg|Fed|Para|Paras|Ch|Ex|Ord|Inc|Ltd|Co|Corp|Dept|Govt|Intl|[A-Z](?:\.[A-Z])+|[A-Z])\.$/u;
  it.each([
    'U.N. Doc.',
    'G.A. Res.',
    '50 U.S.C.',
    'Mr.',
    'met Mr.',
    'the U.S.',
    '(U.S.A.',
    '“No.',
    'e.g.',
    'see i.e.',
    'DMr.',
    'end.',
    'H.E.',
    'at 5 p.',
    'x.Y.',
    'He said Dr',
    'approx.',
    '',
    '.',
    'A.',
    'a.',
  ])('%j as the pattern over the whole text', async (text) => {
    const { endsInAbbreviation } = await import('../../src/extract/segment.js');
    expect(endsInAbbreviation(text)).toBe(whole.test(text));
  });
});

describe('sentences around citations and footnote marks (issue 19)', () => {
  it.each([
    ['See U.N. Doc. A/70/174 (July 22, 2015). Next sentence.', ['See U.N. Doc. A/70/174 (July 22, 2015).', 'Next sentence.']],
    ['The Act (50 U.S.C. 1701 et seq.) applies. It is law.', ['The Act (50 U.S.C. 1701 et seq.) applies.', 'It is law.']],
    ['The court held so.<sup>12</sup> Then it moved on.', ['The court held so.<sup>12</sup>', 'Then it moved on.']],
    ['The court held so.[^3] Then it moved on.', ['The court held so.[^3]', 'Then it moved on.']],
    ['As [stated here](https://example.org/a.b/c. d) the rule holds. Next.', ['As [stated here](https://example.org/a.b/c. d) the rule holds.', 'Next.']],
  ])('%s', (text, expected) => {
    expect(splitSentences(text, 'en').map((s) => s.text)).toEqual(expected);
  });
});

describe('sentence ends that are no ends (issue 20 review)', () => {
  it('never inside a Markdown link address, nor after a hyphenated abbreviation', () => {
    const link = 'Recalling the [Example Covenant](../../a/b/README.md) and other treaties. Then more.';
    expect(splitSentences(link, 'en').map((s) => s.text)).toEqual(['Recalling the [Example Covenant](../../a/b/README.md) and other treaties.', 'Then more.']);
    expect(splitSentences('They met at the 6th ASEAN-U.S. Summit on 15 November. It went well.', 'en')).toHaveLength(2);
  });
});
