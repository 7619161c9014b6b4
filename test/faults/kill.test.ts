/**
 * A build killed at any point leaves the previous set or the new one, never a
 * mix, and the next build cleans up after it; two builds at once both end
 * cleanly. Builds run in child processes (test/support/cli-child.ts), paused
 * at a step by CYBERSPACE_POLICY_DATA_TEST_PAUSE and killed there with SIGKILL.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/dataset/build.js';
import { pauseEnv, type Step } from '../../src/dataset/swap.js';
import { expectedFiles } from '../../src/cli/commands.js';
import { asSnapshot, builtRepo, child, cleanup, cli, copyRepo, leftovers, sameSet, snapshot, snapshotFolder } from './helpers.js';

afterAll(cleanup);

const doc = 'chinese-contribution-internet-governance-2017';

/** A built repository whose data then changed, with the old set (on disk) and the new one (what a build would write). */
let changed = '';
let oldSet = new Map<string, string>();
let newSet = new Map<string, string>();

beforeAll(async () => {
  changed = await builtRepo();
  oldSet = snapshot(changed);
  const path = join(changed, `data/sources/${doc}.txt`);
  writeFileSync(path, `${readFileSync(path, 'utf8')}\n\n4. A new chapter\n\nChina will publish a new paper on data security.\n`);
  newSet = asSnapshot(await expectedFiles(buildDataset({ root: changed })));
  expect(sameSet(oldSet, newSet)).toBe(false);
});

const steps: Step[] = ['locked', 'writing', 'written', 'swapping', 'swapped'];

describe('a build killed at a step', () => {
  it.concurrent.each(steps)('killed at "%s": the old set or the new one, never a mix; the next build finishes the job', async (step) => {
    const dir = copyRepo(changed);
    const build = child(dir, ['build', '--quiet'], { [pauseEnv]: step });
    await build.waitFor(`paused at ${step}`);
    build.kill();
    const exit = await build.exited;
    expect(exit.signal).toBe('SIGKILL');

    const now = snapshot(dir);
    if (now.size > 0) {
      // generated/ is whole: exactly the old set (killed before the swap) or the new one (after it).
      const which = sameSet(now, oldSet) ? 'old' : sameSet(now, newSet) ? 'new' : 'mix';
      expect(which).toBe(step === 'swapped' ? 'new' : 'old');
    } else {
      // Killed between the two renames: the old set is whole beside it, for the next build to put back.
      expect(step).toBe('swapping');
      const old = readdirSync(dir).find((name) => name.startsWith('generated.old-'))!;
      expect(sameSet(snapshotFolder(join(dir, old)), oldSet)).toBe(true);
    }

    // The next build takes over the dead build's lock, cleans its leftovers and writes the new set.
    const next = await cli(dir, 'build', '--quiet');
    expect(next.code).toBe(0);
    expect(sameSet(snapshot(dir), newSet)).toBe(true);
    expect(leftovers(dir)).toEqual([]);
  });
});

describe('two builds at once', () => {
  it('both end cleanly (one waits for the other) and leave the new set', async () => {
    const dir = copyRepo(changed);
    const a = child(dir, ['build', '--quiet']);
    const b = child(dir, ['build', '--quiet']);
    const [ra, rb] = await Promise.all([a.exited, b.exited]);
    // Besides the wait, only warnings the data itself gives (e.g. an imported stub not yet reviewed) may be printed.
    const problems = (stderr: string) =>
      stderr
        .replace(/waiting for the build of process \d+ to finish…\n/u, '')
        .split('\n')
        .filter((l) => l.length > 0 && !/: warning |^\s+hint: /u.test(l));
    expect([ra.code, rb.code, problems(ra.stderr), problems(rb.stderr)]).toEqual([0, 0, [], []]);
    expect(sameSet(snapshot(dir), newSet)).toBe(true);
    expect(leftovers(dir)).toEqual([]);
  });
});
