/**
 * `outline` and `import` of a pipe that stays open (issue 21): refused at once as not a regular file, instead of
 * waiting for the pipe to close.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, tempRepo } from '../helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'cpd-fifo-'));
const fifo = join(dir, 'text.md');
execFileSync('mkfifo', [fifo]);
const repo = tempRepo();
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(repo, { recursive: true, force: true });
});

describe('a pipe that nobody writes to', () => {
  it('outline refuses it at once', async () => {
    const result = await cli(repo, 'outline', fifo);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('error not a regular file (a pipe or a device) [not-a-file]');
  });
  it('import refuses it at once and writes nothing', async () => {
    const result = await cli(repo, 'import', fifo, '--id', 'fifo-test');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('[not-a-file]');
  });
});
