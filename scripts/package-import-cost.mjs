#!/usr/bin/env node
/**
 * What importing the package costs: for the root entry point and for each
 * document subpath, the modules it loads (static import graph inside dist/,
 * bytes) and, in fresh Node processes, the time of `await import()` and the
 * heap it adds (median of RUNS runs). Needs `dist/` (npm run build).
 *
 *   node scripts/package-import-cost.mjs [RUNS=15]
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv[2] ?? 15);
const manifest = JSON.parse(readFileSync(join(root, 'generated/data/index.json'), 'utf8'));

function graph(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  for (const match of text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s*["'](\.{1,2}\/[^"']+)["']|(?:^|\n)\s*import\s*["'](\.{1,2}\/[^"']+)["']/g)) {
    graph(resolve(dirname(file), match[1] ?? match[2]), seen);
  }
  return seen;
}

const child = `globalThis.gc?.(); const h0 = process.memoryUsage().heapUsed; const t0 = performance.now();
const m = await import(process.argv[1]);
const value = m.documents ?? m.default; void value;
const t1 = performance.now(); globalThis.gc?.(); const h1 = process.memoryUsage().heapUsed;
console.log(JSON.stringify({ ms: t1 - t0, heap: h1 - h0 }));`;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function measure(file) {
  const samples = [];
  for (let i = 0; i < runs; i++) samples.push(JSON.parse(execFileSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', child, file], { encoding: 'utf8' })));
  const modules = [...graph(file)];
  return { modules: modules.length, bytes: modules.reduce((n, f) => n + statSync(f).size, 0), ms: median(samples.map((s) => s.ms)), heap: median(samples.map((s) => s.heap)) };
}

const rows = [['cyberspace-policy-data', join(root, 'dist/index.js')], ...manifest.documents.map((d) => [`cyberspace-policy-data/documents/${d.id}`, join(root, `dist/documents/${d.id}.js`)])];
console.log(`Node ${process.version}, ${runs} fresh processes each, median\n`);
console.log('| import | modules | bytes loaded | import time | heap added |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const [name, file] of rows) {
  const r = measure(file);
  console.log(`| \`${name}\` | ${r.modules} | ${(r.bytes / 1024).toFixed(1)} KiB | ${r.ms.toFixed(1)} ms | ${(r.heap / 1024 / 1024).toFixed(1)} MiB |`);
}
