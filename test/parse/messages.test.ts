/**
 * Parse warnings are VFileMessages with a place and a rule (issue 24), in `file.messages`, which `build`, `import`
 * and `outline` report like every other message.
 */
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/parse/index.js';
import { cli, tempRepo } from '../helpers.js';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

describe('parse warnings', () => {
  it.each(['text', 'markdown'] as const)('a %s text without headings: a warning with file, place and rule', (format) => {
    const parsed = parseSource('just some text\n\nmore text here.\n', { format }, 'data/sources/x.txt');
    expect(parsed.file.messages.map((m) => [m.file, m.line, m.column, m.ruleId, m.fatal])).toEqual([['data/sources/x.txt', 1, 1, 'no-headings', false]]);
    expect(parsed.warnings).toHaveLength(1);
  });
  it('a text with headings has none', () => {
    expect(parseSource('# Title\n\n## Chapter 1 Scope\n\nText.\n\n## Chapter 2 Rules\n\nMore text.\n', { format: 'markdown' }).file.messages).toEqual([]);
  });
  it('import reports it, placed, and still imports', async () => {
    const repo = tempRepo();
    try {
      const file = join(repo, 'plain.txt');
      writeFileSync(file, 'just some text without any heading at all\n\nmore text here.\n');
      const result = await cli(repo, 'import', file, '--id', 'plain-text-test');
      expect(result.code).toBe(0);
      expect(result.stderr).toMatch(/^data\/sources\/plain-text-test\.txt:1:1: warning no headings recognised.*\[no-headings\]/m);
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });
});

describe('checks of the recovered structure', () => {
  const law = (articles: string[]) => ['示例办法', '', '第一章 总则', '', ...articles.flatMap((a) => [a, '']), '附件：示例', '', '第一条 附件的第一条。', ''].join('\n');
  const warnings = (text: string, format: 'text' | 'markdown', hints = {}) => parseSource(text, { format, hints }).file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.reason}`);

  it.each(['text', 'markdown'] as const)('articles that run 1, 2, 3 (afresh in an annex) give none (%s)', (format) => {
    expect(warnings(law(['第一条 示例。', '第二条 示例。', '第三条 示例。']), format)).toEqual([]);
  });
  it.each(['text', 'markdown'] as const)('an article number skipped is placed at the article after the gap (%s)', (format) => {
    // The third article's number runs into the line before it: the parser does not see it.
    expect(warnings(law(['第一条 示例。', '第二条 示例。第三条 示例。', '第四条 示例。']), format)).toEqual([
      '9:1 article-numbering article 第四条 follows article 2: 1 article(s) not found before it',
    ]);
  });
  it('an article number repeated is placed at the repeat', () => {
    expect(warnings(law(['第一条 示例。', '第二条 示例。', '第二条 示例。']), 'text')).toEqual(['9:1 article-numbering article 第二条 appears twice in a row']);
  });
  it('a hints.backMatter line the text does not have', () => {
    const text = '# A made-up page\n\nSome text of the page.\n\nShare this page\n';
    expect(warnings(text, 'markdown', { noHeadings: true, backMatter: ['Share this page'] })).toEqual([]);
    expect(warnings(text, 'markdown', { noHeadings: true, backMatter: ['Share this pag'] })).toEqual(['1:1 back-matter-hint hints.backMatter names a line the text does not have: "Share this pag"']);
  });
});
