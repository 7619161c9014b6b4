/**
 * Corrections: every failure kind is reported at the offending YAML key with
 * its rule id, a source update makes one correction stale while another still
 * applies, and the real corrections are applied in the dataset.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/commands.js';
import { builtRepo, fullDataset } from '../helpers.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const doc = 'chinese-contribution-internet-governance-2017';
const file = 'data/corrections/contributed.yaml';

async function validate(yaml: string, ...flags: string[]) {
  const dir = await builtRepo();
  dirs.push(dir);
  writeFileSync(join(dir, file), yaml);
  const out = { stdout: '', stderr: '' };
  const code = await run(['validate', ...flags, file], { stdout: (s) => (out.stdout += s), stderr: (s) => (out.stderr += s) }, { root: dir });
  return { code, ...out };
}

const base = (fields: string) => `${fields}\nreason: A test correction.\nproposedBy: tester\n`;

describe('validate a contributed correction', () => {
  it('reports what a valid correction would change', async () => {
    const result = await validate(base(`target: ${doc}/chp_3__para_1\nexpect: increasingly complicated and grim\nop: replace-text\nfind: complicated and grim\nreplace: complex and serious`));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`would change:\n  ${file}: contributed: ${doc}/chp_3__para_1: "complicated and grim" → "complex and serious"`);
  });

  it('reports a schema error at the offending key', async () => {
    const result = await validate(base(`target: ${doc}/chp_1__para_1\nexpect: x\nop: rewrite`));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${file}:3:1: error /op must be one of "replace-text", "reclassify", "remove-item", "add-item", "mark-heading", "not-heading" [schema]`);
  });

  it('reports a missing field of the operation', async () => {
    const result = await validate(base(`target: ${doc}/chp_1__para_1\nexpect: x\nop: replace-text\nfind: x`));
    expect(result.stderr).toMatch(new RegExp(`${file}:1:1: error missing field "replace" at \\(root\\) \\[schema\\]`));
  });

  it('reports an unknown target with the nearest id', async () => {
    const result = await validate(base(`target: ${doc}/chp_1__para_9\nexpect: x\nop: replace-text\nfind: x\nreplace: y`));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `${file}:1:1: error unknown target "${doc}/chp_1__para_9" (correction contributed) [unknown-target]\n  hint: no section, paragraph or item has this id; did you mean "${doc}/chp_1__para_1"?`,
    );
  });

  it('reports stale expected text at expect', async () => {
    const result = await validate(base(`target: ${doc}/chp_1__para_1\nexpect: text that is not there\nop: replace-text\nfind: x\nreplace: y`));
    expect(result.stderr).toContain(`${file}:2:1: error stale: "text that is not there" is no longer in ${doc}/chp_1__para_1 (correction contributed) [stale-expect]`);
  });

  it('reports an ambiguous find at find', async () => {
    const result = await validate(base(`target: ${doc}/chp_1__para_1\nexpect: a new engine for economic growth\nop: replace-text\nfind: a new\nreplace: one new`));
    expect(result.stderr).toContain(`${file}:4:1: error "a new" occurs 6 times in ${doc}/chp_1__para_1 (correction contributed) [ambiguous-target]`);
  });

  it('reports a correction that conflicts with an existing one on the same target', async () => {
    const result = await validate(base(`target: ${doc}/chp_1__para_3\nexpect: so as to pomote a peaceful\nop: replace-text\nfind: pomote\nreplace: promote`));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/(contributed|typo-pomote)\.yaml:[12]:1: error conflicts with correction (typo-pomote|contributed) .* \[conflict\]/);
  });

  it('reports an operation that would produce invalid data at value', async () => {
    const action = fullDataset().documents.find((d) => d.id === doc)!.actionItems[0]!;
    const result = await validate(base(`target: ${action.id}\nexpect: ${action.modality}\nop: reclassify\nfield: modality\nvalue: wish`));
    expect(result.stderr).toContain(`${file}:5:1: error "wish" is not a valid modality (correction contributed) [invalid-result]`);
    const concept = await validate(base(`target: intl-strategy-cyberspace-cooperation-2017/chp_2__principle_1\nexpect: peace\nop: reclassify\nfield: concept\nvalue: no-such-concept`));
    expect(concept.stderr).toContain('error "no-such-concept" is not a valid concept');
    expect(concept.stderr).toContain('hint: use a key of schemas/concepts.json');
  });

  it('reports an unnecessary correction', async () => {
    const action = fullDataset().documents.find((d) => d.id === doc)!.actionItems[0]!;
    const result = await validate(base(`target: ${action.id}\nexpect: ${action.modality}\nop: reclassify\nfield: modality\nvalue: ${action.modality}`));
    expect(result.stderr).toContain(`${file}:3:1: error unnecessary: ${action.id} already has modality "${action.modality}" (correction contributed) [unnecessary]`);
    const heading = await validate(base(`target: ${doc}\nexpect: a heading\nop: mark-heading\nline: 1. General Position\nlevel: 1`));
    expect(heading.stderr).toContain(`${file}:3:1: error unnecessary: the parser already makes "1. General Position" a heading at level 1`);
  });

  it('prints the messages as JSON with --format json', async () => {
    const result = await validate(base(`target: ${doc}/chp_1__para_9\nexpect: x\nop: replace-text\nfind: x\nreplace: y`), '--format', 'json');
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual([
      {
        file,
        line: 1,
        column: 1,
        severity: 'error',
        ruleId: 'unknown-target',
        message: `unknown target "${doc}/chp_1__para_9" (correction contributed)`,
        hint: `no section, paragraph or item has this id; did you mean "${doc}/chp_1__para_1"?`,
      },
    ]);
  });

  it('applies a structure correction: a line marked as not a heading becomes a paragraph', async () => {
    const result = await validate(base(`target: ${doc}\nexpect: a heading\nop: not-heading\nline: 3. Norms, rules and principles in cyberspace`));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('not-heading "3. Norms, rules and principles in cyberspace"');
  });
});

describe('corrections when a source is updated', () => {
  it('re-applies the corrections whose anchor still matches and fails the build naming the stale one', async () => {
    const dir = await builtRepo();
    dirs.push(dir);
    const source = join(dir, `data/sources/${doc}.txt`);
    // The source is corrected upstream for one typo only: "pomote" becomes "promote"; "implantation" stays.
    writeFileSync(source, readFileSync(source, 'utf8').replace('so as to pomote a peaceful', 'so as to work for a peaceful'));
    const out = { stdout: '', stderr: '' };
    const code = await run(['build'], { stdout: (s) => (out.stdout += s), stderr: (s) => (out.stderr += s) }, { root: dir });
    expect(code).toBe(1);
    expect(out.stderr).toContain(`data/corrections/typo-pomote.yaml:3:1: error stale: "so as to pomote a peaceful" is no longer in ${doc}/chp_1__para_3 (correction typo-pomote) [stale-expect]`);
    expect(out.stderr).not.toContain('typo-implantation');
    rmSync(join(dir, 'data/corrections/typo-pomote.yaml'));
    const again = await run(['build'], { stdout: () => undefined, stderr: () => undefined }, { root: dir });
    expect(again).toBe(0);
    const built = JSON.parse(readFileSync(join(dir, `generated/data/documents/${doc}.json`), 'utf8'));
    expect(built.sections[1].paragraphs[0].text.en).toContain('impetus for the implementation of the 2030 Agenda');
    expect(built.sections[1].paragraphs[0].corrections).toEqual(['typo-implantation']);
  });

  it('reports as unnecessary a correction the source no longer needs', async () => {
    const dir = await builtRepo();
    dirs.push(dir);
    const source = join(dir, `data/sources/${doc}.txt`);
    writeFileSync(source, readFileSync(source, 'utf8').replace('so as to pomote a peaceful', 'so as to promote a peaceful'));
    const out = { stdout: '', stderr: '' };
    expect(await run(['build'], { stdout: (s) => (out.stdout += s), stderr: (s) => (out.stderr += s) }, { root: dir })).toBe(1);
    expect(out.stderr).toContain('typo-pomote.yaml:4:1: error unnecessary: the text already reads "so as to promote a peaceful"');
  });
});

describe('the real corrections', () => {
  const dataset = fullDataset();
  it('fix the source typos in the dataset and record themselves, spans unchanged', () => {
    const texts = JSON.stringify(
      dataset.documents.map((d) => [d.sections, d.actionItems, d.claims]),
      (key, value: unknown) => (key === 'corrections' ? undefined : value),
    );
    for (const typo of ['pomote', 'implantation', 'ethnics', 'pubic policies', 'Secondly, o regulate']) expect(texts).not.toContain(typo);
    const p = dataset.documents.find((d) => d.id === doc)!.sections[1]!.paragraphs[2]!;
    expect(p.corrections).toEqual(['typo-pomote']);
    expect(dataset.sources.get(doc)!.text.slice(p.span!.start, p.span!.end)).toContain('pomote');
  });

  it('carry a fix into the items of the paragraph', () => {
    const items = dataset.documents.find((d) => d.id === 'community-shared-future-cyberspace-2022-en')!.actionItems.filter((a) => a.corrections);
    expect(items.map((a) => a.text.en).join(' ')).toContain('cyber ethics and civilization');
  });
});
