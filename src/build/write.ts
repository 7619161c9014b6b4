/**
 * Deterministic, atomic output: JSON with 2-space indentation and a final
 * newline; each file written to a temporary file and renamed over the old one,
 * so a failed build leaves the previous output intact.
 */
import { mkdirSync, renameSync, writeFileSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Serialise a value as the dataset stores it. */
export function toJsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Write files (path relative to `root` → content): all temporaries first, then the renames. */
export function writeFilesAtomically(root: string, files: ReadonlyMap<string, string | Uint8Array>): void {
  const pending: Array<[string, string]> = [];
  try {
    for (const [path, content] of files) {
      const target = join(root, path);
      mkdirSync(dirname(target), { recursive: true });
      const temporary = `${target}.${process.pid}.tmp`;
      writeFileSync(temporary, content);
      pending.push([temporary, target]);
    }
  } catch (error) {
    for (const [temporary] of pending) rmSync(temporary, { force: true });
    throw error;
  }
  for (const [temporary, target] of pending) renameSync(temporary, target);
}

/** Remove files under `dir` (relative to root) that the new output no longer has. */
export function removeStale(root: string, dir: string, keep: ReadonlySet<string>): string[] {
  const removed: string[] = [];
  const abs = join(root, dir);
  if (!existsSync(abs)) return removed;
  for (const name of readdirSync(abs)) {
    const rel = `${dir}/${name}`;
    if (!keep.has(rel)) {
      rmSync(join(abs, name), { force: true });
      removed.push(rel);
    }
  }
  return removed;
}

/** Where a build's files go: whole files, or files written in pieces (the exports), in order. */
export interface DatasetSink {
  file(path: string, content: string): void;
  append(path: string, chunk: string): void;
}

/** A sink that keeps every file in memory. */
export class MemorySink implements DatasetSink {
  readonly files = new Map<string, string>();
  file(path: string, content: string): void {
    this.files.set(path, content);
  }
  append(path: string, chunk: string): void {
    this.files.set(path, (this.files.get(path) ?? '') + chunk);
  }
}
