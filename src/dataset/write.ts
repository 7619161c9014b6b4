/**
 * Deterministic, atomic output: JSON with 2-space indentation and a final
 * newline; each file written to a temporary file and renamed over the old one,
 * so a failed build leaves the previous output intact.
 */
import { createHash, type Hash } from 'node:crypto';
import { mkdirSync, renameSync, writeFileSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

export { toJsonText } from '../text/json.js';

/**
 * A file system error that names the file it concerns: a failed write (`EFBIG` past a file size limit, `ENOSPC`)
 * carries no path of its own, so the message would name none.
 */
export function namingFile(error: unknown, path: string): unknown {
  const errno = error as NodeJS.ErrnoException;
  if (errno && typeof errno === 'object' && typeof errno.code === 'string' && errno.path === undefined) errno.path = path;
  return error;
}

/** Write files (path relative to `root` → content): all temporaries first, then the renames. */
export function writeFilesAtomically(root: string, files: ReadonlyMap<string, string | Uint8Array>): void {
  const pending: Array<[string, string]> = [];
  try {
    for (const [path, content] of files) {
      const target = join(root, path);
      mkdirSync(dirname(target), { recursive: true });
      const temporary = `${target}.${process.pid}.tmp`;
      // Listed before it is written: a write that fails half-way leaves a temporary to remove too.
      pending.push([temporary, target]);
      try {
        writeFileSync(temporary, content);
      } catch (error) {
        throw namingFile(error, target);
      }
    }
  } catch (error) {
    for (const [temporary] of pending) rmSync(temporary, { force: true });
    throw error;
  }
  for (const [temporary, target] of pending) renameSync(temporary, target);
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

/** A sink that compares each file with the one on disk under `root` (for `check`): files written in pieces are compared by their sha256. */
export class ComparingSink implements DatasetSink {
  /** `path (missing)` or `path (differs)` for each file that is not what is on disk. */
  readonly differ: string[] = [];
  private readonly pieces = new Map<string, Hash>();

  constructor(private readonly root: string) {}

  private onDisk(path: string): Buffer | undefined {
    const abs = join(this.root, path);
    return existsSync(abs) ? readFileSync(abs) : undefined;
  }

  file(path: string, content: string): void {
    const disk = this.onDisk(path);
    if (!disk) this.differ.push(`${path} (missing)`);
    else if (disk.toString('utf8') !== content) this.differ.push(`${path} (differs)`);
  }

  append(path: string, chunk: string): void {
    let hash = this.pieces.get(path);
    if (!hash) this.pieces.set(path, (hash = createHash('sha256')));
    hash.update(chunk, 'utf8');
  }

  /** Compare the files written in pieces; returns every difference found. */
  finish(): string[] {
    for (const [path, hash] of this.pieces) {
      const disk = this.onDisk(path);
      if (!disk) this.differ.push(`${path} (missing)`);
      else if (createHash('sha256').update(disk).digest('hex') !== hash.digest('hex')) this.differ.push(`${path} (differs)`);
    }
    this.pieces.clear();
    return this.differ;
  }
}
