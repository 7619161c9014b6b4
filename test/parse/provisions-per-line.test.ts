/**
 * A law as law databases export it: one provision per line, no blank line between (issue 24). Texts written for
 * the test, parsed by the real parser through both front-ends (Markdown, as the import reads such a text, and
 * plain text): they read the same articles.
 */
import { describe, expect, it } from 'vitest';
import { parseSource, type ParsedSection } from '../../src/parse/index.js';

const outline = (text: string, format: 'markdown' | 'text' = 'markdown') => {
  const out: string[] = [];
  const walk = (sections: readonly ParsedSection[], depth: number): void => {
    for (const s of sections) {
      const label = Object.values(s.heading?.parts ?? {})[0]?.label;
      out.push(`${'  '.repeat(depth)}${s.kind}${label ? ` ${label}` : ''} (${s.paragraphs.length})`);
      walk(s.children, depth + 1);
    }
  };
  walk(parseSource(text, { format }).sections, 0);
  return out;
};

/** The outline without the lines before the first chapter or article (a title: front matter or a preface, by front-end). */
const body = (lines: string[]) => lines.slice(lines.findIndex((l) => /^(?:chapter|article)/u.test(l)));

describe.each(['markdown', 'text'] as const)('one provision per line (%s)', (format) => {
  it('reads chapters and articles with no blank line between them', () => {
    const text = ['示例管理法', '第一章 总则', '第一条 为了规范示例活动，制定本法。', '第二条 本法适用于示例活动。', '第二章 附则', '第三条 本法自公布之日起施行。', ''].join('\n');
    expect(body(outline(text, format))).toEqual(['chapter 第一章 (0)', '  article 第一条 (1)', '  article 第二条 (1)', 'chapter 第二章 (0)', '  article 第三条 (1)']);
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
    const read = outline(`${lines.join('\n')}\n`, format);
    expect(read.filter((l) => l.startsWith('article')).map((l) => l.split(' (')[0])).toEqual(['article Article 1', 'article Article 2', 'article Article 3']);
    expect(read).toEqual(outline(`${lines.join('\n\n')}\n`, format));
  });
  it('leaves a wrapped prose paragraph whole, even when lines open with a reference', () => {
    const text = [
      format === 'markdown' ? '# A statement' : 'I. A statement',
      '',
      'The parties recall the duties set out in',
      'Article 5 of the Convention and in',
      'Article 7 of the Protocol, and agree to',
      'Article 9 as amended.',
      '',
    ].join('\n');
    const read = outline(text, format);
    expect(read.some((l) => l.includes('article'))).toBe(false);
    // One paragraph in the one section: under the Markdown heading, or under the plain text's numbered one.
    expect(read.at(-1)).toBe(format === 'markdown' ? 'section (1)' : 'chapter I (1)');
  });
});

describe('articles of a plain text', () => {
  const text = [
    '示例办法',
    '第一章 总则',
    '第一条 为了规范示例活动，制定本办法。',
    '第二条 示例单位应当履行下列义务：',
    '（一）建立制度',
    '（二）保存记录',
    '第三条示例主管部门负责监督。',
    '第五条规定的情形，依照其他规定处理。',
    '第二章 附则',
    '第四条 本办法自公布之日起施行。',
    '',
  ].join('\n');
  const sections = parseSource(text, { format: 'text' }).sections;
  const chapter = sections.find((s) => s.kind === 'chapter')!;
  const [first, second, third] = chapter.children;
  const texts = (s: ParsedSection) => s.paragraphs.map((p) => text.slice(Object.values(p.parts)[0]!.start, Object.values(p.parts)[0]!.end));

  it('an article is its number (the label, and its title as printed); the text after it is its first paragraph', () => {
    expect(first!.heading!.parts.zh).toMatchObject({ label: '第一条' });
    const title = first!.heading!.parts.zh!.title!;
    expect(text.slice(title.start, title.end)).toBe('第一条');
    expect(texts(first!)).toEqual(['为了规范示例活动，制定本办法。']);
  });
  it('what is numbered inside an article is a list item of it, even when it reads as a title', () => {
    expect(second!.children).toEqual([]);
    expect(texts(second!)).toEqual(['示例单位应当履行下列义务：', '（一）建立制度', '（二）保存记录']);
  });
  it('a number run on into its text is an article where it continues the numbering, text where it does not', () => {
    expect(third!.heading!.number).toBe(3);
    expect(texts(third!)).toEqual(['示例主管部门负责监督。', '第五条规定的情形，依照其他规定处理。']);
  });
  it('an English article with its title on the number line keeps the title (as printed, numbering included); the lines after are its text', () => {
    const english = 'Chapter I General\n\nArticle 2 Definitions\nFor the purposes of this Act:\n(a) "data" means a record.\n';
    const article = parseSource(english, { format: 'text' }).sections.find((s) => s.kind === 'chapter')!.children[0]!;
    expect(article.kind).toBe('article');
    const title = article.heading!.parts.en!.title!;
    expect(english.slice(title.start, title.end)).toBe('Article 2 Definitions');
    expect(article.paragraphs).toHaveLength(1);
  });
});

describe('label lines of a plain text (an EU-style act)', () => {
  const lines = [
    'A MADE-UP REGULATION',
    'HAVE ADOPTED THIS REGULATION:',
    'CHAPTER I',
    'GENERAL PROVISIONS',
    'Article 1',
    'Subject matter',
    '1. This Regulation lays down made-up rules.',
    'Article 2',
    'Entry into force',
    'This Regulation shall enter into force on adoption.',
  ];
  const read = (text: string) => {
    const out: string[] = [];
    const walk = (sections: readonly ParsedSection[], depth: number): void => {
      for (const s of sections) {
        const part = Object.values(s.heading?.parts ?? {})[0];
        // The title as printed, its lines folded into one as the dataset gives it.
        const title = part?.title ? text.slice(part.title.start, part.title.end).replace(/\s+/gu, ' ') : '';
        out.push(`${'  '.repeat(depth)}${s.kind}${part ? ` ${part.label} / ${title}` : ''} (${s.paragraphs.length})`);
        walk(s.children, depth + 1);
      }
    };
    walk(parseSource(text, { format: 'text' }).sections, 0);
    return out;
  };
  const expected = ['chapter Chapter I / CHAPTER I GENERAL PROVISIONS (0)', '  article Article 1 / Article 1 Subject matter (1)', '  article Article 2 / Article 2 Entry into force (1)'];

  it('a label line and the title line under it are one heading, one provision per line', () => {
    expect(read(`${lines.join('\n')}\n`).slice(1)).toEqual(expected);
  });
  it('and with a blank line before each label', () => {
    const text = lines.map((l) => (/^(?:CHAPTER|Article)/u.test(l) ? `\n${l}` : l)).join('\n');
    expect(read(`${text}\n`).slice(1)).toEqual(expected);
  });
  it('and with a blank line between label and title', () => {
    expect(read(`${lines.join('\n\n')}\n`).slice(1)).toEqual(expected);
  });
  it('a line under a label that is a sentence is text, not a title', () => {
    const text = 'Article 1\n\nThis Regulation lays down made-up rules.\n';
    const article = parseSource(text, { format: 'text' }).sections.find((s) => s.kind === 'article')!;
    const title = article.heading!.parts.en!.title!;
    expect(text.slice(title.start, title.end)).toBe('Article 1');
    expect(article.paragraphs).toHaveLength(1);
  });
});
