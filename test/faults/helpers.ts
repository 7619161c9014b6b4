/** Shared by the fault tests: a built repository copy, snapshots of generated/, the CLI in-process and in a child. */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listFiles } from '../../src/dataset/swap.js';
import { root, tempRepo } from '../helpers.js';

const made: string[] = [];

/** Remove every folder made by these helpers. */
export function cleanup(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A temporary repository copy with generated/ built (in-process). */
export async function builtRepo(): Promise<string> {
  const dir = tempRepo();
  made.push(dir);
  const result = await cli(dir, 'build', '--quiet');
  if (result.code !== 0) throw new Error(`build failed: ${result.stderr}`);
  return dir;
}

/** A copy of a repository folder (cheaper than building again). */
export function copyRepo(from: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'cpd-copy-'));
  made.push(dir);
  cpSync(from, dir, { recursive: true });
  return dir;
}

/** Run the CLI in-process on a repository (the one shared helper). */
import { cli } from '../helpers.js';
export { cli };

/** Every file of generated/ (path → bytes), and what else a build may leave at the root. */
export function snapshot(dir: string): Map<string, string> {
  return snapshotFolder(join(dir, 'generated'));
}

/** Every file of a folder holding a set of generated/ (path as under generated/ → bytes). */
export function snapshotFolder(folder: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const path of listFiles(folder).sort()) files.set(`generated/${path}`, readFileSync(join(folder, path), 'latin1'));
  return files;
}

/** Leftovers of builds at the root of a repository (staging and old sets, lock files). */
export function leftovers(dir: string): string[] {
  return readdirSync(dir).filter((name) => /^generated\.|^generated\.lock/u.test(name));
}

/** Files a build would write (path → text) in the form of a snapshot (path → bytes). */
export function asSnapshot(files: ReadonlyMap<string, string>): Map<string, string> {
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)).map(([path, text]) => [path, Buffer.from(text, 'utf8').toString('latin1')]));
}

/** Whether two snapshots hold the same files, byte for byte. */
export function sameSet(actual: ReadonlyMap<string, string>, expected: ReadonlyMap<string, string>): boolean {
  if (actual.size !== expected.size) return false;
  for (const [path, content] of expected) if (actual.get(path) !== content) return false;
  return true;
}

export interface Child {
  /** Resolves when stderr has printed this text (or the child has exited). */
  waitFor: (text: string) => Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
  kill: () => void;
}

/** The CLI in a child process on a repository (`test/support/cli-child.ts`). */
export function child(dir: string, argv: readonly string[], env: Record<string, string> = {}): Child {
  const proc = spawn(process.execPath, ['--import', 'tsx', join(root, 'test/support/cli-child.ts'), dir, ...argv], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const waiters: Array<[string, () => void]> = [];
  proc.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  proc.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
    for (const [text, resolve] of waiters) if (stderr.includes(text)) resolve();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) =>
    proc.on('exit', (code, signal) => {
      for (const [, done] of waiters) done();
      resolve({ code, signal, stdout, stderr });
    }),
  );
  return {
    waitFor: (text) => (stderr.includes(text) ? Promise.resolve() : new Promise<void>((resolve) => waiters.push([text, resolve]))),
    exited,
    kill: () => proc.kill('SIGKILL'),
  };
}

export { existsSync };
