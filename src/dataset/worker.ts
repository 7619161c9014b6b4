/**
 * A worker thread of the parallel build (warm.ts): builds the documents it is
 * given, as the build itself would (`buildDocument`, the same inputs), and
 * writes each clean result into the cache. Returns how many it built.
 */
import type { VFileMessage } from 'vfile-message';
import { correctionsByDocument } from './assemble.js';
import { DocumentCache, documentKey, markupInputOf } from './cache.js';
import { buildDocument } from './document.js';
import { loadConcepts, loadCorrectionFiles, loadMetadata, loadSource } from './load.js';
import type { WarmJob } from './warm.js';

/** The inputs every job of a build shares, read once per worker. */
let shared: { key: string; concepts: ReturnType<typeof loadConcepts>; byDocument: ReturnType<typeof correctionsByDocument>['byDocument'] } | undefined;

export default function build(job: WarmJob): number {
  const key = JSON.stringify([job.root, job.correctionFiles ?? null, job.known]);
  if (shared?.key !== key) {
    const { corrections } = loadCorrectionFiles(job.root, job.correctionFiles);
    shared = { key, concepts: loadConcepts(job.root), byDocument: correctionsByDocument(corrections, new Set(job.known)).byDocument };
  }
  const cache = new DocumentCache(job.cacheDir);
  let built = 0;
  for (const id of job.ids) {
    const messages: VFileMessage[] = [];
    const input = loadMetadata(job.root, id, messages);
    const source = input && loadSource(job.root, id, input.metadata.format, messages, job.maxSourceBytes);
    if (!input || !source) continue;
    const corrections = shared.byDocument.get(id) ?? [];
    const result = buildDocument({ input, source, concepts: shared.concepts, corrections });
    cache.set(documentKey(input, source, corrections, shared.concepts), result, markupInputOf(input.metadata));
    built++;
  }
  return built;
}
