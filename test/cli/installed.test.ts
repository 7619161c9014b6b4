/**
 * The command as an installed package offers it (issue 21): where there is no checkout (no data/, as in
 * node_modules), `validate` works on the user's own files (a copy of a published document under any name, the
 * published documents themselves, a correction being written) and the maintainer commands refuse clearly,
 * writing nothing. The installed layout is simulated by a folder holding what the package ships.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync, copyFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, root } from '../helpers.js';

const installed = mkdtempSync(join(tmpdir(), 'cpd-installed-'));
for (const entry of ['schemas', 'generated', 'package.json']) cpSync(join(root, entry), join(installed, entry), { recursive: true });
const documents = join(installed, 'generated/data/documents');
const someDocument = readdirSync(documents).filter((f) => f.endsWith('.json'))[0]!;
afterAll(() => rmSync(installed, { recursive: true, force: true }));

describe('installed: validate on the user’s files', () => {
  it('a copy of a published document under another name is valid', async () => {
    copyFileSync(join(documents, someDocument), join(installed, 'my.json'));
    const result = await cli(installed, 'validate', 'my.json');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });
  it('the published documents are valid: no missing sources, no false dangling references', async () => {
    const result = await cli(installed, 'validate', 'generated/data/documents');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });
  it('a correction kept anywhere is checked against the published documents', async () => {
    const id = someDocument.replace(/\.json$/u, '');
    writeFileSync(join(installed, 'fix.yaml'), `target: ${id}/no-such-section\nexpect: x\nop: replace-text\nfind: x\nreplace: y\nreason: A test correction.\nproposedBy: tester\n`);
    const result = await cli(installed, 'validate', 'fix.yaml');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^fix\.yaml:\d+:\d+: error unknown target .*\[unknown-target\]/m);
  });
  it('a broken copy of a document is reported at its position, under its own name', async () => {
    writeFileSync(join(installed, 'broken.json'), '{"id": "x", "sections": [}');
    const result = await cli(installed, 'validate', 'broken.json');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^broken\.json:1:\d+: error/m);
  });
});

describe('installed: the maintainer commands need a checkout', () => {
  for (const argv of [['build'], ['check'], ['diff'], ['import', 'package.json', '--id', 'foo-bar']]) {
    it(`${argv[0]} says so, exits 2 and writes nothing`, async () => {
      const result = await cli(installed, ...argv);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/works in a checkout of the repository/);
      expect(existsSync(join(installed, 'data'))).toBe(false);
    });
  }
});
