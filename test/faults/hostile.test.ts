/**
 * Hostile and careless input: every case gets a `file:line:column: message`
 * (or a one-line usage error), a non-zero exit, never a stack trace, and
 * leaves generated/ byte for byte as it was.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockFile } from '../../src/dataset/lock.js';
import { recoverInterrupted } from '../../src/dataset/swap.js';
import { builtRepo, cleanup, cli, copyRepo, leftovers, snapshot } from './helpers.js';

let template = '';
beforeAll(async () => {
  template = await builtRepo();
});
afterAll(cleanup);

const doc = 'chinese-contribution-internet-governance-2017';
const source = `data/sources/${doc}.txt`;
const base = (fields: string) => `${fields}\nreason: A test correction.\nproposedBy: tester\n`;

interface Case {
  name: string;
  /** Prepare the repository copy (before the snapshot is taken). */
  setup?: (dir: string) => void;
  argv: (dir: string) => string[];
  code: number;
  /** What stderr must match (stdout for code 0). */
  message: RegExp;
}

const aliasBomb = [
  'a: &a ["x","x","x","x","x","x","x","x","x","x"]',
  'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  '',
].join('\n');
const usage = (command: string) => new RegExp(`^cyberspace-policy-data ${command}: .+\\nusage: cyberspace-policy-data ${command}`);

const cases: Case[] = [
  {
    name: 'validate of a corrupt index.json',
    setup: (d) => writeFileSync(join(d, 'generated/data/index.json'), '{\n  "version": 1\n}\n'),
    argv: () => ['validate', 'generated/data/index.json'],
    code: 1,
    message: /^generated\/data\/index\.json:2:14: error \/version must be string \[manifest-schema\]/m,
  },
  {
    name: 'a YAML alias bomb in a correction (validate)',
    setup: (d) => writeFileSync(join(d, 'data/corrections/bomb.yaml'), aliasBomb),
    argv: () => ['validate', 'data/corrections/bomb.yaml'],
    code: 1,
    message: /^data\/corrections\/bomb\.yaml:2:8: error YAML aliases expand too much .*\[yaml-aliases\]\n {2}hint: write the values out/m,
  },
  {
    name: 'a YAML alias bomb in a correction (build)',
    setup: (d) => writeFileSync(join(d, 'data/corrections/bomb.yaml'), aliasBomb),
    argv: () => ['build'],
    code: 1,
    message: /^data\/corrections\/bomb\.yaml:2:8: error YAML aliases expand too much/m,
  },
  {
    name: 'a YAML alias bomb in metadata',
    setup: (d) => writeFileSync(join(d, `data/sources/${doc}.yaml`), `${readFileSync(join(d, `data/sources/${doc}.yaml`), 'utf8')}${aliasBomb.replace('a: &a', 'x-a: &a')}`),
    argv: () => ['build'],
    code: 1,
    message: new RegExp(`^data/sources/${doc}\\.yaml:\\d+:\\d+: error YAML aliases expand too much`, 'm'),
  },
  {
    name: 'diff with a truncated document',
    setup: (d) => writeFileSync(join(d, `generated/data/documents/${doc}.json`), readFileSync(join(d, `generated/data/documents/${doc}.json`), 'utf8').slice(0, 500)),
    argv: () => ['diff'],
    code: 1,
    message: new RegExp(`^generated/data/documents/${doc}\\.json:\\d+:\\d+: error invalid JSON: \\w+ \\[json-syntax\\]\\n {2}hint: fix the JSON syntax, or regenerate`, 'm'),
  },
  {
    name: 'diff with a document that is not an object',
    setup: (d) => writeFileSync(join(d, `generated/data/documents/${doc}.json`), 'null\n'),
    argv: () => ['diff'],
    code: 1,
    message: /:1:1: error a document file holds one JSON object \[document-schema\]/,
  },
  {
    name: 'validate of a document that is null',
    setup: (d) => writeFileSync(join(d, `generated/data/documents/${doc}.json`), 'null\n'),
    argv: () => ['validate', `generated/data/documents/${doc}.json`],
    code: 1,
    message: /:1:1: error a document file holds one JSON object/,
  },
  {
    name: 'import of a directory',
    argv: (d) => ['import', join(d, 'data'), '--id', 'a-folder'],
    code: 1,
    message: /data:1:1: error not a regular file \(a directory, a pipe or a device\) \[not-a-file\]/,
  },
  { name: 'import with a 300-character id', argv: (d) => ['import', join(d, source), '--id', 'a'.repeat(300)], code: 1, message: /:1:1: error id is 300 characters long \(at most 80\) \[import-id\]/ },
  { name: 'import with a reserved device name as id', argv: (d) => ['import', join(d, source), '--id', 'nul'], code: 1, message: /error id "nul" is a reserved device name on Windows \[import-id\]/ },
  {
    name: 'import --id -a',
    argv: (d) => ['import', join(d, source), '--id', '-a'],
    code: 2,
    message: /^cyberspace-policy-data import: option --id needs a value, not another option\nusage: cyberspace-policy-data import <file> --id <id>\n$/,
  },
  { name: 'import --id=-a', argv: (d) => ['import', join(d, source), '--id=-a'], code: 2, message: /option --id needs a value, got "-a"/ },
  { name: 'import without a file', argv: () => ['import', '--id', 'x-y'], code: 2, message: usage('import') },
  {
    name: 'import of a text with a NUL byte',
    setup: (d) => writeFileSync(join(d, 'nul.txt'), 'Title\n\nOne line\nA\u0000B\n'),
    argv: (d) => ['import', join(d, 'nul.txt'), '--id', 'nul-text'],
    code: 1,
    message: /nul\.txt:4:2: error source contains the control character U\+0000 \(NUL\) \[source-control-character\]/,
  },
  {
    name: 'a source with an escape character (build)',
    setup: (d) => writeFileSync(join(d, source), `${readFileSync(join(d, source), 'utf8')}\nend\u001b[0m\n`),
    argv: () => ['build'],
    code: 1,
    message: new RegExp(`^${source.replaceAll('.', '\\.')}:\\d+:4: error source contains the control character U\\+001B \\(ESC\\)`, 'm'),
  },
  {
    name: 'a source over the size limit (flag)',
    argv: () => ['build', '--max-source-bytes', '1000'],
    code: 1,
    message: /error source is \d+ bytes, more than the limit of 1000 bytes \[source-too-large\]\n {2}hint: split the text, or raise the limit/,
  },
  {
    name: 'a text over the size limit (import)',
    argv: (d) => ['import', join(d, source), '--id', 'too-big', '--max-source-bytes', '10'],
    code: 1,
    message: /error source is \d+ bytes, more than the limit of 10 bytes/,
  },
  {
    name: 'a size limit that is not a number',
    argv: () => ['build', '--max-source-bytes', 'lots'],
    code: 2,
    message: /^cyberspace-policy-data build: the source size limit must be a positive number of bytes, got "lots"\nusage:/,
  },
  {
    name: 'metadata with a reserved id',
    setup: (d) => {
      writeFileSync(join(d, 'data/sources/con.txt'), 'A text\n');
      writeFileSync(join(d, 'data/sources/con.yaml'), readFileSync(join(d, `data/sources/${doc}.yaml`), 'utf8').replace(`id: ${doc}`, 'id: con'));
    },
    argv: () => ['build'],
    code: 1,
    message: /^data\/sources\/con\.yaml:\d+:1: error id "con" is a reserved device name on Windows \[id-invalid\]/m,
  },
  {
    name: 'both .yaml and .yml metadata',
    setup: (d) => writeFileSync(join(d, `data/sources/${doc}.yml`), readFileSync(join(d, `data/sources/${doc}.yaml`))),
    argv: () => ['build'],
    code: 1,
    message: new RegExp(`^data/sources/${doc}\\.yml:1:1: error two metadata files for ${doc}`, 'm'),
  },
  {
    name: 'a correction with a wrong target',
    setup: (d) =>
      writeFileSync(join(d, 'data/corrections/wrong.yaml'), base(`target: ${doc}/chp_1__para_1\nexpect: creating tremendous opportunities\nop: replace-text\nfind: tremendous\nreplace: huge`)),
    argv: () => ['validate', 'data/corrections/wrong.yaml'],
    code: 1,
    message: new RegExp(
      `^data/corrections/wrong\\.yaml:1:1: error wrong target: "creating tremendous opportunities" is not in ${doc}/chp_1__para_1 but in ${doc}/chp_1__para_2 .*\\[stale-expect\\]\\n {2}hint: set target: ${doc}/chp_1__para_2`,
      'm',
    ),
  },
  {
    name: 'a correction in malformed JSON',
    setup: (d) => writeFileSync(join(d, 'data/corrections/broken.json'), '{"target": "x",\n "op": \n'),
    argv: () => ['build'],
    code: 1,
    message: /^data\/corrections\/broken\.json:\d+:\d+: error malformed YAML/m,
  },
  {
    name: 'a build while another one holds the lock',
    setup: (d) => writeFileSync(join(d, lockFile), `${process.ppid}\n`),
    argv: () => ['build'],
    code: 1,
    message: new RegExp(
      `^generated\\.lock:1:1: error another build \\(process ${process.ppid}\\) is writing generated/; waited \\d+ s \\[build-locked\\]\\n {2}hint: run the build again when the other one has finished; if no build is running, delete generated\\.lock`,
      'm',
    ),
  },
  {
    name: 'validate of a missing file',
    argv: () => ['validate', 'data/corrections/nothing-here.yaml'],
    code: 1,
    message: /^data\/corrections\/nothing-here\.yaml:1:1: error no such file \[file-missing\]/m,
  },
  {
    name: 'validate --format xml',
    argv: () => ['validate', '--format', 'xml'],
    code: 2,
    message: /^cyberspace-policy-data validate: --format must be text or json, got "xml"\nusage: cyberspace-policy-data validate/,
  },
  ...['build', 'validate', 'check', 'import', 'diff'].map((command): Case => ({
    name: `${command} with an unknown flag`,
    argv: () => [command, '--frobnicate'],
    code: 2,
    message: new RegExp(`^cyberspace-policy-data ${command}: Unknown option '--frobnicate'\\nusage: cyberspace-policy-data ${command}`),
  })),
  { name: 'build with an unexpected argument', argv: () => ['build', 'now'], code: 2, message: /^cyberspace-policy-data build: unexpected argument "now"\nusage:/ },
  { name: 'an unknown command', argv: () => ['frobnicate'], code: 2, message: /^cyberspace-policy-data: unknown command "frobnicate"\nusage: cyberspace-policy-data <command>/ },
  { name: 'an unknown option before any command', argv: () => ['--frobnicate'], code: 2, message: /^cyberspace-policy-data: unknown option "--frobnicate"\nusage:/ },
  { name: 'no command at all', argv: () => [], code: 2, message: /^usage: cyberspace-policy-data <command> \[options\]/ },
];

describe('hostile input', () => {
  for (const c of cases) {
    it(`${c.name}: ${c.code === 2 ? 'a usage error' : 'file:line:column and a message'}, exit ${c.code}, generated/ untouched`, async () => {
      const dir = copyRepo(template);
      c.setup?.(dir);
      const before = snapshot(dir);
      const previous = process.env['CYBERSPACE_POLICY_DATA_LOCK_TIMEOUT_MS'];
      process.env['CYBERSPACE_POLICY_DATA_LOCK_TIMEOUT_MS'] = '300';
      const result = await cli(dir, ...c.argv(dir)).finally(() => {
        if (previous === undefined) delete process.env['CYBERSPACE_POLICY_DATA_LOCK_TIMEOUT_MS'];
        else process.env['CYBERSPACE_POLICY_DATA_LOCK_TIMEOUT_MS'] = previous;
      });
      expect(result.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m); // no stack trace
      expect(result.stderr).not.toContain('internal error');
      expect(result.stderr).toMatch(c.message);
      expect(result.code).toBe(c.code);
      expect(snapshot(dir)).toEqual(before);
      expect(leftovers(dir).filter((f) => f !== lockFile)).toEqual([]);
    });
  }
});

describe('help and version', () => {
  it('every command has --help and -h (stdout, exit 0, nothing written)', async () => {
    const dir = copyRepo(template);
    const before = snapshot(dir);
    for (const command of ['build', 'validate', 'check', 'import', 'diff']) {
      for (const flag of ['--help', '-h']) {
        const result = await cli(dir, command, flag);
        expect(result.code).toBe(0);
        expect(result.stdout).toMatch(new RegExp(`^usage: cyberspace-policy-data ${command}.*\\n\\n.+\\n\\noptions:\\n(?:.*\\n)*  -h, --help`));
      }
    }
    expect((await cli(dir, '--help')).stdout).toMatch(/^usage: cyberspace-policy-data <command> \[options\]\n\ncommands:\n {2}build/);
    expect(snapshot(dir)).toEqual(before);
  });

  it('--version prints the version of package.json', async () => {
    const version = (JSON.parse(readFileSync(join(template, 'package.json'), 'utf8')) as { version: string }).version;
    expect(await cli(template, '--version')).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });
});

describe('validate and build read the same files', () => {
  it('.yml metadata: both accept it', async () => {
    const dir = copyRepo(template);
    renameSync(join(dir, `data/sources/${doc}.yaml`), join(dir, `data/sources/${doc}.yml`));
    expect((await cli(dir, 'validate')).code).toBe(0);
    expect((await cli(dir, 'validate', `data/sources/${doc}.yml`)).code).toBe(0);
    expect((await cli(dir, 'check')).code).toBe(0);
  });

  it('a .json correction: both apply it', async () => {
    const dir = copyRepo(template);
    const correction = {
      target: `${doc}/chp_3__para_1`,
      expect: 'increasingly complicated and grim',
      op: 'replace-text',
      find: 'complicated and grim',
      replace: 'complex and serious',
      reason: 'A test correction.',
      proposedBy: 'tester',
    };
    writeFileSync(join(dir, 'data/corrections/as-json.json'), `${JSON.stringify(correction, null, 2)}\n`);
    const validated = await cli(dir, 'validate', 'data/corrections/as-json.json');
    expect(validated.stdout).toContain('data/corrections/as-json.json: as-json: ');
    expect((await cli(dir, 'build')).code).toBe(0);
    expect(readFileSync(join(dir, `generated/data/documents/${doc}.json`), 'utf8')).toContain('complex and serious');
  });

  it('an empty replace deletes the text it finds, in both; one that would empty the text is refused by both', async () => {
    const dir = copyRepo(template);
    writeFileSync(join(dir, 'data/corrections/delete.yaml'), base(`target: ${doc}/chp_3__para_1\nexpect: increasingly complicated and grim\nop: replace-text\nfind: "increasingly "\nreplace: ""`));
    expect((await cli(dir, 'validate', 'data/corrections/delete.yaml')).stdout).toContain('"increasingly " → ""');
    expect((await cli(dir, 'build')).code).toBe(0);
    expect(readFileSync(join(dir, `generated/data/documents/${doc}.json`), 'utf8')).toContain('is complicated and grim');
    const whole = JSON.parse(readFileSync(join(dir, `generated/data/documents/${doc}.json`), 'utf8')).sections[1].paragraphs[1].text.en as string;
    writeFileSync(join(dir, 'data/corrections/empty.yaml'), base(`target: ${doc}/chp_1__para_2\nexpect: ${JSON.stringify(whole)}\nop: replace-text\nfind: ${JSON.stringify(whole)}\nreplace: ""`));
    const validated = await cli(dir, 'validate', 'data/corrections/empty.yaml');
    const built = await cli(dir, 'build');
    for (const result of [validated, built]) {
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^data\/corrections\/empty\.yaml:5:1: error the replacement would leave .* without text .*\[invalid-result\]/m);
    }
  });

  it('a folder given to validate is expanded to the files it holds', async () => {
    const result = await cli(template, 'validate', 'data/corrections');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^valid: data\/corrections\n/);
  });

  it('a stray file in data/ is named in a warning by both', async () => {
    const dir = copyRepo(template);
    writeFileSync(join(dir, 'data/corrections/notes.txt'), 'notes\n');
    for (const argv of [['validate'], ['build']])
      expect((await cli(dir, ...argv)).stderr).toContain('data/corrections/notes.txt:1:1: warning file ignored: not a source, metadata or correction file [stray-file]');
  });
});

describe('leftovers of killed builds', () => {
  it('a stale lock (its process is gone) is taken over; staging and old sets are removed', async () => {
    const dir = copyRepo(template);
    const before = snapshot(dir);
    writeFileSync(join(dir, lockFile), '2147483646\n');
    mkdirSync(join(dir, 'generated.new-2147483646/data'), { recursive: true });
    writeFileSync(join(dir, 'generated.new-2147483646/data/index.json'), '{}');
    mkdirSync(join(dir, 'generated.old-2147483645'));
    const result = await cli(dir, 'build', '--quiet');
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('removed generated.new-2147483646/ (left by an interrupted build)');
    expect(leftovers(dir)).toEqual([]);
    expect(snapshot(dir)).toEqual(before);
  });

  it('an old set whose new set never arrived is put back', () => {
    const dir = copyRepo(template);
    const before = snapshot(dir);
    renameSync(join(dir, 'generated'), join(dir, 'generated.old-2147483646'));
    expect(recoverInterrupted(dir)).toEqual(['restored generated/ from generated.old-2147483646/ (a build was interrupted while swapping)']);
    expect(snapshot(dir)).toEqual(before);
    expect(leftovers(dir)).toEqual([]);
  });
});
