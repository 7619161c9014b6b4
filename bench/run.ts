/**
 * `npm run bench`: the figures of BENCHMARKS.md, each against a baseline
 * measured in the same run, both sides warmed the same and run interleaved
 * (see bench/lib.ts).
 *
 * 1. in process: sources → validated documents (the whole dataset build,
 *    nothing written) against reading the same sources and parsing them with
 *    bare remark-parse;
 * 2. whole processes: `check` against a process that reads and remark-parses
 *    the same sources, both started the same way (`node --import tsx`);
 * 3. validation of the whole dataset (schemas and integrity rules, compiled
 *    validators reused);
 * 4. importing one document in a fresh process against `JSON.parse` of its
 *    file in a fresh process: cold (the first thing the process loads) and
 *    warmed (after loading another document the same way), for `import` of
 *    the JSON file, of the package module, and `require` of the package's
 *    JSON subpath (the documented fast path);
 * 5. scaling: the `build` command, as a whole process, on synthetic corpora
 *    of 1×, 20× and 100× the sources (copies under distinct ids in a temporary
 *    repository; 1000× with BENCH_SCALE=1000): time and peak RSS.
 *
 * Environment: BENCH_QUICK=1 runs fewer repetitions (for a smoke test);
 * BENCH_SCALES=1,2 chooses the scaling corpora.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { buildDataset } from '../src/dataset/build.js';
import { validateDataset } from '../src/dataset/build.js';
import { packageRoot } from '../src/paths.js';
import { compare, fmt, machine, repeat, runProcess, sourceNames, syntheticRepository, timed, type Pair } from './lib.js';

const quick = process.env['BENCH_QUICK'] === '1';
const n = (full: number, small: number) => (quick ? small : full);
const print = (line = '') => console.log(line);
const ms = (v: number) => `${fmt(v, v < 10 ? 2 : 1)} ms`;
const pairRow = (label: string, p: Pair, goal: string) =>
  `| ${label} | ${ms(p.a.min)} / ${ms(p.a.median)} | ${ms(p.b.min)} / ${ms(p.b.median)} | **${fmt(p.ratio)}×** (${fmt(p.ratioMin)}–${fmt(p.ratioMax)}) | ${goal} |`;

print('# npm run bench');
print();
print(`Machine: ${machine()}.`);
print(`Date: ${new Date().toISOString().slice(0, 10)}. Times are min / median; a ratio is the median of the pairwise ratios A/B (min–max in brackets).`);
print();

const sourcesDir = join(packageRoot, 'data/sources');
const corpusBytes = sourceNames.reduce((sum, f) => sum + readFileSync(join(sourcesDir, f)).length, 0);

// 1. In process.
const bare = unified().use(remarkParse);
const remarkOnly = () => {
  for (const name of sourceNames) bare.parse(readFileSync(join(sourcesDir, name), 'utf8'));
};
const pipeline = () => {
  buildDataset();
};
const inProcess = compare(timed(pipeline), timed(remarkOnly), n(15, 3), n(3, 1));

// 2. Whole processes.
const tsx = ['--import', 'tsx'];
const check = () => runProcess(process.execPath, [...tsx, 'bench/children/cli.ts', packageRoot, 'check'], { cwd: packageRoot });
const readParse = () => runProcess(process.execPath, [...tsx, 'bench/children/remark-only.ts', packageRoot], { cwd: packageRoot });
const rssOf: { a: number[]; b: number[] } = { a: [], b: [] };
const wholeProcess = compare(
  () => {
    const r = check();
    if (r.rss !== undefined) rssOf.a.push(r.rss);
    return r.wall;
  },
  () => {
    const r = readParse();
    if (r.rss !== undefined) rssOf.b.push(r.rss);
    return r.wall;
  },
  n(7, 2),
  1,
);

print(`## 1. Sources → validated documents (${sourceNames.length} sources, ${corpusBytes} bytes)`);
print();
print('| A against B | A min / median | B min / median | A/B | goal |');
print('| --- | ---: | ---: | ---: | --- |');
print(pairRow('in process: build of the dataset (read, parse, extract, link, correct, redact, validate, serialise; nothing written) against read + bare remark-parse', inProcess, '≤ 1.5×'));
print(pairRow('whole processes: `check` against a process that reads and remark-parses the same sources', wholeProcess, '≤ 2×'));
if (rssOf.a.length > 0)
  print(
    `\nPeak RSS of the processes (median): \`check\` ${fmt(rssOf.a.sort((x, y) => x - y)[rssOf.a.length >> 1]!, 0)} MiB, read + remark-parse ${fmt(rssOf.b.sort((x, y) => x - y)[rssOf.b.length >> 1]!, 0)} MiB.`,
  );
print();

// 3. Validation.
const dataset = buildDataset();
const items = dataset.documents.reduce((sum, d) => sum + d.principles.length + d.actionItems.length + d.claims.length, 0);
const validation = repeat(
  timed(() => {
    const messages = validateDataset(dataset);
    if (messages.some((m) => m.fatal)) throw new Error('the dataset does not validate');
  }),
  n(30, 5),
  n(5, 1),
);
print('## 2. Validation of the whole dataset');
print();
print(
  `Schemas (compiled validators reused) and integrity rules over ${dataset.documents.length} documents, ${items} items: min ${ms(validation.min)}, median **${ms(validation.median)}** (goal < 20 ms).`,
);
print();

// 4. Importing one document.
const docId = 'intl-strategy-cyberspace-cooperation-2017';
/** The document each warmed process loads first, the same way as the timed one. */
const otherId = 'wsis-review-submission-2015';
/** The document as the package ships it (compact), which every way of loading it reads. */
const jsonOf = (id: string) => join(packageRoot, `dist/data/documents/${id}.json`);
const moduleOf = (id: string) => join(packageRoot, `dist/documents/${id}.js`);
const docFile = jsonOf(docId);
const distFile = moduleOf(docId);
const specifierOf = (id: string) => `cyberspace-policy-data/documents/${id}.json`;
/**
 * A consumer's folder: `node_modules/cyberspace-policy-data` links to this
 * repository, so a package specifier resolves as in an installed package
 * (node_modules lookup, `exports`). Every child of this section runs there.
 */
const consumer = mkdtempSync(join(tmpdir(), 'bench-consumer-'));
writeFileSync(join(consumer, 'package.json'), '{ "private": true, "type": "module" }\n');
mkdirSync(join(consumer, 'node_modules'));
symlinkSync(packageRoot, join(consumer, 'node_modules/cyberspace-policy-data'), 'dir');
const inFresh = (code: string) => () => Number(runProcess(process.execPath, ['--input-type=module', '-e', code], { cwd: consumer }).stdout.trim());
/** A child's code: `setup` untimed, then `operation` timed from just before to just after. */
const timedCode = (setup: string, operation: string) => `${setup}\nconst s = performance.now(); ${operation}; console.log(performance.now() - s);`;
const ways = {
  parse: { setup: "import { readFileSync } from 'node:fs';", load: (id: string) => `JSON.parse(readFileSync(${JSON.stringify(jsonOf(id))}, 'utf8'))` },
  importJson: { setup: '', load: (id: string) => `await import(${JSON.stringify(`file://${jsonOf(id)}`)}, { with: { type: 'json' } })` },
  importModule: { setup: '', load: (id: string) => `await import(${JSON.stringify(`file://${moduleOf(id)}`)})` },
  // The documented fast path (README, "Use", "One document, fastest"): CommonJS require of the document's JSON through the package's exports.
  require: { setup: "import { createRequire } from 'node:module';", load: (id: string) => `createRequire(import.meta.url)(${JSON.stringify(specifierOf(id))})` },
  requireWarm: { setup: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);", load: (id: string) => `require(${JSON.stringify(specifierOf(id))})` },
  // The package's typed loader (README, "Use"): one small module, then readFileSync + JSON.parse per document.
  loadCold: { setup: '', load: (id: string) => `(await import('cyberspace-policy-data/load')).loadDocument(${JSON.stringify(id)})` },
  loadWarm: { setup: "import { loadDocument } from 'cyberspace-policy-data/load';", load: (id: string) => `loadDocument(${JSON.stringify(id)})` },
};
type Way = (typeof ways)[keyof typeof ways];
/** Cold: the first thing the process loads. */
const cold = (way: Way) => inFresh(timedCode(way.setup, way.load(docId)));
/** Warmed: the process first loads another document the same way (untimed); the figure is the marginal cost of the timed one. */
const warmed = (way: Way) => inFresh(timedCode(`${way.setup}\n${way.load(otherId)};`, way.load(docId)));
const importRuns = n(11, 3);
let importSection: Array<[string, Pair | undefined]>;
try {
  const hasDist = existsSync(distFile);
  const hasLoader = existsSync(join(packageRoot, 'dist/load.js'));
  importSection = [
    ['cold: `import` of the JSON file (import attributes) against `JSON.parse(readFileSync(file))`', compare(cold(ways.importJson), cold(ways.parse), importRuns, 1)],
    ['cold: `import` of the package module `dist/documents/<id>.js` against `JSON.parse(readFileSync(file))`', hasDist ? compare(cold(ways.importModule), cold(ways.parse), importRuns, 1) : undefined],
    [
      "cold: `createRequire(import.meta.url)('cyberspace-policy-data/documents/<id>.json')` (package resolution included) against `JSON.parse(readFileSync(file))`",
      compare(cold(ways.require), cold(ways.parse), importRuns, 1),
    ],
    ['warmed: `import` of the JSON file against `JSON.parse(readFileSync(file))`', compare(warmed(ways.importJson), warmed(ways.parse), importRuns, 1)],
    ['warmed: `import` of the package module against `JSON.parse(readFileSync(file))`', hasDist ? compare(warmed(ways.importModule), warmed(ways.parse), importRuns, 1) : undefined],
    ["warmed: `require('cyberspace-policy-data/documents/<id>.json')` against `JSON.parse(readFileSync(file))`", compare(warmed(ways.requireWarm), warmed(ways.parse), importRuns, 1)],
    [
      "cold: `(await import('cyberspace-policy-data/load')).loadDocument(id)` (the module's import included) against `JSON.parse(readFileSync(file))`",
      hasLoader ? compare(cold(ways.loadCold), cold(ways.parse), importRuns, 1) : undefined,
    ],
    ['warmed: `loadDocument(id)` of `cyberspace-policy-data/load` against `JSON.parse(readFileSync(file))`', hasLoader ? compare(warmed(ways.loadWarm), warmed(ways.parse), importRuns, 1) : undefined],
  ];
} finally {
  rmSync(consumer, { recursive: true, force: true });
}
print(`## 3. Importing one document (${docId}, ${readFileSync(docFile).length} bytes), fresh processes`);
print();
print(
  `Each figure is measured inside its own fresh process, from just before to just after the operation. Cold: the document is the first thing the process loads. Warmed: the process first loads another document (${otherId}) the same way, untimed, so the figure is the marginal cost of one more document, the loader's first-use costs paid on both sides. Package specifiers resolve from a consumer's folder (\`node_modules/cyberspace-policy-data\` linked to this repository).`,
);
print();
print('| A against B | A min / median | B min / median | A/B | goal |');
print('| --- | ---: | ---: | ---: | --- |');
for (const [label, pair] of importSection) print(pair ? pairRow(label, pair, '≤ 1.2×') : `| ${label} | (no dist/: run \`npm run build\` first) | | | |`);
print();

// 5. Scaling.
const scales = process.env['BENCH_SCALES'] ? process.env['BENCH_SCALES'].split(',').map(Number) : [1, 20, 100, ...(process.env['BENCH_SCALE'] === '1000' ? [1000] : [])];
print('## 4. Scaling: the `build` command on synthetic corpora');
print();
print(
  `Copies of the sources under distinct ids and works in a temporary repository, without corrections, with the generated types of the package (reused, as in a checkout); \`build\` writes \`generated/\` there (dataset and types) as a whole process, ${n(3, 1)} run(s) of each corpus.`,
);
print();
print('| corpus | documents | bytes | time min / median | time against 1× | peak RSS (median) | RSS against 1× |');
print('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
let unit: { wall: number; rss: number } | undefined;
for (const scale of scales) {
  const root = syntheticRepository(scale);
  try {
    // An odd number of runs, so that the median is one run (of two, it was the larger).
    const runs = n(3, 1);
    const samples = Array.from({ length: runs }, () => runProcess(process.execPath, [...tsx, 'bench/children/cli.ts', root, 'build', '--quiet'], { cwd: packageRoot }));
    const walls = samples.map((s) => s.wall).sort((a, b) => a - b);
    const rsses = samples.map((s) => s.rss ?? Number.NaN).sort((a, b) => a - b);
    const wall = walls[walls.length >> 1]!;
    const rss = rsses[rsses.length >> 1]!;
    const documents = sourceNames.length * scale;
    unit ??= { wall, rss };
    print(
      `| ${scale}× | ${documents} | ${corpusBytes * scale} | ${fmt(walls[0]! / 1000)} / ${fmt(wall / 1000)} s | ${fmt(wall / unit.wall)}× (corpus ${scale}×) | ${fmt(rss, 0)} MiB | ${fmt(rss / unit.rss)}× |`,
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
print();
print(
  'Goals: peak RSS at 20× and 100× ≤ 1.5× that at 1×; time growing no faster than the corpus (time against 1× ≤ the corpus factor). The 1× time includes the fixed cost of a process (module loading, the first, cold run of the code).',
);
