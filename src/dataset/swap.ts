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
import { appendFileSync, chmodSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { namingFile } from './write.js';

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
 * Remove a folder a build no longer needs, even when it (or a folder in it) was made read-only: write permission
 * is given back first. Returns false when it still cannot be removed; the caller says so rather than failing a
 * build whose output is already in place.
 */
function removeFolder(path: string): boolean {
  try {
    rmSync(path, { recursive: true, force: true });
    return true;
  } catch {
    const writable = (p: string): void => {
      try {
        chmodSync(p, 0o700);
        if (statSync(p).isDirectory()) for (const name of readdirSync(p)) if (statSync(join(p, name)).isDirectory()) writable(join(p, name));
      } catch {
        // Not ours to change: the removal below reports it.
      }
    };
    writable(path);
    try {
      rmSync(path, { recursive: true, force: true });
      return true;
    } catch {
      return false;
    }
  }
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
    done.push(removeFolder(join(root, e.name)) ? `removed ${e.name}/ (left by an interrupted build)` : `could not remove ${e.name}/ (left by an earlier build): remove it by hand`);
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
    try {
      writeFileSync(this.target(path), content);
    } catch (error) {
      throw namingFile(error, path);
    }
    this.written.add(path);
    // Some files written, not all: a build killed here must leave the old set.
    if (this.written.size === 2) checkpoint('writing');
  }

  append(path: string, chunk: string): void {
    if (!this.written.has(path)) return this.file(path, chunk);
    try {
      appendFileSync(this.target(path), chunk);
    } catch (error) {
      throw namingFile(error, path);
    }
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
    // The new set is in place: an old set that cannot be removed (made read-only) is left for the next build.
    removeFolder(join(this.root, old));
    return before.filter((p) => !this.written.has(p)).sort();
  }

  /** Remove the new set (a failed build). */
  abort(): void {
    rmSync(join(this.root, this.staging), { recursive: true, force: true });
  }
}
