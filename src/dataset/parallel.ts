/**
 * The parallel part of a build (issue 23): worker threads build documents
 * into the cache while this thread runs the build as always, one work at a
 * time, in order. The two meet on a board in shared memory, one slot per
 * document: a worker claims the next free document, builds it as the build
 * itself would (`buildDocument`, the same inputs) and writes it into the
 * cache; when the build reaches a document, it takes it for itself if no
 * worker has claimed it, or reads it from the cache when a worker has built
 * it. While a worker still builds it, the build claims the next free document
 * and builds it ahead (a few at most, kept in memory), and waits only when it
 * may hold no more. So the build's own work (assembling, validating, writing)
 * overlaps the workers' parsing, every thread builds, and no document waits
 * for a batch.
 *
 * The output is the same bytes as a build in one thread (the same function
 * builds each document; `test/dataset/cache.test.ts` compares). Whatever a
 * worker fails to do (an error, a slow start, a thread that dies) only leaves
 * its document to the build, which builds it and reports its problems as
 * usual: no result depends on a worker finishing, and the wait for one is
 * bounded.
 */
import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { correctionsByDocument } from './assemble.js';
import { DocumentCache, documentKey } from './cache.js';
import { sourceIds } from './inputs.js';
import { loadConcepts, loadCorrectionFiles, loadMetadata, loadSource } from './load.js';
import type { VFileMessage } from 'vfile-message';

/** Environment variable setting how many threads build documents, this one included (1: no workers). */
const threadsEnv = 'CYBERSPACE_POLICY_DATA_WORKERS';

/** What a worker thread is given (its `workerData`). */
export interface WorkerJob {
  root: string;
  cacheDir: string;
  correctionFiles?: readonly string[];
  maxSourceBytes?: number;
  /** Every document id of the build (corrections are matched to documents among them). */
  known: readonly string[];
  /** The documents on the board, in the order the build reaches them. */
  ids: readonly string[];
  /** The board's memory (`ClaimBoard`). */
  board: SharedArrayBuffer;
}

/** A slot's states. */
const free = 0;
const byWorker = 1;
const byBuild = 2;
const done = 3;
const failed = 4;

/** Longest wait for a worker's document before the build builds it itself (the worker's result, if it comes, is the same). */
const longestWaitMs = 30_000;

/** What the build finds of a document on the board (`ClaimBoard.take`). */
type Turn = 'build' | 'ready' | 'held';

/**
 * The board: one Int32 slot per document (free, claimed by a worker, taken by the build, done, failed), then the
 * index of the next document to claim. Workers and the build claim documents in the board's order; the build
 * also takes, at its turn, the documents nobody claimed.
 */
export class ClaimBoard {
  private readonly slots: Int32Array;
  private readonly index: Map<string, number>;

  constructor(
    readonly ids: readonly string[],
    readonly buffer = new SharedArrayBuffer(4 * (ids.length + 1)),
  ) {
    this.slots = new Int32Array(buffer);
    this.index = new Map(ids.map((id, i) => [id, i]));
  }

  /** Claim the next free document (its index), or undefined when none is left; `forBuild`: the build claims it. */
  claimNext(forBuild = false): number | undefined {
    const next = this.ids.length;
    for (;;) {
      const i = Atomics.add(this.slots, next, 1);
      if (i >= next) return undefined;
      if (Atomics.compareExchange(this.slots, i, free, forBuild ? byBuild : byWorker) === free) return i;
    }
  }

  /** A worker: its document is in the cache (or not, when it failed). */
  finish(i: number, ok: boolean): void {
    Atomics.store(this.slots, i, ok ? done : failed);
    Atomics.notify(this.slots, i);
  }

  /**
   * The build, at a document's turn: `build` (no worker claimed it, and now none will; or its worker failed),
   * `ready` (a worker put it in the cache), or `held` (a worker is building it).
   */
  take(id: string): Turn {
    const i = this.index.get(id);
    if (i === undefined) return 'build';
    const state = Atomics.compareExchange(this.slots, i, free, byBuild);
    return state === byWorker ? 'held' : state === done ? 'ready' : 'build';
  }

  /** The build: wait while a worker builds the document, at most `waitMs` (then the build builds it itself). */
  waitFor(id: string, waitMs = longestWaitMs): void {
    const i = this.index.get(id);
    if (i === undefined) return;
    const until = performance.now() + waitMs;
    while (Atomics.load(this.slots, i) === byWorker) {
      const left = until - performance.now();
      if (left <= 0) return;
      Atomics.wait(this.slots, i, byWorker, Math.min(left, 1000));
    }
  }
}

/**
 * How many threads build: the environment's number (at most one per core), else one. Not one per core by default:
 * on this project's machines (2 vCPUs) two threads build little faster than one (BENCHMARKS.md, section 6):
 * parsing and extraction allocate so much that they are bound by memory, not by cores, and a worker adds its
 * start-up and a second heap.
 */
function threadCount(env: Readonly<Record<string, string | undefined>> = process.env): number {
  const asked = Number(env[threadsEnv]);
  return Number.isInteger(asked) && asked >= 1 ? Math.min(asked, availableParallelism()) : 1;
}

/** Fewer documents to build than this per worker, and the build builds them alone: starting a worker costs more. */
const minimumPerWorker = 2;

/** The ids whose build is not in the cache (documents whose metadata or source cannot be read are left to the build, which reports them). */
function cacheMisses(job: Pick<WorkerJob, 'root' | 'correctionFiles' | 'maxSourceBytes' | 'known'>, cache: DocumentCache): string[] {
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
function workerFile(): URL {
  const js = new URL('./worker.js', import.meta.url);
  return existsSync(fileURLToPath(js)) ? js : new URL('./worker-from-source.mjs', import.meta.url);
}

/** Workers building beside the build: the board to hand to it (`BuildOptions.parallel`), and how to stop them. */
interface Workers {
  board: ClaimBoard;
  /** How many worker threads were started. */
  threads: number;
  /** When every worker has ended by itself (no document left to claim). */
  drained: Promise<void>;
  /** Stop the workers (after the build, every document they claimed has been waited for). */
  stop(): Promise<void>;
}

/**
 * Start worker threads to build the documents that `cache` lacks (every document with `empty`: a cache of this run
 * only), or none when one thread builds or there are too few documents to share: undefined then.
 */
export function startWorkers(
  job: Pick<WorkerJob, 'root' | 'cacheDir' | 'correctionFiles' | 'maxSourceBytes'>,
  cache: DocumentCache,
  { threads = threadCount(), empty = false }: { threads?: number; empty?: boolean } = {},
): Workers | undefined {
  if (threads < 2) return undefined;
  const known = sourceIds(job.root);
  const ids = empty ? [...known] : cacheMisses({ ...job, known }, cache);
  const workers = Math.min(threads - 1, Math.floor(ids.length / minimumPerWorker));
  if (workers < 1) return undefined;
  const board = new ClaimBoard(ids);
  const workerData: WorkerJob = { ...job, known, ids, board: board.buffer };
  const started = Array.from({ length: workers }, () => new Worker(workerFile(), { workerData, execArgv: [] }));
  // A worker's failure is no build's failure: its documents are built by the build (ClaimBoard.take).
  for (const worker of started) worker.on('error', () => undefined);
  return {
    board,
    threads: workers,
    drained: Promise.all(started.map((worker) => new Promise<void>((resolve) => worker.once('exit', () => resolve())))).then(() => undefined),
    async stop() {
      await Promise.all(started.map((worker) => worker.terminate()));
    },
  };
}
