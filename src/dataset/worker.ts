/**
 * A worker thread of the parallel build (parallel.ts): claims documents on the
 * board one after the other, builds each as the build itself would
 * (`buildDocument`, the same inputs), writes it into the cache and marks it
 * done; a document it cannot build is marked failed, and the build builds it.
 * It stops when no document is left to claim.
 */
import { isMainThread, workerData } from 'node:worker_threads';
import type { VFileMessage } from 'vfile-message';
import { correctionsByDocument } from './assemble.js';
import { buildAndKeep, DocumentCache } from './cache.js';
import { loadConcepts, loadCorrectionFiles, loadMetadata, loadSource } from './load.js';
import { ClaimBoard, type WorkerJob } from './parallel.js';

/** Build documents of the board until none is left; returns how many this worker built. */
export function work(job: WorkerJob): number {
  const board = new ClaimBoard(job.ids, job.board);
  const concepts = loadConcepts(job.root);
  const { byDocument } = correctionsByDocument(loadCorrectionFiles(job.root, job.correctionFiles).corrections, new Set(job.known));
  const cache = new DocumentCache(job.cacheDir);
  let built = 0;
  for (let i = board.claimNext(); i !== undefined; i = board.claimNext()) {
    const id = job.ids[i]!;
    let ok = false;
    try {
      const messages: VFileMessage[] = [];
      const input = loadMetadata(job.root, id, messages);
      const source = input && loadSource(job.root, id, input.metadata.format, messages, job.maxSourceBytes);
      if (input && source) {
        buildAndKeep({ input, source, concepts, corrections: byDocument.get(id) ?? [] }, cache);
        ok = true;
        built++;
      }
    } catch {
      // The build builds it and reports what went wrong.
    } finally {
      board.finish(i, ok);
    }
  }
  return built;
}

if (!isMainThread && (workerData as Partial<WorkerJob> | undefined)?.board) work(workerData as WorkerJob);
