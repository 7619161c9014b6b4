/**
 * Refused writes (issue 21): past a file size limit (`ulimit -f`), `import` and `build` name the file they could
 * not write, exit non-zero, and leave nothing behind (no `*.tmp` in data/sources/, no `generated.new-*`), the
 * previous `generated/` intact.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from '../helpers.js';
import { builtRepo, cleanup, copyRepo, leftovers, sameSet, snapshot } from './helpers.js';

let template = '';
beforeAll(async () => {
  template = await builtRepo();
});
afterAll(cleanup);

/** The CLI in a child whose file size limit is `blocks` (of 512 bytes, as bash's ulimit -f counts them here). */
function limited(dir: string, blocks: number, ...argv: string[]) {
  const command = [process.execPath, '--import', 'tsx', join(root, 'test/support/cli-child.ts'), dir, ...argv].map((a) => `'${a}'`).join(' ');
  // SIGXFSZ would kill the process; ignored, the write fails with EFBIG instead, as it does under most shells' limits.
  return spawnSync('bash', ['-c', `trap '' XFSZ; ulimit -f ${blocks}; exec ${command}`], { cwd: root, encoding: 'utf8' });
}

describe('writes refused by a file size limit', () => {
  it('import names the source it could not write and leaves no temporary file', () => {
    const dir = copyRepo(template);
    const big = join(root, 'data/sources/intl-strategy-cyberspace-cooperation-2017.txt');
    const result = limited(dir, 4, 'import', big, '--id', 'size-limit-test');
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/^data\/sources\/size-limit-test\.(?:txt|md):1:1: error .*\[fs-efbig\]/m);
    expect(readdirSync(join(dir, 'data/sources')).filter((f) => f.startsWith('size-limit-test'))).toEqual([]);
  });
  it('build names the file it could not write, leaves no staging folder and keeps generated/', () => {
    const dir = copyRepo(template);
    const before = snapshot(dir);
    const result = limited(dir, 40, 'build');
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/^generated\/\S+:1:1: error .*\[fs-efbig\]/m);
    expect(leftovers(dir)).toEqual([]);
    expect(sameSet(snapshot(dir), before)).toBe(true);
  });
});
