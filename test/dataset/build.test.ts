/**
 * The build end to end: deterministic, atomic, and every bad input met with a
 * message naming the file and position, and a non-zero exit.
 */
import { existsSync, readFileSync, rmSync, symlinkSync, writeFileSync, readdirSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/dataset/build.js';
import { run } from '../../src/cli/commands.js';
import { builtRepo, fullDataset, root, tempRepo } from '../helpers.js';

const dirs: string[] = [];
function repo(): string {
  const dir = tempRepo();
  dirs.push(dir);
  return dir;
}
/** A scratch copy with `generated/` and the document cache of a first build (see helpers.ts). */
async function built(): Promise<string> {
  const dir = await builtRepo();
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function capture() {
  const out = { stdout: '', stderr: '' };
  return { io: { stdout: (s: string) => (out.stdout += s), stderr: (s: string) => (out.stderr += s) }, out };
}

async function cli(dir: string, ...argv: string[]) {
  const { io, out } = capture();
  const code = await run(argv, io, { root: dir });
  return { code, ...out };
}

const strategy = 'data/sources/intl-strategy-cyberspace-cooperation-2017';

describe('build', () => {
  it('is deterministic: the same inputs give byte-identical files', () => {
    const a = fullDataset();
    const b = buildDataset({ root });
    expect([...a.files.keys()].sort()).toEqual([...b.files.keys()].sort());
    for (const [path, content] of a.files) expect(b.files.get(path)).toBe(content);
    // No build timestamps: a date-time in the output must come from a source text.
    const stamp = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/gu;
    const inSources = new Set([...a.sources.values()].flatMap((s) => s.text.match(stamp) ?? []));
    for (const [path, content] of a.files) {
      // JSON files end with `}` and a newline; CSV rows with CRLF (RFC 4180); JSONL and modules with a newline.
      expect(content.endsWith(path.endsWith('.json') ? '}\n' : path.endsWith('.csv') ? '\r\n' : '\n'), path).toBe(true);
      expect(
        (content.match(stamp) ?? []).filter((t) => !inSources.has(t)),
        path,
      ).toEqual([]);
    }
  });

  it('writes generated/ twice identically in a fresh copy', async () => {
    const dir = repo();
    const built = await cli(dir, 'build');
    expect(built.code).toBe(0);
    const expected = buildDataset({ root: dir });
    expect(built.stdout).toBe(
      `built ${expected.documents.length} documents: ${expected.manifest.documents.reduce((n, d) => n + d.counts.sections, 0)} sections, ${expected.manifest.documents.reduce((n, d) => n + d.counts.paragraphs, 0)} paragraphs, ${expected.manifest.documents.reduce((n, d) => n + d.counts.principles + d.counts.actionItems + d.counts.claims, 0)} items, ${expected.applied.length} corrections applied, ${expected.messages.filter((m) => !m.fatal).length} warnings\n`,
    );
    expect(await cli(dir, 'build', '--quiet')).toMatchObject({ code: 0, stdout: '' });
    const first = readdirSync(join(dir, 'generated/data/documents')).map((f) => readFileSync(join(dir, 'generated/data/documents', f), 'utf8'));
    expect((await cli(dir, 'build')).code).toBe(0);
    const second = readdirSync(join(dir, 'generated/data/documents')).map((f) => readFileSync(join(dir, 'generated/data/documents', f), 'utf8'));
    expect(second).toEqual(first);
    expect((await cli(dir, 'check')).code).toBe(0);
  });

  it('check lists the files that differ', async () => {
    const dir = await built();
    writeFileSync(join(dir, 'generated/data/index.json'), '{}\n');
    writeFileSync(join(dir, 'generated/data/documents/stray.json'), '{}\n');
    const result = await cli(dir, 'check');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('generated/data/index.json (differs)');
    expect(result.stderr).toContain('generated/data/documents/stray.json (not produced by the build)');
  });

  it('check compares the files the build writes in pieces and the reused types', async () => {
    const dir = await built();
    const claims = join(dir, 'generated/data/claims.csv');
    writeFileSync(claims, readFileSync(claims, 'utf8').replace(/\r\n$/u, '\r\nextra\r\n'));
    rmSync(join(dir, 'generated/data/quantities.csv'));
    const types = join(dir, 'generated/types/index.ts');
    writeFileSync(types, readFileSync(types, 'utf8').replace('export type ItemId = string;', 'export type ItemId = number;'));
    const result = await cli(dir, 'check');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('generated/data/claims.csv (differs)');
    expect(result.stderr).toContain('generated/data/quantities.csv (missing)');
    expect(result.stderr).toContain('generated/types/index.ts (differs)');
    expect((await cli(dir, 'build', '--quiet')).code).toBe(0);
    expect((await cli(dir, 'check')).code).toBe(0);
  });

  it('redacts e-mail addresses and counts them', () => {
    const dataset = fullDataset();
    for (const content of dataset.files.values()) expect(content).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
    const wsis = dataset.documents.find((d) => d.id === 'wsis-review-submission-2015')!;
    expect(wsis.redactions).toEqual([
      { kind: 'email', count: 1 },
      { kind: 'name', count: 2 },
    ]);
    expect(readFileSync(join(root, 'data/sources/wsis-review-submission-2015.txt'), 'utf8')).toMatch(/@hotmail\.com/);
  });
});

describe('bad input', () => {
  async function failsWith(dir: string, expected: RegExp, command = 'build') {
    const before = existsSync(join(dir, 'generated')) ? readdirSync(join(dir, 'generated/data/documents')).map((f) => readFileSync(join(dir, 'generated/data/documents', f), 'utf8')) : [];
    const result = await cli(dir, command);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(expected);
    const after = existsSync(join(dir, 'generated')) ? readdirSync(join(dir, 'generated/data/documents')).map((f) => readFileSync(join(dir, 'generated/data/documents', f), 'utf8')) : [];
    expect(after).toEqual(before);
    return result.stderr;
  }

  it('reports a missing source and keeps the previous output', async () => {
    const dir = await built();
    unlinkSync(join(dir, `${strategy}.txt`));
    await failsWith(dir, /^data\/sources\/intl-strategy-cyberspace-cooperation-2017\.txt:1:1: error source file is missing \[source-missing\]/m);
  });

  it('a `generated` that is a file is refused with a message, the file kept, nothing left beside it (issue 21)', async () => {
    const dir = repo();
    writeFileSync(join(dir, 'generated'), 'not a folder\n');
    const result = await cli(dir, 'build', '--quiet');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^generated:1:1: error generated is a file, not a folder \[generated-not-a-folder\]/m);
    expect(readFileSync(join(dir, 'generated'), 'utf8')).toBe('not a folder\n');
    expect(readdirSync(dir).filter((name) => name.startsWith('generated.'))).toEqual([]);
  });

  it('refuses a source that is a symbolic link (to a host file) and publishes nothing of it', async () => {
    const dir = await built();
    const outside = join(dir, 'outside-secret.txt');
    writeFileSync(outside, 'root:x:0:0:secret-host-line\n');
    unlinkSync(join(dir, `${strategy}.txt`));
    symlinkSync(outside, join(dir, `${strategy}.txt`));
    await failsWith(dir, /^data\/sources\/intl-strategy-cyberspace-cooperation-2017\.txt:1:1: error is a symbolic link: only regular files inside the repository are read \[file-not-regular\]/m);
    const published = readdirSync(join(dir, 'generated/data'))
      .filter((f) => f.endsWith('.jsonl'))
      .map((f) => readFileSync(join(dir, 'generated/data', f), 'utf8'));
    expect(published.join('').includes('secret-host-line')).toBe(false);
  });

  it('refuses a metadata file that is a symbolic link', async () => {
    const dir = repo();
    const yaml = join(dir, `${strategy}.yaml`);
    const copy = join(dir, 'elsewhere.yaml');
    writeFileSync(copy, readFileSync(yaml));
    unlinkSync(yaml);
    symlinkSync(copy, yaml);
    await failsWith(dir, /intl-strategy-cyberspace-cooperation-2017\.yaml:1:1: error is a symbolic link/);
  });

  it('reports an empty source', async () => {
    const dir = repo();
    writeFileSync(join(dir, `${strategy}.txt`), '');
    await failsWith(dir, /intl-strategy-cyberspace-cooperation-2017\.txt:1:1: error source file is empty \[source-empty\]/);
  });

  it('reports a source that is not UTF-8 at the line and column of the first bad byte', async () => {
    const dir = repo();
    writeFileSync(join(dir, `${strategy}.txt`), Buffer.concat([Buffer.from('line one\nab'), Buffer.from([0xc4, 0xe3, 0xba]), Buffer.from('\n')]));
    await failsWith(dir, /intl-strategy-cyberspace-cooperation-2017\.txt:2:3: error source is not valid UTF-8 \(byte 11\) \[source-encoding\]\n {2}hint: convert the file to UTF-8/);
  });

  it('reports malformed YAML at its position', async () => {
    const dir = repo();
    const path = join(dir, `${strategy}.yaml`);
    writeFileSync(path, readFileSync(path, 'utf8').replace('kind: strategy', 'kind: [strategy'));
    await failsWith(dir, /intl-strategy-cyberspace-cooperation-2017\.yaml:\d+:\d+: error malformed YAML/);
  });

  it('reports an unknown metadata field at its key', async () => {
    const dir = repo();
    const path = join(dir, `${strategy}.yaml`);
    const text = readFileSync(path, 'utf8').replace('kind: strategy', 'kind: strategy\nauthor: someone');
    writeFileSync(path, text);
    const line = text.split('\n').findIndex((l) => l.startsWith('author:')) + 1;
    await failsWith(dir, new RegExp(`intl-strategy-cyberspace-cooperation-2017\\.yaml:${line}:1: error unknown field "author" at \\(root\\) \\[metadata-schema\\]`));
  });

  it('reports a missing metadata field', async () => {
    const dir = repo();
    const path = join(dir, `${strategy}.yaml`);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^kind: strategy\n/m, ''));
    await failsWith(dir, /intl-strategy-cyberspace-cooperation-2017\.yaml:\d+:1: error missing field "kind" at \(root\)/);
  });

  it('reports a document id that differs from its file name at the id', async () => {
    const dir = repo();
    const path = join(dir, `${strategy}.yaml`);
    const text = readFileSync(path, 'utf8').replace('id: intl-strategy-cyberspace-cooperation-2017', 'id: another-id');
    writeFileSync(path, text);
    const line = text.split('\n').findIndex((l) => l.startsWith('id:')) + 1;
    await failsWith(dir, new RegExp(`intl-strategy-cyberspace-cooperation-2017\\.yaml:${line}:1: error document id "another-id" differs from the file name`));
  });

  it('reports a JSON data file that does not parse, at its position', async () => {
    const dir = await built();
    const file = 'generated/data/documents/chinese-contribution-internet-governance-2017.json';
    writeFileSync(join(dir, file), '{\n  "id": "chinese-contribution-internet-governance-2017",\n  "work": \n}\n');
    const result = await cli(dir, 'validate', file);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/chinese-contribution-internet-governance-2017\.json:4:1: error invalid JSON: ValueExpected \[json-syntax\]/);
  });

  it('reports a duplicate id at the second occurrence', async () => {
    const dir = await built();
    const file = 'generated/data/documents/chinese-contribution-internet-governance-2017.json';
    const doc = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    doc.sections[2].id = doc.sections[1].id;
    const text = `${JSON.stringify(doc, null, 2)}\n`;
    writeFileSync(join(dir, file), text);
    const line = text.split('\n').findIndex((l, i, all) => l.includes(`"id": "${doc.sections[1].id}"`) && all.slice(0, i).some((x) => x.includes(`"id": "${doc.sections[1].id}"`))) + 1;
    const result = await cli(dir, 'validate', file);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${file}:${line}:13: error duplicate id "chinese-contribution-internet-governance-2017/chp_1"`);
  });

  it('reports a schema error in a data file at the offending value, and a span that no longer reproduces its text', async () => {
    const dir = await built();
    const file = 'generated/data/documents/chinese-contribution-internet-governance-2017.json';
    const text = readFileSync(join(dir, file), 'utf8');
    writeFileSync(join(dir, file), text.replace('"kind": "position-paper"', '"kind": "essay"'));
    const schema = await cli(dir, 'validate', file);
    expect(schema.stderr).toMatch(/\.json:\d+:11: error \/kind must be one of "strategy"/);
    writeFileSync(join(dir, file), text.replace('"en": "1. General Position"', '"en": "1. General Positions"'));
    const span = await cli(dir, 'validate', file);
    expect(span.code).toBe(1);
    expect(span.stderr).toMatch(/does not reproduce the item's text "1. General Positions" \[span-text\]/);
  });

  it('validate --format json prints the messages as JSON', async () => {
    const dir = await built();
    const file = 'generated/data/documents/chinese-contribution-internet-governance-2017.json';
    writeFileSync(join(dir, file), '{');
    const result = await cli(dir, 'validate', '--format', 'json', file);
    expect(result.code).toBe(1);
    const messages = JSON.parse(result.stdout) as Array<Record<string, unknown>>;
    expect(messages[0]).toMatchObject({ file, line: 1, column: 2, severity: 'error', ruleId: 'json-syntax' });
  });
});
