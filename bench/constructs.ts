/**
 * Bounded input (issue 23): for every construct a hostile or broken source can
 * repeat, the parser's time on the construct at n and at 2n (the same text
 * twice as long, or nested twice as deep up to the nesting limit), as
 * `parseSource` runs it in a build. Goal: doubling the input at most 2.5× the
 * time (the ratio is taken per doubling of the characters: a nested construct
 * twice as deep is more than twice as long). Prints a Markdown table and a verdict per construct; exits 1 when one
 * misses the goal.
 *
 *   node --expose-gc --import tsx bench/constructs.ts [--quick]
 */
import { maxNestingDepth } from '../src/dataset/limits.js';
import { parseSource } from '../src/parse/index.js';
import { readSourceBytes } from '../src/dataset/sources.js';
import { compare, repeat, timed } from './lib.js';

const quick = process.argv.includes('--quick') || process.env['BENCH_QUICK'] === '1';

interface Construct {
  name: string;
  format: 'markdown' | 'text';
  /** The input at size `k` (a count of repetitions, or a depth). */
  make: (k: number) => string;
  /** The base size; the second run uses twice it. */
  base: number;
}

const times = (s: string, k: number) => s.repeat(k);
const constructs: Construct[] = [
  { name: 'paragraphs', format: 'markdown', base: 4000, make: (k) => times('A sentence of a paragraph, with words.\n\n', k) },
  { name: 'one long line', format: 'markdown', base: 20000, make: (k) => times('word ', k) },
  { name: 'one long Chinese line', format: 'text', base: 100000, make: (k) => times('网络空间治理。', k) },
  { name: 'headings', format: 'markdown', base: 3000, make: (k) => Array.from({ length: k }, (_, i) => `## ${i + 1}. Heading\n\nText.\n`).join('\n') },
  { name: 'numbered articles (plain text)', format: 'text', base: 8000, make: (k) => Array.from({ length: k }, (_, i) => `第${i + 1}条 本条的内容。\n`).join('') },
  { name: 'decimal numbering 1.1.1.1', format: 'text', base: 8000, make: (k) => Array.from({ length: k }, (_, i) => `${(i % 9) + 1}.${(i % 7) + 1}.${(i % 5) + 1}.${i + 1} A measure.\n`).join('') },
  { name: 'list items', format: 'markdown', base: 4000, make: (k) => times('- an item of a list\n', k) },
  // Emphasis and footnotes: paragraphs of 400 to 800 markers each (a source may hold at most `maxInlineMarkers` in one paragraph; one
  // paragraph with more is refused before parsing, see `refused` below).
  { name: 'emphasis runs', format: 'markdown', base: 25, make: (k) => times(`${times('*a* **b** ', 200)}\n\n`, k) },
  { name: 'unclosed emphasis', format: 'markdown', base: 25, make: (k) => times(`${times('*a ', 800)}\n\n`, k) },
  { name: 'unclosed brackets', format: 'markdown', base: 20000, make: (k) => times('[a ', k) },
  { name: 'links', format: 'markdown', base: 3000, make: (k) => times('[a](https://example.org/a) ', k) },
  { name: 'inline HTML', format: 'markdown', base: 3000, make: (k) => times('<u>a</u> <a id="x"></a> ', k) },
  { name: 'table rows', format: 'markdown', base: 3000, make: (k) => `| a | b |\n| --- | --- |\n${times('| c | d |\n', k)}` },
  { name: 'table columns', format: 'markdown', base: 1000, make: (k) => `|${times(' a |', k)}\n|${times(' --- |', k)}\n|${times(' c |', k)}\n` },
  { name: 'footnote marks', format: 'markdown', base: 8, make: (k) => times(`${times('text[^1] ', 400)}\n\n`, k) + '[^1]: A note.\n' },
  { name: 'hard-wrapped lines', format: 'markdown', base: 4000, make: (k) => times('a line of a paragraph  \n', k) },
  { name: 'block quotes nested', format: 'markdown', base: maxNestingDepth / 2, make: (k) => `${'>'.repeat(k)} text\n`.repeat(200) },
  { name: 'lists nested', format: 'markdown', base: maxNestingDepth / 4, make: (k) => `${Array.from({ length: k }, (_, i) => `${'  '.repeat(i)}- item\n`).join('')}\n`.repeat(20) },
];

/** Inputs a build refuses before parsing, each with the limit that catches it. */
const refused: Array<[string, string]> = [
  ['one paragraph of 20,000 emphasis runs', times('*a* **b** ', 5000)],
  ['one paragraph of 40,000 unclosed emphasis marks', times('*a ', 40000)],
  ['one paragraph of 6,000 footnote calls', `${times('text[^1] ', 6000)}\n\n[^1]: A note.\n`],
  [`block quotes nested ${maxNestingDepth * 50} deep`, `${'>'.repeat(maxNestingDepth * 50)} text\n`],
];

const runs = quick ? 3 : 7;
const rows: string[] = [];
let missed = 0;
// `BENCH_CONSTRUCT=<name>` measures the constructs whose name contains it (to look at one again).
const only = process.env['BENCH_CONSTRUCT'];
const measured = constructs.filter((k) => only === undefined || k.name.includes(only));
for (const c of measured) {
  const small = c.make(c.base);
  const large = c.make(c.base * 2);
  // Each run starts from a collected heap (the bench runs with --expose-gc), and the two sizes run interleaved (n 2n,
  // then 2n n), so neither the collector's debt of the run before nor a drift of the machine falls on one side.
  const parse = (text: string) => {
    const run = timed(() => parseSource(text, { format: c.format }));
    return () => {
      (globalThis as { gc?: () => void }).gc?.();
      return run();
    };
  };
  const { a: b, b: a, ratio: pairRatio } = compare(parse(large), parse(small), runs, 1);
  // Per doubling of the characters (the median of the pairwise ratios): a nested construct grows faster than its
  // depth (each level is indented).
  const ratio = 2 ** (Math.log(pairRatio) / Math.log(large.length / small.length));
  const ok = ratio <= 2.5;
  if (!ok) missed++;
  rows.push(`| ${c.name} | ${c.format} | ${small.length} → ${large.length} | ${a.min.toFixed(1)} → ${b.min.toFixed(1)} ms | ${ratio.toFixed(2)}× | ${ok ? 'met' : '**missed**'} |`);
}
console.log('| construct | format | characters | time (min of the runs) | per doubling of the characters (median of the pairwise ratios) | ≤ 2.5× |');
console.log('| --- | --- | ---: | ---: | ---: | --- |');
for (const row of rows) console.log(row);
console.log();
// What the build refuses before parsing (dataset/limits.ts): the check is one pass over the text, linear.
console.log('| refused before parsing | characters | read check (min) | rule |');
console.log('| --- | ---: | ---: | --- |');
for (const [name, text] of refused) {
  const check = repeat(
    timed(() => readSourceBytes(Buffer.from(text), 'x.md')),
    runs,
    1,
  );
  const rule = readSourceBytes(Buffer.from(text), 'x.md').messages[0]?.ruleId ?? '**accepted**';
  if (rule === '**accepted**') missed++;
  console.log(`| ${name} | ${text.length} | ${check.min.toFixed(1)} ms | ${rule} |`);
}
console.log();
console.log(`Verdict: ${missed === 0 ? `met for all ${measured.length} constructs` : `missed for ${missed} of ${measured.length} constructs`} (doubling the input at most 2.5× the time).`);
process.exitCode = missed === 0 ? 0 : 1;
