/**
 * The stub `import` writes from the inferred metadata, and `build`'s warning
 * for each stub not yet reviewed.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { metadataStub } from '../../src/cli/import.js';
import { parseMetadata } from '../../src/dataset/metadata.js';
import { cli, tempRepo } from '../helpers.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const law =
  '---\ntitle: 转载 | 某某数据管理法（附全文）\nsource: 某法律库\ndate: 2021-06-12\n---\n\n# 转载 | 某某数据管理法（附全文）\n\n**某某数据管理法**\n\n2021年6月10日 第十三届全国人民代表大会常务委员会第二十九次会议通过\n\n**第一章 总则**\n\n第一条 为了规范数据处理活动，保障数据安全，制定本法。\n\n第二条 在境内开展数据处理活动，适用本法。\n';
const statement =
  '---\ntitle: "Joint Statement on Testing Things"\ndate: \'2023-03-30\'\n---\n \nWe, the governments of A and B, recognize the need to test things and commit to:\n\n-   testing things carefully;\n\n-   sharing what we find.\n\nWe will work together.\n';

describe('the import stub', () => {
  it('holds the inferred title, kind, date, issuer, languages and format, each with a REVIEW note, and validates', () => {
    const stub = metadataStub('some-data-law-2021', law);
    expect(parseMetadata(stub, 'data/sources/some-data-law-2021.yaml').messages).toEqual([]);
    const meta = parseYaml(stub) as Record<string, unknown>;
    expect(meta).toMatchObject({
      title: { zh: '某某数据管理法' },
      kind: 'law',
      issuer: [{ zh: '全国人民代表大会常务委员会' }],
      date: { value: '2021-06-10', basis: 'stated' },
      languages: ['zh'],
      format: 'markdown',
      origin: { publisher: '某法律库' },
      review: true,
    });
    expect(stub).toMatch(/^title: # REVIEW: from the bold title line at line 9/mu);
    expect(stub).toMatch(/^kind: law # REVIEW: from the word "法" in the title/mu);
    expect(stub).toMatch(/^issuer: # REVIEW: from the adoption line at line 11/mu);
    expect(stub).toMatch(/^date: # REVIEW/mu);
  });

  it('falls back to the YAML date (basis published) and an unknown issuer marked REVIEW', () => {
    const meta = parseYaml(metadataStub('testing-things-2023', statement)) as Record<string, unknown>;
    expect(meta).toMatchObject({
      title: { en: 'Joint Statement on Testing Things' },
      kind: 'joint-statement',
      date: { value: '2023-03-30', basis: 'published' },
      issuer: [{ en: 'unknown' }],
      languages: ['en'],
      origin: { publisher: 'unknown' },
    });
  });
});

describe('build and unreviewed stubs', () => {
  it('warns once per stub not yet reviewed, and no more once it is reviewed', async () => {
    const dir = tempRepo();
    dirs.push(dir);
    writeFileSync(join(dir, 'law.txt'), law);
    writeFileSync(join(dir, 'statement.txt'), statement);
    expect((await cli(dir, 'import', join(dir, 'law.txt'), '--id', 'some-data-law-2021')).code).toBe(0);
    expect((await cli(dir, 'import', join(dir, 'statement.txt'), '--id', 'testing-things-2023')).code).toBe(0);
    const built = await cli(dir, 'build', '--quiet');
    expect(built.code).toBe(0);
    // Only the stubs imported here: a dataset may hold other unreviewed stubs.
    const mine = (stderr: string) => stderr.split('\n').filter((l) => l.includes('[metadata-review]') && /some-data-law-2021|testing-things-2023/u.test(l));
    const warnings = mine(built.stderr);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/^data\/sources\/some-data-law-2021\.yaml:\d+:\d+: warning metadata of some-data-law-2021 is an import stub not yet reviewed \[metadata-review\]$/u);
    const yaml = join(dir, 'data/sources/some-data-law-2021.yaml');
    writeFileSync(yaml, readFileSync(yaml, 'utf8').replace('review: true\n', ''));
    const again = await cli(dir, 'build', '--quiet');
    expect(mine(again.stderr)).toHaveLength(1);
    const doc = JSON.parse(readFileSync(join(dir, 'generated/data/documents/some-data-law-2021.json'), 'utf8'));
    expect(doc).toMatchObject({ kind: 'law', title: { zh: '某某数据管理法' }, date: { value: '2021-06-10', basis: 'stated' } });
  });
});
