/**
 * One build at a time per repository: a lock file (`generated.lock`, holding
 * the process id) taken before a build reads `data/` and released when it has
 * swapped in `generated/`. A second build waits for it (bounded), then stops
 * with a clear message. A lock whose process no longer runs (a killed build)
 * is taken over.
 */
import { closeSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { createMessage, ReportedError } from '../text/messages.js';

export const lockFile = 'generated.lock';

/** Environment variable: how long a build waits for another one, in milliseconds (default 120 000). */
const lockTimeoutEnv = 'CYBERSPACE_POLICY_DATA_LOCK_TIMEOUT_MS';

interface LockOptions {
  /** How long to wait for another build, in ms. */
  timeoutMs?: number;
  /** Called once when the lock is held by another process, with its id. */
  onWait?: (pid: number) => void;
}

/** Whether a process runs (a signal 0 can be sent, or is refused for lack of permission). */
function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function holder(path: string): number | undefined {
  try {
    return Number.parseInt(readFileSync(path, 'utf8'), 10);
  } catch {
    return undefined;
  }
}

function tryAcquire(path: string): boolean {
  try {
    const fd = openSync(path, 'wx');
    writeSync(fd, `${process.pid}\n`);
    closeSync(fd);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** Remove a lock left by a dead process (renamed first, so two builds cannot both remove a live one's lock). */
function breakStale(path: string, pid: number): void {
  const aside = `${path}.stale-${process.pid}`;
  try {
    renameSync(path, aside);
  } catch {
    return;
  }
  // Another build may have taken the lock between our read and the rename: give it back.
  if (holder(aside) !== pid) renameSync(aside, path);
  else rmSync(aside, { force: true });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Run `fn` holding the build lock of `root`. */
export async function withBuildLock<T>(root: string, fn: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const path = join(root, lockFile);
  const envTimeout = Number(process.env[lockTimeoutEnv]);
  const timeoutMs = options.timeoutMs ?? (Number.isFinite(envTimeout) && envTimeout >= 0 ? envTimeout : 120_000);
  const started = Date.now();
  let told = false;
  while (!tryAcquire(path)) {
    const pid = holder(path);
    if (pid !== undefined && pid !== process.pid && !processAlive(pid)) {
      breakStale(path, pid);
      continue;
    }
    if (Date.now() - started >= timeoutMs) {
      throw new ReportedError([
        createMessage(`another build${pid ? ` (process ${pid})` : ''} is writing generated/; waited ${Math.round((Date.now() - started) / 1000)} s`, {
          file: lockFile,
          ruleId: 'build-locked',
          hint: `run the build again when the other one has finished; if no build is running, delete ${lockFile}`,
        }),
      ]);
    }
    if (!told && pid !== undefined) {
      options.onWait?.(pid);
      told = true;
    }
    await sleep(100);
  }
  try {
    return await fn();
  } finally {
    if (holder(path) === process.pid) rmSync(path, { force: true });
  }
}
