/**
 * A law as law databases export it: one provision per line, no blank line between (issue 24). Texts written for
 * the test, parsed by the real parser as the import reads such a text (Markdown).
 */
import { describe, expect, it } from 'vitest';
import { parseSource, type ParsedSection } from '../../src/parse/index.js';

const outline = (text: string) => {
  const out: string[] = [];
  const walk = (sections: readonly ParsedSection[], depth: number): void => {
    for (const s of sections) {
      const label = Object.values(s.heading?.parts ?? {})[0]?.label;
      out.push(`${'  '.repeat(depth)}${s.kind}${label ? ` ${label}` : ''} (${s.paragraphs.length})`);
      walk(s.children, depth + 1);
    }
  };
  walk(parseSource(text, { format: 'markdown' }).sections, 0);
  return out;
};

describe('one provision per line', () => {
  it('reads chapters and articles with no blank line between them', () => {
    const text = ['示例管理法', '第一章 总则', '第一条 为了规范示例活动，制定本法。', '第二条 本法适用于示例活动。', '第二章 附则', '第三条 本法自公布之日起施行。', ''].join('\n');
    expect(outline(text)).toEqual(['preface (1)', 'chapter 第一章 (0)', '  article 第一条 (1)', '  article 第二条 (1)', 'chapter 第二章 (0)', '  article 第三条 (1)']);
  });
  it('reads English articles as it reads them with blank lines between', () => {
    const lines = [
      'Article 1 Scope',
      'This Act applies to example services.',
      'Article 2 Duties',
      'Providers shall keep records.',
      'Article 3 Entry into force',
      'This Act enters into force on adoption.',
    ];
    const read = outline(`${lines.join('\n')}\n`);
    expect(read.filter((l) => l.startsWith('article')).map((l) => l.split(' (')[0])).toEqual(['article Article 1', 'article Article 2', 'article Article 3']);
    expect(read).toEqual(outline(`${lines.join('\n\n')}\n`));
  });
  it('leaves a wrapped prose paragraph whole, even when lines open with a reference', () => {
    const text = ['# A statement', '', 'The parties recall the duties set out in', 'Article 5 of the Convention and in', 'Article 7 of the Protocol, and agree to', 'Article 9 as amended.', ''].join(
      '\n',
    );
    const read = outline(text);
    expect(read.some((l) => l.includes('article'))).toBe(false);
    expect(read.at(-1)).toBe('section (1)');
  });
});
