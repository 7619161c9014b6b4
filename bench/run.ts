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
 *    repository; 1000× with BENCH_SCALE=1000): time and peak RSS;
 * 6. incremental builds through the document cache, and `validate` of one
 *    correction, against start-up + one document's share of a full build;
 * 7. the parallel build: `check` with one and two worker threads at 10×;
 * 8. the package's size against the sources' bytes;
 * 9. bounded input (bench/constructs.ts);
 * then a verdict per goal of issue 23.
 *
 * Environment: BENCH_QUICK=1 runs fewer repetitions (for a smoke test);
 * BENCH_SCALES=1,2 chooses the scaling corpora.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
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
/** The parser the project must use (remark-parse with remark-gfm and remark-frontmatter for Markdown), nothing else. */
const readParseGfm = () => runProcess(process.execPath, [...tsx, 'bench/children/remark-only.ts', packageRoot, 'gfm'], { cwd: packageRoot });
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
// Where the ratio to bare remark-parse comes from: the required parser's own share, and `check` against that parser.
const gfmAgainstBare = compare(
  () => readParseGfm().wall,
  () => readParse().wall,
  n(7, 2),
  1,
);
const checkAgainstGfm = compare(
  () => check().wall,
  () => readParseGfm().wall,
  n(7, 2),
  1,
);

print(`## 1. Sources → validated documents (${sourceNames.length} sources, ${corpusBytes} bytes)`);
print();
print('| A against B | A min / median | B min / median | A/B | goal |');
print('| --- | ---: | ---: | ---: | --- |');
print(pairRow('in process: build of the dataset (read, parse, extract, link, correct, redact, validate, serialise; nothing written) against read + bare remark-parse', inProcess, '≤ 1.5×'));
print(pairRow('whole processes: `check` against a process that reads and remark-parses the same sources', wholeProcess, '≤ 2×'));
print(
  pairRow(
    'whole processes: reading and parsing with the parser the project must use (remark-parse + remark-gfm + remark-frontmatter for Markdown, remark-parse for plain text), nothing else, against bare remark-parse',
    gfmAgainstBare,
    '(the parser alone)',
  ),
);
print(pairRow('whole processes: `check` against reading and parsing with the parser the project must use', checkAgainstGfm, '(for comparison)'));
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
  `Copies of the sources under distinct ids and works in a temporary repository, without corrections, with the generated types of the package (reused, as in a checkout); \`build --no-cache\` writes \`generated/\` there (dataset and types) as a whole process, ${n(3, 1)} run(s) of each corpus.`,
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
    const samples = Array.from({ length: runs }, () => runProcess(process.execPath, [...tsx, 'bench/children/cli.ts', root, 'build', '--quiet', '--no-cache'], { cwd: packageRoot }));
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

// 6. Incremental builds, validation of one correction, parallel build, package, bounded input: the goals of issue 23.
const verdicts: string[] = [];
const verdict = (goal: string, value: string, met: boolean) => verdicts.push(`| ${goal} | ${value} | ${met ? 'met' : '**missed**'} |`);
verdict(
  '`check` ≤ 2× reading and remark-parsing the same sources',
  `${fmt(wholeProcess.ratio)}× (the required parser alone ${fmt(gfmAgainstBare.ratio)}×; \`check\` against it ${fmt(checkAgainstGfm.ratio)}×)`,
  wholeProcess.ratio <= 2,
);
verdict('validation of the whole dataset < 20 ms', ms(validation.median), validation.median < 20);

/** A copy of the repository's inputs (sources, metadata, corrections) with the generated types, to build in. */
function inputsCopy(): string {
  const root = mkdtempSync(join(tmpdir(), 'bench-inputs-'));
  for (const entry of ['data', 'package.json', 'generated/types']) cpSync(join(packageRoot, entry), join(root, entry), { recursive: true });
  symlinkSync(join(packageRoot, 'schemas'), join(root, 'schemas'));
  return root;
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
const cliRun = (root: string, ...args: string[]) => runProcess(process.execPath, [...tsx, 'bench/children/cli.ts', root, ...args], { cwd: packageRoot });
{
  const root = inputsCopy();
  try {
    const runs = n(5, 1);
    const startup = median(Array.from({ length: runs }, () => runProcess(process.execPath, [...tsx, 'bench/children/startup.ts'], { cwd: packageRoot }).wall));
    const full = median(Array.from({ length: runs }, () => cliRun(root, 'build', '--quiet', '--no-cache').wall));
    const documents = sourceNames.length;
    const bound = 2 * (startup + full / documents);
    cliRun(root, 'build', '--quiet');
    const corrections = join(root, 'data/corrections');
    const correctionFile = join(corrections, readdirSync(corrections).sort()[0]!);
    const original = readFileSync(correctionFile, 'utf8');
    // One changed correction: its reason reworded (a new text each run, so the document is built each time).
    const oneCorrection = median(
      Array.from({ length: runs }, (_, k) => {
        writeFileSync(correctionFile, original.replace(/^(\s*reason: .*)$/mu, `$1 (${k})`));
        return cliRun(root, 'build', '--quiet').wall;
      }),
    );
    writeFileSync(correctionFile, original);
    const validateOne = median(
      Array.from({ length: runs }, (_, k) => {
        writeFileSync(correctionFile, original.replace(/^(\s*reason: .*)$/mu, `$1 [${k}]`));
        return cliRun(root, 'validate', relative(root, correctionFile)).wall;
      }),
    );
    writeFileSync(correctionFile, original);
    cliRun(root, 'build', '--quiet');
    // One added document: a copy of the smallest source under a new id (a new one each run).
    const smallest = [...sourceNames].sort((a, b) => readFileSync(join(sourcesDir, a)).length - readFileSync(join(sourcesDir, b)).length)[0]!;
    const [, id = '', ext = ''] = /^(.+)\.(txt|md)$/u.exec(smallest)!;
    const oneDocument = median(
      Array.from({ length: runs }, (_, k) => {
        const copy = `${id}-added${k}`;
        writeFileSync(join(root, `data/sources/${copy}.${ext}`), readFileSync(join(sourcesDir, smallest)));
        writeFileSync(join(root, `data/sources/${copy}.yaml`), readFileSync(join(sourcesDir, `${id}.yaml`), 'utf8').replaceAll(id, copy));
        return cliRun(root, 'build', '--quiet').wall;
      }),
    );
    print('## 5. Incremental builds (the document cache)');
    print();
    print(
      `A copy of the repository's inputs; medians of ${runs} run(s), whole processes. Start-up (Node, tsx and the modules \`build\` loads, nothing run): ${fmt(startup / 1000)} s. Full build without the cache (\`build --no-cache\`, ${documents} documents): ${fmt(full / 1000)} s. Goal: at most 2 × (start-up + one document's share of the full build) = **${fmt(bound / 1000)} s**.`,
    );
    print();
    print('| after | build | against the goal |');
    print('| --- | ---: | ---: |');
    print(`| one changed correction | ${fmt(oneCorrection / 1000)} s | ${fmt(oneCorrection / bound)}× |`);
    print(`| one added document | ${fmt(oneDocument / 1000)} s | ${fmt(oneDocument / bound)}× |`);
    print(`| \`validate <correction>\` of one changed correction | ${fmt(validateOne / 1000)} s | ${fmt(validateOne / bound)}× |`);
    print();
    verdict('build after one changed correction ≤ 2 × (start-up + one document)', `${fmt(oneCorrection / 1000)} s against ${fmt(bound / 1000)} s`, oneCorrection <= bound);
    verdict('build after one added document ≤ 2 × (start-up + one document)', `${fmt(oneDocument / 1000)} s against ${fmt(bound / 1000)} s`, oneDocument <= bound);
    verdict('`validate <correction>` about one document', `${fmt(validateOne / 1000)} s against ${fmt(bound / 1000)} s`, validateOne <= bound);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

// 7. Parallel build: `check` (the full work, its own scratch cache) with one thread building and with two, at 10× the data.
{
  const scale = Number(process.env['BENCH_PARALLEL_SCALE'] ?? (quick ? 2 : 10));
  const root = syntheticRepository(scale);
  const unitRoot = syntheticRepository(1);
  try {
    // `check` compares with what is there: build each corpus once first.
    for (const dir of [root, unitRoot]) cliRun(dir, 'build', '--quiet', '--no-cache');
    const withWorkers = (dir: string, workers: number) => () => {
      const r = runProcess('env', [`CYBERSPACE_POLICY_DATA_WORKERS=${workers}`, process.execPath, ...tsx, 'bench/children/cli.ts', dir, 'check'], { cwd: packageRoot });
      return r;
    };
    const runs = n(3, 1);
    const one = Array.from({ length: runs }, withWorkers(root, 1));
    const two = Array.from({ length: runs }, withWorkers(root, 2));
    const unitTwo = Array.from({ length: runs }, withWorkers(unitRoot, 2));
    const speedup = median(one.map((r) => r.wall)) / median(two.map((r) => r.wall));
    // The machine's own ceiling: two independent one-worker `check` processes started together, against one alone.
    // Two workers can be no faster than this (each document is built once, by one of them).
    const checkAlone = (): Promise<void> =>
      new Promise((resolve, reject) => {
        const child = spawn('env', ['CYBERSPACE_POLICY_DATA_WORKERS=1', process.execPath, ...tsx, 'bench/children/cli.ts', root, 'check'], { cwd: packageRoot, stdio: 'ignore' });
        child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`check exited with ${code}`))));
      });
    const pairs: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      await Promise.all([checkAlone(), checkAlone()]);
      pairs.push(performance.now() - start);
    }
    const ceiling = (2 * median(one.map((r) => r.wall))) / median(pairs);
    // How many cores one thread's build keeps busy (V8 collects garbage on helper threads): on n cores, n ÷ this is
    // the most any number of building threads could give.
    const coresOfOne = median(one.map((r) => (r.cpu ?? Number.NaN) / r.wall));
    const rssRatio = median(two.map((r) => r.rss ?? Number.NaN)) / median(unitTwo.map((r) => r.rss ?? Number.NaN));
    print(`## 6. Parallel build (${scale}× the sources, ${sourceNames.length * scale} documents)`);
    print();
    print('| threads building | `check` median | peak RSS (median) |');
    print('| ---: | ---: | ---: |');
    print(`| 1 | ${fmt(median(one.map((r) => r.wall)) / 1000)} s | ${fmt(median(one.map((r) => r.rss ?? Number.NaN)), 0)} MiB |`);
    print(`| 2 | ${fmt(median(two.map((r) => r.wall)) / 1000)} s | ${fmt(median(two.map((r) => r.rss ?? Number.NaN)), 0)} MiB |`);
    print(`| 2, at 1× | ${fmt(median(unitTwo.map((r) => r.wall)) / 1000)} s | ${fmt(median(unitTwo.map((r) => r.rss ?? Number.NaN)), 0)} MiB |`);
    print();
    print(`Two threads against one: **${fmt(speedup)}×** faster; peak RSS at ${scale}× against 1× (two threads): ${fmt(rssRatio)}×.`);
    print(
      `CPU time of one thread's \`check\` (user and system, all of the process's threads) against its wall time: **${fmt(coresOfOne)}** cores busy (V8's collector runs on helper threads), so on ${cpus().length} cores no number of threads can build more than ${fmt(cpus().length / coresOfOne)}× faster.`,
    );
    print(
      `The machine's ceiling: two one-thread \`check\` processes started together take ${fmt(median(pairs) / 1000)} s (median), **${fmt(ceiling)}×** the throughput of one alone: the most two threads could give here.`,
    );
    print();
    verdict(
      `parallel build ≥ 1.7× faster on 2 cores than one worker, at ${scale}×`,
      `${fmt(speedup)}× (the machine's ceiling ${fmt(ceiling)}×; one thread keeps ${fmt(coresOfOne)} cores busy)`,
      speedup >= 1.7,
    );
    verdict(`peak RSS at ${scale}× ≤ 1.5× of 1× (two threads)`, `${fmt(rssRatio)}×`, rssRatio <= 1.5);
  } finally {
    rmSync(root, { recursive: true, force: true });
    rmSync(unitRoot, { recursive: true, force: true });
  }
}

// 8. The package: packed and unpacked size against the sources' bytes.
{
  const packed = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: packageRoot, encoding: 'utf8' });
  const info = (JSON.parse(packed.stdout.slice(packed.stdout.indexOf('['))) as Array<{ size: number; unpackedSize: number }>)[0]!;
  print('## 7. The package');
  print();
  print(
    `\`npm pack --dry-run\`: packed ${fmt(info.size / 1e6)} MB (**${fmt(info.size / corpusBytes)}×** the sources' ${fmt(corpusBytes / 1e6)} MB), unpacked ${fmt(info.unpackedSize / 1e6)} MB (**${fmt(info.unpackedSize / corpusBytes)}×**).`,
  );
  print();
  verdict('package packed ≤ 1.5× the sources', `${fmt(info.size / corpusBytes)}×`, info.size / corpusBytes <= 1.5);
  verdict('package unpacked ≤ 6× the sources', `${fmt(info.unpackedSize / corpusBytes)}×`, info.unpackedSize / corpusBytes <= 6);
}

// 9. Bounded input.
{
  print('## 8. Bounded input: each construct at n and 2n (bench/constructs.ts)');
  print();
  const out = spawnSync(process.execPath, ['--expose-gc', ...tsx, 'bench/constructs.ts', ...(quick ? ['--quick'] : [])], { cwd: packageRoot, encoding: 'utf8' });
  print(out.stdout.trimEnd());
  print();
  verdict('doubling any construct ≤ 2.5× the time', /Verdict: (.*)/u.exec(out.stdout)?.[1] ?? 'not measured', out.status === 0);
}

print('## Verdicts (issue 23)');
print();
print('| goal | now | verdict |');
print('| --- | --- | --- |');
for (const line of verdicts) print(line);
