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
  it('does not split after U.S. inside a sentence', () => {
    expect(texts('China has carried out dialogue with the U.S. Government in the spirit of equality. Both sides agreed.')).toEqual([
      'China has carried out dialogue with the U.S. Government in the spirit of equality.',
      'Both sides agreed.',
    ]);
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
  const whole = /(?:^|[\s(“"‘'])(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|St|No|Nos|Art|Arts|Vol|pp?|Fig|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|e\.g|i\.e|cf|vs|approx|[A-Z](?:\.[A-Z])+|[A-Z])\.$/u;
  it.each(['Mr.', 'met Mr.', 'the U.S.', '(U.S.A.', '“No.', 'e.g.', 'see i.e.', 'DMr.', 'end.', 'H.E.', 'at 5 p.', 'x.Y.', 'He said Dr', 'approx.', '', '.', 'A.', 'a.'])(
    '%j as the pattern over the whole text',
    async (text) => {
      const { endsInAbbreviation } = await import('../../src/extract/segment.js');
      expect(endsInAbbreviation(text)).toBe(whole.test(text));
    },
  );
});
