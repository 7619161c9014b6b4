/** Shared by the package tests: the built package, packed once per test file. */
import { execFileSync, type ExecFileSyncOptions } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../../src/paths.js';

export const root = packageRoot;
export const bin = (name: string) => join(root, 'node_modules/.bin', name);

export function run(command: string, args: readonly string[], options: ExecFileSyncOptions = {}): string {
  return execFileSync(command, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options }) as string;
}

const built = () =>
  existsSync(join(root, 'dist/index.js')) &&
  existsSync(join(root, 'dist/document.d.ts')) &&
  existsSync(join(root, 'dist/documents/wsis-review-submission-2015.d.ts')) &&
  existsSync(join(root, 'dist/data/documents/wsis-review-submission-2015.json'));

/**
 * Build `dist/` with tsup if it is missing (the data in generated/ is
 * committed). Test files run in parallel: a lock folder makes one of them build
 * while the others wait.
 */
export function ensureBuilt(): void {
  if (built()) return;
  const lock = join(root, '.tmp/package-build.lock');
  mkdirSync(join(root, '.tmp'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
      if (built()) return;
    }
  }
  try {
    if (!built()) {
      run(bin('tsup'), [], { stdio: 'ignore' });
      run(process.execPath, ['scripts/package-documents.mjs'], { stdio: 'ignore' });
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** `npm pack` into a fresh temporary folder; the tarball's absolute path. */
export function pack(): string {
  ensureBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'cpd-pack-'));
  // --ignore-scripts: dist/ is built above; prepack (a full build) must not rewrite generated/ while other tests read it.
  const out = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir])) as Array<{ filename: string }>;
  return join(dir, out[0]!.filename);
}

/** The e-mail address pattern the privacy tests look for. */
export const emailPattern = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/u;
