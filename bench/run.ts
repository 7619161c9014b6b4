/**
 * `npm run bench`: the pipeline measured against what bounds it, in one run,
 * every figure a ratio to a baseline measured in the same run.
 *
 * 1. parse pipeline per document against bare remark-parse on the same text;
 * 2. validation of the whole dataset (schemas + integrity), first compile
 *    against the compiled validators reused;
 * 3. a full in-memory build of the corpus;
 * 4. scaling: synthetic corpora of 1×, 10×, 100× (and 1000× with
 *    BENCH_SCALE=1000) the corpus, made of perturbed copies of the real
 *    documents, processed document by document: time per byte and peak heap;
 * 5. cold import of one document file against the manifest and against
 *    JSON.parse of the same file, in fresh processes.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { buildDataset, loadConcepts, validateDocuments } from '../src/build/dataset.js';
import { toDocument } from '../src/build/document.js';
import { readSourceBytes } from '../src/build/sources.js';
import { extractItems } from '../src/extract/index.js';
import { parseSource } from '../src/parse/index.js';
import { packageRoot } from '../src/paths.js';
import { fold } from '../src/text/fold.js';
import { checkIntegrity } from '../src/validate/integrity.js';
import { documentIds, parseOptionsOf, readMetadata, readSource } from '../test/helpers.js';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(fn: () => void, runs: number, warmup = 2): number {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const fmt = (n: number, digits = 2) => n.toFixed(digits);
const out: string[] = [];
const print = (line = '') => {
  out.push(line);
  console.log(line);
};

print(`# Benchmarks (node ${process.version}, ${process.platform} ${process.arch})`);
print();

// 1. Pipeline against bare remark-parse.
print('## 1. Parse pipeline against bare remark-parse (median of 15 runs)');
print();
print('| document | bytes | remark-parse ms | pipeline ms | ratio |');
print('| --- | ---: | ---: | ---: | ---: |');
const bare = unified().use(remarkParse);
let bareTotal = 0;
let pipeTotal = 0;
for (const id of documentIds) {
  const text = readSource(id);
  const options = parseOptionsOf(id);
  const a = time(() => bare.parse(text), 15);
  const b = time(() => parseSource(text, options), 15);
  bareTotal += a;
  pipeTotal += b;
  print(`| ${id} | ${Buffer.byteLength(text)} | ${fmt(a)} | ${fmt(b)} | ${fmt(b / a)}× |`);
}
print(`| **corpus** | | ${fmt(bareTotal)} | ${fmt(pipeTotal)} | **${fmt(pipeTotal / bareTotal)}×** (target ≤ 2×) |`);
print();

// 2. Validation.
print('## 2. Validation of the whole dataset');
print();
const dataset = buildDataset();
const texts = new Map(dataset.documents.map((d) => [d.id, JSON.stringify(d, null, 2)]));
const items = dataset.documents.reduce((n, d) => n + d.principles.length + d.actionItems.length + d.claims.length, 0);
const validateAll = () => {
  validateDocuments(dataset.documents, texts);
  checkIntegrity({ documents: dataset.documents, sources: dataset.sources, fileOf: (id) => id, locate: () => undefined });
};
const firstCompile = Number(execFileSync(process.execPath, ['--import', 'tsx', '-e', `
  const { validator } = await import(${JSON.stringify(join(packageRoot, 'src/validate/ajv.ts'))});
  const start = performance.now();
  validator('document.schema.json');
  console.log(performance.now() - start);`], { cwd: packageRoot, encoding: 'utf8' }).trim());
const reused = time(validateAll, 10);
print(`| measure | value |`);
print(`| --- | ---: |`);
print(`| first compile of the document schema (fresh process) | ${fmt(firstCompile)} ms |`);
print(`| validation, compiled validators reused (schemas + integrity, ${dataset.documents.length} documents, ${items} items) | **${fmt(reused)} ms** (target < 50 ms) |`);
print(`| items per second | ${fmt(items / (reused / 1000), 0)} |`);
print(`| first compile / one reused validation | ${fmt(firstCompile / reused)}× |`);
print();

// 3. Full build.
print('## 3. Full build of the corpus, in memory');
print();
const build = time(() => buildDataset(), 3, 1);
print(`| measure | value |`);
print(`| --- | ---: |`);
print(`| buildDataset (parse, extract, link, correct, validate, serialise) | ${fmt(build)} ms |`);
print(`| build / bare remark-parse of the corpus | ${fmt(build / bareTotal)}× |`);
print();

// 4. Scaling.
print('## 4. Scaling: synthetic corpora, document by document');
print();
const concepts = loadConcepts(packageRoot);
const originals = documentIds.map((id) => ({ id, text: readSource(id), options: parseOptionsOf(id), metadata: readMetadata(id) }));
/** A perturbed copy: digits shifted deterministically, so figures and numbers differ but the structure stays. */
const perturb = (text: string, k: number) => (k === 0 ? text : text.replace(/\d/gu, (d) => String((Number(d) + k) % 10)));
function processCorpus(copies: number): { ms: number; bytes: number; peakHeap: number } {
  let bytes = 0;
  let peakHeap = 0;
  const start = performance.now();
  for (let k = 0; k < copies; k++) {
    for (const doc of originals) {
      const text = perturb(doc.text, k % 10);
      const source = readSourceBytes(Buffer.from(text), doc.id).source!;
      const parsed = parseSource(text, doc.options);
      const document = toDocument(doc.metadata, source, parsed.sections, parsed.skip);
      extractItems(document, { source: text, concepts, textAt: (span) => fold(text, span.start, span.end, parsed.skip) });
      bytes += source.bytes;
      if ((k * originals.length) % 25 === 0) peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    }
  }
  return { ms: performance.now() - start, bytes, peakHeap: Math.max(peakHeap, process.memoryUsage().heapUsed) };
}
const scales = [1, 10, 100, ...(process.env['BENCH_SCALE'] === '1000' ? [1000] : [])];
processCorpus(1);
print('| corpus | bytes | time s | µs per KB | per byte against 1× | peak heap MB |');
print('| --- | ---: | ---: | ---: | ---: | ---: |');
let unit = 0;
for (const scale of scales) {
  const r = processCorpus(scale);
  const perKb = (r.ms * 1000) / (r.bytes / 1024);
  if (scale === 1) unit = perKb;
  print(`| ${scale}× | ${r.bytes} | ${fmt(r.ms / 1000)} | ${fmt(perKb, 0)} | ${fmt(perKb / unit)}× | ${fmt(r.peakHeap / 2 ** 20, 0)} |`);
}
print();

// 5. Import cost.
print('## 5. Cold import of one document (fresh processes, median of 5)');
print();
const docFile = join(packageRoot, 'generated/data/documents/intl-strategy-cyberspace-cooperation-2017.json');
const manifestFile = join(packageRoot, 'generated/data/index.json');
const cold = (code: string) => median(Array.from({ length: 5 }, () => Number(execFileSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' }).trim())));
const parseMs = cold(`import { readFileSync } from 'node:fs'; const s = performance.now(); JSON.parse(readFileSync(${JSON.stringify(docFile)}, 'utf8')); console.log(performance.now() - s);`);
const importMs = cold(`const s = performance.now(); await import(${JSON.stringify(`file://${docFile}`)}, { with: { type: 'json' } }); console.log(performance.now() - s);`);
const manifestMs = cold(`const s = performance.now(); await import(${JSON.stringify(`file://${manifestFile}`)}, { with: { type: 'json' } }); console.log(performance.now() - s);`);
print('| what | ms | against JSON.parse of the file |');
print('| --- | ---: | ---: |');
print(`| JSON.parse(readFileSync(document)) | ${fmt(parseMs)} | 1.00× |`);
print(`| import of the document JSON | ${fmt(importMs)} | **${fmt(importMs / parseMs)}×** (target ≤ 1.5×) |`);
print(`| import of the manifest (index.json) | ${fmt(manifestMs)} | ${fmt(manifestMs / parseMs)}× |`);
print();
void readFileSync;
