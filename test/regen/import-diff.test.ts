/**
 * Regeneration: `import` adds a document that builds at once, and `diff`
 * reports what a changed source changes, item by item.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Document } from '../../generated/types/index.js';
import { diffDocuments } from '../../src/dataset/diff.js';
import { findDate, languagesOf } from '../../src/cli/import.js';
import { builtRepo, cli } from '../helpers.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A scratch copy already built once (helpers.ts): a test's build reads the documents it did not change from the cache. */
async function repo(): Promise<string> {
  const dir = await builtRepo();
  dirs.push(dir);
  return dir;
}

const paper =
  'A Test Paper on Data\n\nPublished 12 March 2024\n\n1. Introduction\n\nThis paper sets out a position. China will cooperate with all countries on data security.\n\n2. Proposals\n\nWe propose that countries should share information on threats.\n';

describe('import', () => {
  it('adds a source and a stub that validates and builds at once, and prints the outline', async () => {
    const dir = await repo();
    const file = join(dir, 'new.txt');
    writeFileSync(file, paper);
    const result = await cli(dir, 'import', file, '--id', 'test-paper-2024');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('outline found:\n  front-matter (2 paragraphs)\n  chapter 1: 1. Introduction (1 paragraphs)\n  chapter 2: 2. Proposals (1 paragraphs)');
    expect(readFileSync(join(dir, 'data/sources/test-paper-2024.txt'), 'utf8')).toBe(paper);
    const stub = readFileSync(join(dir, 'data/sources/test-paper-2024.yaml'), 'utf8');
    expect(stub).toContain('review: true');
    expect(stub).toContain('en: "A Test Paper on Data"');
    expect(stub).toContain('value: "2024-03-12"');
    expect((await cli(dir, 'validate', 'data/sources/test-paper-2024.yaml')).code).toBe(0);
    expect((await cli(dir, 'build')).code).toBe(0);
    const built = JSON.parse(readFileSync(join(dir, 'generated/data/documents/test-paper-2024.json'), 'utf8'));
    expect(built.sections.map((s: { id: string }) => s.id)).toEqual(['test-paper-2024/front', 'test-paper-2024/chp_1', 'test-paper-2024/chp_2']);
    const index = JSON.parse(readFileSync(join(dir, 'generated/data/index.json'), 'utf8'));
    expect(index.documents.map((d: { id: string }) => d.id)).toContain('test-paper-2024');
  });

  it('keeps a Markdown text as <id>.md, and a build names a source whose extension is not its format', async () => {
    const dir = await repo();
    const file = join(dir, 'law.txt');
    const law = '# 示例数据管理法\n\n<!-- INFO END -->\n\n## 第一章 总则\n\n第一条 为了规范示例活动，制定本法。\n\n第二条 示例处理者应当保护数据安全。\n';
    writeFileSync(file, law);
    const result = await cli(dir, 'import', file, '--id', 'example-data-law-2024');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('imported data/sources/example-data-law-2024.md');
    expect(readFileSync(join(dir, 'data/sources/example-data-law-2024.md'), 'utf8')).toBe(law);
    expect(existsSync(join(dir, 'data/sources/example-data-law-2024.txt'))).toBe(false);
    expect((await cli(dir, 'build')).code).toBe(0);
    const built = JSON.parse(readFileSync(join(dir, 'generated/data/documents/example-data-law-2024.json'), 'utf8'));
    expect(built.source.path).toBe('data/sources/example-data-law-2024.md');
    writeFileSync(join(dir, 'data/sources/example-data-law-2024.txt'), law);
    rmSync(join(dir, 'data/sources/example-data-law-2024.md'));
    const wrong = await cli(dir, 'build');
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(
      /data\/sources\/example-data-law-2024\.txt:1:1: error the source of a markdown document is data\/sources\/example-data-law-2024\.md, not data\/sources\/example-data-law-2024\.txt \[source-extension\]/u,
    );
  });

  it('refuses an existing id, a bad id, an empty file, a non-UTF-8 file, a PDF, an HTML page and a Japanese text, writing nothing', async () => {
    const dir = await repo();
    const file = join(dir, 'new.txt');
    writeFileSync(file, paper);
    expect((await cli(dir, 'import', file, '--id', 'wsis-review-submission-2015')).stderr).toContain('error a document with id "wsis-review-submission-2015" already exists [import-exists]');
    expect((await cli(dir, 'import', file, '--id', 'Bad Id')).stderr).toContain('error invalid id "Bad Id" [import-id]');
    writeFileSync(file, '');
    const empty = await cli(dir, 'import', file, '--id', 'empty-one');
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain('error source file is empty [source-empty]');
    writeFileSync(file, Buffer.from([0x41, 0x0a, 0xff, 0xfe]));
    const binary = await cli(dir, 'import', file, '--id', 'binary-one');
    expect(binary.stderr).toMatch(/new\.txt:2:1: error source is not valid UTF-8/);
    // A saved web page, and a text in a language the dataset does not hold.
    writeFileSync(file, '<!DOCTYPE html>\n<html lang="en"><body><h1>Example Declaration</h1><p>Example text.</p></body></html>\n');
    const page = await cli(dir, 'import', file, '--id', 'html-one');
    expect(page.code).toBe(1);
    expect(page.stderr).toContain('error the file is an HTML page, not a text [import-html]');
    writeFileSync(file, `示例許諾\n\n${'この示例許諾の用語を以下のように定義する。'.repeat(10)}\n`);
    const japanese = await cli(dir, 'import', file, '--id', 'japanese-one');
    expect(japanese.code).toBe(1);
    expect(japanese.stderr).toMatch(/new\.txt:3:\d+: error source is written in Japanese kana letters \(\d+% of its letters\), a language the dataset does not hold \[source-language\]/u);
    writeFileSync(file, Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from([0xe2, 0xe3, 0xcf, 0xd3, 0x0a])]));
    const pdf = await cli(dir, 'import', file, '--id', 'pdf-one');
    expect(pdf.code).toBe(1);
    expect(pdf.stderr).toContain('new.txt:1:1: error the file is a PDF, not a text [source-binary]');
    expect(pdf.stderr).toContain('pdftotext');
    for (const id of ['empty-one', 'binary-one', 'html-one', 'japanese-one', 'pdf-one']) expect(existsSync(join(dir, `data/sources/${id}.yaml`))).toBe(false);
  });

  it('reads dates and languages from a text', () => {
    expect(findDate('Xinhua News Agency, Beijing, November 7. (November 2022)')).toBe('2022-11');
    expect(findDate('新华网 2017-03-02 11:25')).toBe('2017-03-02');
    expect(findDate('2015年12月16日')).toBe('2015-12-16');
    expect(languagesOf('这是一个很长的中文句子，里面有二十多个汉字，足够判断语言了吧。 And an English sentence that is long enough to count as English text here.')).toEqual(['zh', 'en']);
  });
});

describe('diff', () => {
  it('reports nothing when generated/ is up to date', async () => {
    const dir = await repo();
    expect((await cli(dir, 'diff')).stdout).toBe('no changes: a rebuild would write the same data\n');
  });

  it('lists added, removed and changed items of a changed source', async () => {
    const dir = await repo();
    const doc = 'chinese-contribution-internet-governance-2017';
    const path = join(dir, `data/sources/${doc}.txt`);
    let text = readFileSync(path, 'utf8');
    text = text.replace('The current international situation of cyber security is increasingly complicated and grim.', 'The current international situation of cyber security is complicated.');
    text = text.replace('2. The multi-stakeholder approach to the Internet Governance\n\n', '');
    text = `${text}\n\n4. A new chapter\n\nChina will publish a new paper.\n`;
    writeFileSync(path, text);
    // The correction of a typo in the removed chapter is now stale: diff says so instead of guessing.
    const stale = await cli(dir, 'diff');
    expect(stale.code).toBe(1);
    expect(stale.stderr).toMatch(/typo-o-regulate\.yaml:\d+:1: error unknown target/);
    rmSync(join(dir, 'data/corrections/typo-o-regulate.yaml'));
    const result = await cli(dir, 'diff', '--json');
    expect(result.code).toBe(0);
    const changes = JSON.parse(result.stdout) as Array<{ change: string; entity: string; id: string; fields?: string[] }>;
    const find = (id: string) => changes.find((c) => c.id === `${doc}/${id}`);
    expect(find('chp_2')).toMatchObject({ change: 'removed', entity: 'section' });
    expect(find('chp_4')).toMatchObject({ change: 'added', entity: 'section' });
    expect(find('chp_4__para_1')).toMatchObject({ change: 'added', entity: 'paragraph' });
    expect(find('chp_3__para_1')).toMatchObject({ change: 'changed', entity: 'paragraph', fields: ['span', 'text'] });
    expect(find('chp_1__para_2__action_1') ?? find('chp_4__para_1__action_1')).toBeDefined();
    expect(changes.find((c) => c.entity === 'document')).toMatchObject({ change: 'changed', fields: ['source'] });
    const text2 = await cli(dir, 'diff');
    expect(text2.stdout).toMatch(new RegExp(`^${doc}: \\d+ added, \\d+ removed, \\d+ changed\\n`));
    expect(text2.stdout).toContain(`  - section ${doc}/chp_2`);
    // The words before and after (issue 21): a reviewer sees what changed, not only that it did.
    expect(find('chp_3__para_1')).toMatchObject({
      before: { text: { en: expect.stringContaining('increasingly complicated and grim') } },
      after: { text: { en: expect.stringContaining('is complicated.') } },
    });
    expect(find('chp_4__para_1')).toMatchObject({ after: { text: { en: 'China will publish a new paper.' } } });
    expect(text2.stdout).toMatch(
      / {6}text: \{"en":"The current international situation of cyber security is increasingly complicated and grim\.[^\n]*→ \{"en":"The current international situation of cyber security is complicated\./,
    );
  });

  it('orders ids as a reader counts them: para_2 before para_10', () => {
    const para = (n: number) => ({ id: `d/chp_1__para_${n}`, text: { en: `p${n}` }, span: { start: n, end: n + 1, line: 1, column: 1 } });
    const doc = (paragraphs: unknown[]) =>
      ({ id: 'd', sections: [{ id: 'd/chp_1', kind: 'chapter', level: 1, paragraphs, children: [] }], principles: [], actionItems: [], claims: [] }) as unknown as Document;
    const changes = diffDocuments([doc([])], [doc([para(10), para(2), para(1)])]);
    expect(changes.filter((c) => c.entity === 'paragraph').map((c) => c.id)).toEqual(['d/chp_1__para_1', 'd/chp_1__para_2', 'd/chp_1__para_10']);
  });
});
