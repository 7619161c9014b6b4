/**
 * Pages of site generators (Jekyll with kramdown, as government sites publish their Markdown) and policy
 * instruments numbered in decimals (issue 24). Texts written for the test, parsed by the real parser.
 */
import { describe, expect, it } from 'vitest';
import { parseSource, type ParsedSection } from '../../src/parse/index.js';
import { isContentsPlaceholder, isTemplateLine, templateMarkup } from '../../src/parse/markdown/templates.js';

const cases: Record<string, { yes: string[]; no: string[] }> = {
  'kramdown attribute list': { yes: ['{: #intro .lead}', '{:toc}', '{: .no_toc }'], no: ['{ a set }', 'See {: this} in text'] },
  'Liquid tag': { yes: ['{% include figure.html src="/x.png" %}', '{%- if page.draft -%}'], no: ['{% unclosed', '100 % {of it}'] },
  'Liquid output': { yes: ['{{ page.title }}'], no: ['{{ a }} and more text'] },
};

describe('site-generator markup', () => {
  it('has a test case for every entry', () => expect(templateMarkup.map((r) => r.name).sort()).toEqual(Object.keys(cases).sort()));
  for (const rule of templateMarkup) {
    it(`${rule.name}: reads what it should, nothing else`, () => {
      for (const line of cases[rule.name]!.yes) expect(rule.pattern.test(line), line).toBe(true);
      for (const line of cases[rule.name]!.no) expect(isTemplateLine(line), line).toBe(false);
    });
  }
  it("kramdown's contents placeholder is `TOC` over `{:toc}` only", () => {
    expect(isContentsPlaceholder(' TOC', '{:toc}')).toBe(true);
    expect(isContentsPlaceholder('Table of contents', '{:toc}')).toBe(false);
    expect(isContentsPlaceholder('TOC', '{: .lead}')).toBe(false);
  });
});

const outline = (text: string) => {
  const parsed = parseSource(text, { format: 'markdown' });
  const out: string[] = [];
  const walk = (sections: readonly ParsedSection[], depth: number): void => {
    for (const s of sections) {
      const part = Object.values(s.heading?.parts ?? {})[0];
      const title = part?.title ? text.slice(part.title.start, part.title.end).replace(/^#+\s*/u, '') : '';
      out.push(`${'  '.repeat(depth)}${s.kind}${title ? ` ${title}` : ''} (${s.paragraphs.length})`);
      walk(s.children, depth + 1);
    }
  };
  walk(parsed.sections, 0);
  return { out, omitted: parsed.omitted.map((r) => text.slice(r.start, r.end)) };
};

describe('a Jekyll page', () => {
  const page = [
    '---',
    'title: A Made-up Cyber Strategy',
    '---',
    '',
    '* TOC',
    '{:toc}',
    '',
    '## Introduction',
    '{: #intro}',
    '',
    '{: .lead}',
    'The made-up government sets out its aims.',
    '',
    '{% include figure.html src="/img/x.png" %}',
    '',
    '## Pillar One',
    '',
    'We will build made-up resilience.',
    '{: .note}',
    '',
  ].join('\n');
  const { out, omitted } = outline(page);

  it('leaves attribute lists, Liquid tags and the contents placeholder out of every section, listed as omitted', () => {
    expect(omitted).toEqual(['* TOC\n{:toc}', '{: #intro}', '{: .lead}', '{% include figure.html src="/img/x.png" %}', '{: .note}']);
  });
  it("reads the page's first heading as a section when the front matter names the page's own title", () => {
    expect(out).toEqual(['front-matter (1)', 'chapter Introduction (1)', 'chapter Pillar One (1)']);
  });
});

describe('decimal numbering', () => {
  it('nests by depth (`1.1` over `1.1.1`), its first level printed as a list item (`1. Purpose`)', () => {
    const text = [
      '1. Purpose',
      '',
      'Made-up rules.',
      '',
      '1.1 Scope',
      '',
      'All systems.',
      '',
      '1.1.1 In scope',
      '',
      'Servers.',
      '',
      '1.2 Terms',
      '',
      'Defined here.',
      '',
      '2. Roles',
      '',
      '2.1 Owners',
      '',
      'Owners approve.',
      '',
    ].join('\n');
    expect(outline(text).out).toEqual([
      'chapter 1. Purpose (1)',
      '  section 1.1 Scope (1)',
      '    subsection 1.1.1 In scope (1)',
      '  section 1.2 Terms (1)',
      'chapter 2. Roles (0)',
      '  section 2.1 Owners (1)',
    ]);
  });
  it('a numbered list with no decimal under it stays a list', () => {
    const text = ['# Made-up notes', '', '1. First point', '2. Second point', ''].join('\n');
    expect(outline(text).out.some((l) => l.includes('First point'))).toBe(false);
  });
});
