/**
 * The worked example of CONTRIBUTING.md, as written: its correction validates
 * with exactly the output shown, and builds.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { root, tempRepo } from '../helpers.js';
import { cli } from './helpers.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('CONTRIBUTING.md', () => {
  it('its worked correction validates with the output shown, and builds', async () => {
    const text = readFileSync(join(root, 'CONTRIBUTING.md'), 'utf8');
    const example = text.slice(text.indexOf('### Worked example'));
    const file = /`(data\/corrections\/[\w-]+\.yaml)`/u.exec(example)![1]!;
    const yaml = /```yaml\n([\s\S]*?)```/u.exec(example)![1]!;
    const shown = /```\n(valid: [\s\S]*?)```/u.exec(example)![1]!;
    const dir = tempRepo();
    dirs.push(dir);
    expect(existsSync(join(root, file)), `${file} must not collide with an existing correction`).toBe(false);
    writeFileSync(join(dir, file), yaml);
    const result = await cli(dir, 'validate', file);
    expect(result).toEqual({ code: 0, stdout: shown, stderr: '' });
    expect((await cli(dir, 'build', '--quiet')).code).toBe(0);
  });
});
