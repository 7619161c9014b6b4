/**
 * Replace the whole of `generated/` at once or not at all. The new set is
 * written beside the old one (`generated.new-<pid>/`), then the old one is
 * renamed away (`generated.old-<pid>/`), the new one renamed in, and the old
 * one removed. A build killed at any point leaves either the old set in
 * place, the new set in place, or (killed between the two renames, a window
 * of one system call) the old set whole under `generated.old-<pid>/`, which
 * the next build puts back before it starts. Leftovers of killed builds are
 * removed by the next build; it runs under the build lock (see lock.ts), so
 * no live build owns them.
 */
import { appendFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const generatedDir = 'generated';
const leftover = /^generated\.(new|old)-(\d+)$/u;

/** Environment variable that pauses a build at a step (for the tests that kill a build there). */
export const pauseEnv = 'CYBERSPACE_POLICY_DATA_TEST_PAUSE';

/** The steps of a build at which it can be paused: see `checkpoint`. */
export type Step = 'locked' | 'writing' | 'written' | 'swapping' | 'swapped';

/**
 * A point between two steps of a build. When the environment names this step,
 * say so on stderr and wait (up to 30 s) so that a test can kill the process
 * exactly here.
 */
export function checkpoint(step: Step, env: Readonly<Record<string, string | undefined>> = process.env): void {
  if (env[pauseEnv] !== step) return;
  process.stderr.write(`paused at ${step}\n`);
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 30_000);
}

/**
 * Undo what a killed build left: put back an old set whose new set never
 * arrived, and remove the other leftovers. Returns what it did, for the log.
 */
export function recoverInterrupted(root: string): string[] {
  const done: string[] = [];
  const found = readdirSync(root)
    .map((name) => ({ name, m: leftover.exec(name) }))
    .filter((e): e is { name: string; m: RegExpExecArray } => e.m !== null);
  if (!existsSync(join(root, generatedDir))) {
    const old = found.filter((e) => e.m[1] === 'old').sort((a, b) => statSync(join(root, b.name)).mtimeMs - statSync(join(root, a.name)).mtimeMs)[0];
    if (old) {
      renameSync(join(root, old.name), join(root, generatedDir));
      done.push(`restored ${generatedDir}/ from ${old.name}/ (a build was interrupted while swapping)`);
    }
  }
  for (const e of found) {
    if (!existsSync(join(root, e.name))) continue;
    rmSync(join(root, e.name), { recursive: true, force: true });
    done.push(`removed ${e.name}/ (left by an interrupted build)`);
  }
  return done;
}

/** Every file under a folder, as `/`-separated paths relative to it. */
export function listFiles(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? listFiles(join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`]));
}

/**
 * The new `generated/`, written file by file beside the old one
 * (`generated.new-<pid>/`) as a build produces it, then swapped in at once by
 * `commit`; `abort` removes it. A sink for `streamDataset`.
 */
export class StagedGenerated {
  readonly staging: string;
  private readonly written = new Set<string>();

  constructor(private readonly root: string) {
    this.staging = `${generatedDir}.new-${process.pid}`;
    rmSync(join(root, this.staging), { recursive: true, force: true });
  }

  private target(path: string): string {
    if (!path.startsWith(`${generatedDir}/`)) throw new RangeError(`${path} is not under ${generatedDir}/`);
    const target = join(this.root, this.staging, path.slice(generatedDir.length + 1));
    mkdirSync(dirname(target), { recursive: true });
    return target;
  }

  file(path: string, content: string | Uint8Array): void {
    writeFileSync(this.target(path), content);
    this.written.add(path);
    // Some files written, not all: a build killed here must leave the old set.
    if (this.written.size === 2) checkpoint('writing');
  }

  append(path: string, chunk: string): void {
    if (this.written.has(path)) appendFileSync(this.target(path), chunk);
    else this.file(path, chunk);
  }

  /** Swap the new set in; returns the files of the old set that the new one no longer has. */
  commit(): string[] {
    checkpoint('written');
    const old = `${generatedDir}.old-${process.pid}`;
    const before = listFiles(join(this.root, generatedDir)).map((p) => `${generatedDir}/${p}`);
    const hadOld = existsSync(join(this.root, generatedDir));
    if (hadOld) renameSync(join(this.root, generatedDir), join(this.root, old));
    checkpoint('swapping');
    try {
      renameSync(join(this.root, this.staging), join(this.root, generatedDir));
    } catch (error) {
      if (hadOld) renameSync(join(this.root, old), join(this.root, generatedDir));
      throw error;
    }
    checkpoint('swapped');
    rmSync(join(this.root, old), { recursive: true, force: true });
    return before.filter((p) => !this.written.has(p)).sort();
  }

  /** Remove the new set (a failed build). */
  abort(): void {
    rmSync(join(this.root, this.staging), { recursive: true, force: true });
  }
}

/**
 * Write `files` (paths relative to the root, all under `generated/`) as the
 * new `generated/`, swapped in at once. Returns the files of the old set that
 * the new one no longer has.
 */
export function swapGenerated(root: string, files: ReadonlyMap<string, string | Uint8Array>): string[] {
  for (const [path] of files) if (!path.startsWith(`${generatedDir}/`)) throw new RangeError(`${path} is not under ${generatedDir}/`);
  const staged = new StagedGenerated(root);
  try {
    for (const [path, content] of files) staged.file(path, content);
  } catch (error) {
    staged.abort();
    throw error;
  }
  return staged.commit();
}
