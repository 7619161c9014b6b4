/**
 * The build's document cache and its worker threads (issue 23): a build that reads documents from the cache,
 * or has them built in workers, writes the same bytes as one that builds every document itself; a changed
 * correction rebuilds its document only.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/dataset/build.js';
import { cacheDirOf, DocumentCache } from '../../src/dataset/cache.js';
import { ClaimBoard, startWorkers } from '../../src/dataset/parallel.js';
import { markupOf, type ParseHints } from '../../src/parse/index.js';
import { parse as parseYaml } from 'yaml';
import type { BuiltDocument } from '../../src/dataset/document.js';
import type { SourceText } from '../../src/dataset/sources.js';
import { cli, tempRepo } from '../helpers.js';

const dir = tempRepo();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every file of generated/, by path. */
function generated(): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const e of readdirSync(join(dir, d), { withFileTypes: true }))
      if (e.isDirectory()) walk(`${d}/${e.name}`);
      else out.set(`${d}/${e.name}`, readFileSync(join(dir, d, e.name), 'utf8'));
  };
  walk('generated');
  return out;
}

/** A cache that counts what it was asked for and what it had. */
class CountingCache extends DocumentCache {
  hits = 0;
  misses = 0;
  override get(key: string, source: SourceText): BuiltDocument | undefined {
    const found = super.get(key, source);
    if (found) this.hits++;
    else this.misses++;
    return found;
  }
}

const ids = readdirSync(join(dir, 'data/sources')).filter((f) => /\.ya?ml$/u.test(f)).length;

describe('the document cache', () => {
  it('a build through the cache, empty then full, writes what a build without it writes', async () => {
    expect((await cli(dir, 'build', '--quiet', '--no-cache')).code).toBe(0);
    const uncached = generated();
    rmSync(cacheDirOf(dir), { recursive: true, force: true });
    expect((await cli(dir, 'build', '--quiet')).code).toBe(0);
    expect(generated()).toEqual(uncached);
    expect(readdirSync(cacheDirOf(dir)).filter((f) => f.endsWith('.json')).length).toBe(ids);
    // The checks of the output that passed are remembered beside the entries (a work's schemas and integrity, each file's leak check).
    expect(readdirSync(join(cacheDirOf(dir), 'verified')).length).toBeGreaterThanOrEqual(ids);
    expect((await cli(dir, 'build', '--quiet')).code).toBe(0);
    expect(generated()).toEqual(uncached);
  });

  it('reads every unchanged document from the cache; a changed correction rebuilds its document only', () => {
    const full = new CountingCache(cacheDirOf(dir));
    const before = buildDataset({ root: dir, cache: full });
    expect([full.hits, full.misses]).toEqual([ids, 0]);
    const file = join(dir, 'data/corrections', readdirSync(join(dir, 'data/corrections')).sort()[0]!);
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace(/^(\s*reason: .*)$/mu, '$1 Reworded.'));
    try {
      const after = new CountingCache(cacheDirOf(dir));
      const rebuilt = buildDataset({ root: dir, cache: after });
      expect([after.hits, after.misses]).toEqual([ids - 1, 1]);
      expect(rebuilt.files).toEqual(buildDataset({ root: dir }).files);
      expect(rebuilt.files).toEqual(before.files);
    } finally {
      writeFileSync(file, text);
    }
  });

  it("keeps each source's markup, which validate then reads instead of parsing the source again", async () => {
    expect((await cli(dir, 'build', '--quiet')).code).toBe(0);
    const cache = new DocumentCache(cacheDirOf(dir));
    const inputs = readdirSync(join(dir, 'data/sources'))
      .filter((f) => /\.(?:md|txt)$/u.test(f))
      .map((f) => {
        const bytes = readFileSync(join(dir, 'data/sources', f));
        const format = f.endsWith('.md') ? ('markdown' as const) : ('text' as const);
        const hints = (parseYaml(readFileSync(join(dir, 'data/sources', f.replace(/\.\w+$/u, '.yaml')), 'utf8')) as { hints?: ParseHints }).hints ?? {};
        return { id: f.replace(/\.\w+$/u, ''), text: bytes.toString('utf8'), hints, input: { sha256: createHash('sha256').update(bytes).digest('hex'), format, emphasis: hints.emphasis } };
      });
    for (const { text, hints, input } of inputs) expect(cache.markup(input)).toEqual(markupOf(text, input.format, hints));
    const { id, input } = inputs[0]!;
    const kept = cache.markup(input)!;
    expect((await cli(dir, 'validate', `generated/data/documents/${id}.json`)).code).toBe(0);
    // Kept markup that hides the first words of the source: validate checks the spans with it, so it read it.
    cache.keepMarkup(input, [{ start: 0, end: 40 }]);
    try {
      const result = await cli(dir, 'validate', `generated/data/documents/${id}.json`);
      expect(result.code).not.toBe(0);
      expect(result.stdout + result.stderr).toMatch(/span/u);
      // `--no-cache` reads nothing of it: the source is parsed, and the document is valid.
      expect((await cli(dir, 'validate', '--no-cache', `generated/data/documents/${id}.json`)).code).toBe(0);
    } finally {
      cache.keepMarkup(input, kept);
    }
  });

  it('documents built by a worker thread give the same bytes as a build in one thread', async () => {
    const scratch = join(dir, '.worker-cache');
    const cache = new CountingCache(scratch);
    const workers = startWorkers({ root: dir, cacheDir: scratch }, cache, { threads: 2, empty: true })!;
    expect(workers.threads).toBe(1);
    // The worker left alone until it has built every document: the build then reads each from the cache.
    await workers.drained;
    const parallel = buildDataset({ root: dir, cache, parallel: workers.board });
    expect([cache.hits, cache.misses]).toEqual([ids, 0]);
    expect(parallel.files).toEqual(buildDataset({ root: dir }).files);
  }, 60_000);

  it('a build beside its workers, each taking the next document, gives the same bytes', async () => {
    const scratch = join(dir, '.worker-cache-pipelined');
    const cache = new CountingCache(scratch);
    const workers = startWorkers({ root: dir, cacheDir: scratch }, cache, { threads: 2, empty: true })!;
    try {
      const parallel = buildDataset({ root: dir, cache, parallel: workers.board });
      // Each document was read from the worker's result or built here, once.
      expect(cache.hits + cache.misses).toBe(ids);
      expect(parallel.files).toEqual(buildDataset({ root: dir }).files);
    } finally {
      await workers.stop();
    }
  }, 60_000);
});

describe('ClaimBoard: the documents shared between the build and its workers', () => {
  it('gives each document to one side only, in order; the build waits for a document a worker holds', () => {
    const board = new ClaimBoard(['a', 'b', 'c', 'd', 'e']);
    const worker = new ClaimBoard(board.ids, board.buffer);
    expect(worker.claimNext()).toBe(0);
    // At its turn the build takes a document nobody claimed; a worker then passes over it.
    expect(board.take('b')).toBe('build');
    expect(worker.claimNext()).toBe(2);
    expect(board.take('a')).toBe('held');
    // The build claims the next free document to build ahead of its turn.
    expect(board.claimNext(true)).toBe(3);
    expect(board.take('d')).toBe('build');
    worker.finish(2, true);
    expect(board.take('c')).toBe('ready');
    // It waits for a worker at most as long as it is told (then builds the document itself).
    const started = performance.now();
    board.waitFor('a', 50);
    expect(performance.now() - started).toBeGreaterThanOrEqual(45);
    // A document the worker gave up on is the build's, at once.
    worker.finish(0, false);
    const next = performance.now();
    board.waitFor('a', 10_000);
    expect(performance.now() - next).toBeLessThan(1000);
    expect(board.take('a')).toBe('build');
    expect(worker.claimNext()).toBe(4);
    expect(worker.claimNext()).toBeUndefined();
    expect(board.claimNext(true)).toBeUndefined();
  });
});
