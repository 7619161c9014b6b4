/**
 * A seeded random sample of extracted items, for a blind reading (issue 19):
 * texts the rules were not written from are read as `import` reads them (the
 * format, kind and date it infers; no reviewed metadata, so no declared
 * voice), their items extracted, and N of them drawn with a seeded generator
 * into a CSV whose `verdict` column a reader who did not write the rules fills
 * (`right`, `wrong`, `partly`) against the source. Given a filled CSV, it
 * prints the precision by item type.
 *
 *   npx tsx bench/audit/sample.ts <folder of texts> [--seed 20261204] [--n 60] [--kind law] > bench/audit/sample-<seed>.csv
 *   npx tsx bench/audit/sample.ts --dataset [--seed N] [--n 30]   (the dataset's own items, as built)
 *   npx tsx bench/audit/sample.ts --score bench/audit/sample-<seed>.csv
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Document, SourceMetadata } from '../../generated/types/index.js';
import { toDocument } from '../../src/dataset/document.js';
import { toCsv } from '../../src/dataset/exports.js';
import { extractItems } from '../../src/extract/index.js';
import { inferMetadata } from '../../src/metadata/infer.js';
import { parseSource } from '../../src/parse/index.js';
import { fold } from '../../src/text/fold.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1]! : fallback;
};

/** mulberry32: a small seeded generator, so the same seed draws the same sample. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function score(file: string): void {
  const rows = readFileSync(file, 'utf8').trim().split('\r\n').slice(1);
  const byType = new Map<string, { right: number; partly: number; all: number }>();
  for (const row of rows) {
    const cells = row.match(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/gu)!.map((c) => c.replace(/,$/u, '').replace(/^"|"$/gu, ''));
    // The columns of `sample`: n, file, type, class, actor_or_name, text, at, verdict, note.
    const [type, verdict] = [cells[2]!, cells[7]];
    if (!verdict) continue;
    const t = byType.get(type) ?? { right: 0, partly: 0, all: 0 };
    t.all++;
    if (verdict === 'right') t.right++;
    if (verdict === 'partly') t.partly++;
    byType.set(type, t);
  }
  for (const [type, t] of byType) process.stdout.write(`${type}: ${t.right}/${t.all} right, ${t.partly} partly, ${t.all - t.right - t.partly} wrong\n`);
}

function sample(folder: string): void {
  const concepts = JSON.parse(readFileSync(join(import.meta.dirname, '../../schemas/concepts.json'), 'utf8'));
  const pool: Row[] = [];
  for (const name of readdirSync(folder)
    .filter((f) => /\.(?:txt|md)$/u.test(f))
    .sort()) {
    const text = readFileSync(join(folder, name), 'utf8');
    const meta = inferMetadata(text);
    const parsed = parseSource(text, { format: meta.format });
    const metadata = {
      id: 'audit',
      work: 'audit',
      title: meta.title.en || meta.title.zh ? meta.title : { en: name },
      // A reviewer's kind for every text of the folder (`--kind law`: norms are read only in binding kinds), or import's.
      kind: option('kind', meta.kind),
      issuer: meta.issuer?.length ? meta.issuer : [{ en: 'unknown' }],
      date: meta.date ?? { value: '2000', basis: 'inferred' },
      languages: meta.languages.length ? meta.languages : ['en'],
      origin: { publisher: 'unknown' },
      rights: { status: 'unclear', basis: 'audit only' },
    } as SourceMetadata;
    const doc = toDocument(metadata, { text, sha256: '', bytes: text.length }, parsed.sections, parsed.skip, parsed.omitted);
    const items = extractItems(doc, { source: text, concepts, textAt: (span) => fold(text, span.start, span.end, parsed.skip) });
    pool.push(...rowsOf(name, items));
  }
  draw(pool);
}

/** The items of the dataset as built (`generated/data/documents/`), for a reading of what it publishes. */
function datasetPool(): Row[] {
  const dir = join(import.meta.dirname, '../../generated/data/documents');
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const doc = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Document;
      return rowsOf(doc.id, doc);
    });
}

type Row = Array<string | number | undefined>;

/** One row per item (file, type, class, actor or name, text, place), as the CSV's columns after `n`. */
function rowsOf(name: string, items: Pick<Document, 'actionItems' | 'claims' | 'principles'> & { definitions?: Document['definitions'] }): Row[] {
  const where = (s?: { line: number; column: number }) => (s ? `${s.line}:${s.column}` : '');
  const textOf = (t: { en?: string; zh?: string }) => t.en ?? t.zh ?? '';
  return [
    ...items.actionItems.map((a) => [name, 'action', a.modality, a.actor, textOf(a.text), where(a.span ?? a.spans?.en)]),
    ...items.claims.map((c) => [name, 'claim', c.kind, c.stance?.actor ?? c.quantities?.map((q) => q.raw).join('; '), textOf(c.text), where(c.span ?? c.spans?.en)]),
    ...items.principles.map((p) => [name, 'principle', p.concept, textOf(p.name), textOf(p.statement), where(p.span ?? p.spans?.en)]),
    ...(items.definitions ?? []).map((d) => [name, 'definition', '', textOf(d.term), textOf(d.definition), where(d.span)]),
  ];
}

/** Draw `--n` rows of the pool with the seeded generator and write the CSV to fill. */
function draw(pool: Row[]): void {
  const random = generator(Number(option('seed', '20261204')));
  const n = Math.min(Number(option('n', '60')), pool.length);
  // A partial Fisher–Yates shuffle: the first n of a seeded permutation.
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(random() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  const rows = pool.slice(0, n).map((row, i) => [i + 1, ...row, '', '']);
  process.stdout.write(toCsv(['n', 'file', 'type', 'class', 'actor_or_name', 'text', 'at', 'verdict', 'note'], rows));
}

if (args[0] === '--score') score(args[1]!);
else if (args[0] === '--dataset') draw(datasetPool());
else if (args[0] && !args[0].startsWith('--')) sample(args[0]);
else {
  process.stderr.write('usage: npx tsx bench/audit/sample.ts <folder of texts> [--seed N] [--n 60] [--kind <kind>] | --dataset [--seed N] [--n 60] | --score <file.csv>\n');
  process.exitCode = 2;
}
