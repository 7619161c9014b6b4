/**
 * Texts in traditional characters, as Taiwan's and Hong Kong's laws print them (`第一條`, `應`, `係指`, `中華民國104年`):
 * read by the same rules as simplified ones, each rule's traditional forms declared beside the simplified. The law
 * below is made up for the test.
 */
import { describe, expect, it } from 'vitest';
import { findReferences } from '../../src/extract/references.js';
import { inferMetadata, kindOfTitle } from '../../src/metadata/infer.js';
import { parseSource } from '../../src/parse/index.js';
import { itemsOfMarkdown } from './helpers.js';

const law = [
  '示例資料保護條例',
  '',
  '中華民國104年7月27日訂定',
  '',
  '第一章 總則',
  '',
  '第一條 為規範示例資料之蒐集及利用，特制定本條例。',
  '',
  '第二條 本條例所稱示例資料，係指以電子方式記錄之示例紀錄。',
  '',
  '第二章 義務',
  '',
  '第三條 示例機關應建立示例資料之安全維護制度。',
  '',
  '第四條 示例業者不得洩漏示例資料。',
  '',
  '第五條 示例機關應當履行下列義務：',
  '',
  '（一）建立示例制度；',
  '',
  '（二）保存示例紀錄。',
  '',
].join('\n');

/** The same law in simplified characters: the characters of the text above, mapped one for one (a table for this test only). */
const simplifiedOf = (text: string): string => {
  const pairs = '資资護护條条例例華华國国訂订總总為为範范蒐搜據据稱称係系錄录紀纪義义務务機机關关應应維维業业洩泄記记履履';
  const map = new Map<string, string>();
  for (let i = 0; i < pairs.length; i += 2) map.set(pairs[i]!, pairs[i + 1]!);
  return [...text].map((c) => map.get(c) ?? c).join('');
};

describe('a law in traditional characters', () => {
  it('has its chapters and articles, labelled as printed', () => {
    const labels: string[] = [];
    const walk = (sections: ReturnType<typeof parseSource>['sections']) => {
      for (const s of sections) {
        const label = s.heading?.parts.zh?.label;
        if (label) labels.push(`${s.kind} ${label}`);
        walk(s.children);
      }
    };
    walk(parseSource(law, { format: 'text' }).sections);
    expect(labels).toEqual(['chapter 第一章', 'article 第一條', 'article 第二條', 'chapter 第二章', 'article 第三條', 'article 第四條', 'article 第五條']);
  });
  it('yields what the same law in simplified characters yields, item for item', () => {
    const traditional = itemsOfMarkdown(law, 'regulation', 'text');
    const simplified = itemsOfMarkdown(simplifiedOf(law), 'regulation', 'text');
    const shape = (items: typeof traditional) => [
      ...items.actionItems.map((a) => [a.modality, simplifiedOf(a.actor ?? ''), a.span]),
      ...items.definitions.map((d) => [simplifiedOf(d.term.zh ?? ''), d.span]),
    ];
    expect(shape(simplified).length).toBeGreaterThan(3);
    expect(shape(traditional)).toEqual(shape(simplified));
  });
  it('states its norms and definitions', () => {
    const items = itemsOfMarkdown(law, 'regulation', 'text');
    expect(items.actionItems.map((a) => [a.modality, a.actor]).slice(0, 2)).toEqual([
      ['obligation', '示例機關'],
      ['prohibition', '示例業者'],
    ]);
    expect(items.definitions.map((d) => [d.term.zh, d.definition.zh])).toEqual([['示例資料', '以電子方式記錄之示例紀錄。']]);
  });
  it('refers to its articles as printed (`本條例第三條`, `前條`)', () => {
    const traditional = findReferences('違反本條例第三條或第四條規定者，依前條處理。');
    expect(traditional.map((r) => r.pointer)).toEqual([{ to: 'articles', numbers: [3, 4] }, { to: 'previous-article' }]);
    expect(traditional).toEqual(findReferences('违反本条例第三条或第四条规定者，依前条处理。'));
  });
  it('has its kind, title and date (the Republic of China calendar: year 104 is 2015)', () => {
    expect(kindOfTitle('示例資料保護條例').kind).toBe('regulation');
    const meta = inferMetadata(law);
    expect(meta.title.zh).toBe('示例資料保護條例');
    expect(meta.kind).toBe('regulation');
    expect(meta.date?.value).toBe('2015-07-27');
  });
});
