/**
 * The parallel part of a build (issue 23): the documents missing from the
 * cache are built in worker threads (tinypool), each worker writing its
 * results into the cache; the build itself then runs as always, one work at a
 * time in this thread, reading every document from the cache. The output is
 * the same bytes as a build in one thread (the same function builds each
 * document; `test/dataset/cache.test.ts` compares), memory stays bounded (a
 * worker holds one document at a time, and results go to disk, not through
 * this thread), and a failure in a worker only leaves an entry unwritten: the
 * build then builds that document itself and reports its problems as usual.
 */
import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Tinypool } from 'tinypool';
import { correctionsByDocument } from './assemble.js';
import { DocumentCache, documentKey } from './cache.js';
import { sourceIds } from './inputs.js';
import { loadConcepts, loadCorrectionFiles, loadMetadata, loadSource } from './load.js';
import type { VFileMessage } from 'vfile-message';

/** Environment variable setting the number of worker threads (1: no workers). */
const workersEnv = 'CYBERSPACE_POLICY_DATA_WORKERS';

/** What a worker is asked to build. */
export interface WarmJob {
  root: string;
  cacheDir: string;
  correctionFiles?: readonly string[];
  maxSourceBytes?: number;
  /** Every document id of the build (corrections are matched to documents among them). */
  known: readonly string[];
  /** The documents to build in this job. */
  ids: readonly string[];
}

/**
 * How many workers to use: the environment's number (at most one per core), else one. Not one per core by
 * default: on this project's machines (2 vCPUs) two threads build no faster than one — two builds at once
 * each take twice as long, while a pure arithmetic loop runs at full speed on both cores (BENCHMARKS.md,
 * "How it measures", and section 6): parsing and extraction allocate so much that they are bound by memory, not by cores — and
 * workers add their start-up and a second heap.
 */
function workerCount(env: Readonly<Record<string, string | undefined>> = process.env): number {
  const asked = Number(env[workersEnv]);
  return Number.isInteger(asked) && asked >= 1 ? Math.min(asked, availableParallelism()) : 1;
}

/** Documents with fewer misses than this are built in this thread: starting workers would cost more. */
const minimumPerWorker = 2;

/** The ids whose build is not in the cache (documents whose metadata or source cannot be read are left to the build, which reports them). */
function cacheMisses(job: Omit<WarmJob, 'ids'>, cache: DocumentCache): string[] {
  const ids = job.known;
  const concepts = loadConcepts(job.root);
  const { byDocument } = correctionsByDocument(loadCorrectionFiles(job.root, job.correctionFiles).corrections, new Set(ids));
  const scratch: VFileMessage[] = [];
  return ids.filter((id) => {
    const input = loadMetadata(job.root, id, scratch);
    const source = input && loadSource(job.root, id, input.metadata.format, scratch, job.maxSourceBytes);
    return input !== undefined && source !== undefined && !cache.has(documentKey(input, source, byDocument.get(id) ?? [], concepts));
  });
}

/** The worker module: `worker.js` beside this code in the package, else worker-from-source.mjs (which loads worker.ts through tsx). */
function workerFile(): string {
  const js = new URL('./worker.js', import.meta.url);
  return existsSync(fileURLToPath(js)) ? js.href : new URL('./worker-from-source.mjs', import.meta.url).href;
}

/**
 * Build the documents missing from `cache` in worker threads; returns how
 * many were handed to workers (0 when there are too few to be worth it, or
 * one worker).
 */
export async function warmCache(job: Omit<WarmJob, 'ids' | 'known'>, cache: DocumentCache, workers = workerCount()): Promise<number> {
  if (workers < 2) return 0;
  const known = sourceIds(job.root);
  const misses = cacheMisses({ ...job, known }, cache);
  if (misses.length < workers * minimumPerWorker) return 0;
  const filename = workerFile();
  const threads = Math.min(workers, Math.ceil(misses.length / minimumPerWorker));
  const pool = new Tinypool({ filename, minThreads: threads, maxThreads: threads, isolateWorkers: false });
  // Batches of two documents: a worker that finishes early takes the next one, so the workers end together.
  const batches = Array.from({ length: Math.ceil(misses.length / 2) }, (_, i) => misses.slice(i * 2, i * 2 + 2));
  try {
    await Promise.all(batches.map((ids) => pool.run({ ...job, known, ids } satisfies WarmJob)));
  } finally {
    await pool.destroy();
  }
  return misses.length;
}
