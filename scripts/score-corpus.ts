/**
 * In-process scorer for the development corpus (../shared/corpus/): outline
 * counts and the extraction expectations of expected-extract.json, scored as
 * ../shared/corpus/score.sh scores them, without a scratch copy or a build.
 * A fast loop for rule work; score-each.sh stays the measure of record.
 *
 *   npx tsx scripts/score-corpus.ts [name-substring] [--verbose]
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Document, Section, SourceMetadata } from '../generated/types/index.js';
import { toDocument, voiceNames } from '../src/dataset/document.js';
import { extractItems } from '../src/extract/index.js';
import { inferMetadata } from '../src/metadata/infer.js';
import { parseSource } from '../src/parse/index.js';
import { fold } from '../src/text/fold.js';

const corpus = join(import.meta.dirname, '../../shared/corpus');
if (!existsSync(join(corpus, 'expected.json'))) {
  console.error(`no corpus at ${corpus}`);
  process.exit(2);
}
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const dump = args.includes('--dump');
const filter = args.find((a) => !a.startsWith('--'));
const gold = JSON.parse(readFileSync(join(corpus, 'expected-extract.json'), 'utf8')) as Record<string, Record<string, unknown>>;
const concepts = JSON.parse(readFileSync(join(import.meta.dirname, '../schemas/concepts.json'), 'utf8'));
const norm = (s: string | undefined) => (s ?? '').toLowerCase().replace(/[^0-9a-z\u4e00-\u9fff]+/gu, '');
const texts = (t: Record<string, string | undefined> | undefined) => Object.values(t ?? {}).filter((v): v is string => typeof v === 'string');

function walk(sections: readonly Section[], out: Section[] = []): Section[] {
  for (const s of sections) {
    out.push(s);
    walk(s.children, out);
  }
  return out;
}

const totals = new Map<string, [number, number]>();
const add = (k: string, hit: number, n: number) => {
  const t = totals.get(k) ?? [0, 0];
  totals.set(k, [t[0] + hit, t[1] + n]);
};

for (const name of readdirSync(corpus)
  .filter((f) => f.endsWith('.txt'))
  .sort()) {
  if (filter && !name.includes(filter)) continue;
  const text = readFileSync(join(corpus, name), 'utf8');
  const meta = inferMetadata(text);
  const parsed = parseSource(text, { format: meta.format });
  const stub = {
    id: 'corpus',
    work: 'corpus',
    title: meta.title,
    kind: meta.kind,
    issuer: meta.issuer ?? [{ en: 'unknown' }],
    ...(meta.voice ? { voice: meta.voice } : {}),
    date: meta.date ?? { value: '2000', basis: 'inferred' },
    languages: meta.languages ?? ['en'],
    origin: { publisher: 'unknown' },
    rights: { status: 'unclear', basis: 'scoring only' },
  } as SourceMetadata;
  const doc: Document = toDocument(stub, { text, sha256: '', bytes: text.length }, parsed.sections, parsed.skip, parsed.omitted);
  Object.assign(doc, extractItems(doc, { source: text, concepts, textAt: (span) => fold(text, span.start, span.end, parsed.skip), voice: voiceNames(stub) }));
  if (dump) {
    const show = (ss: readonly Section[], d: number): void => {
      for (const s of ss) {
        console.log(`${'  '.repeat(d)}[${s.kind} ${s.label ?? ''}] ${JSON.stringify(s.title ?? {}).slice(0, 80)}`);
        for (const p of s.paragraphs) console.log(`${'  '.repeat(d + 1)}${p.list ? `<${p.list.marker}> ` : ''}${JSON.stringify(p.text).slice(0, 80)}`);
        show(s.children, d + 1);
      }
    };
    show(doc.sections, 0);
    for (const a of doc.actionItems) console.log(`ACTION ${a.modality} [${a.actor}] ${JSON.stringify(a.text).slice(0, 110)}`);
    for (const p of doc.principles) console.log(`PRINCIPLE ${p.concept} ${JSON.stringify(p.name).slice(0, 60)} :: ${JSON.stringify(p.statement).slice(0, 60)}`);
    for (const c of doc.claims) console.log(`CLAIM ${c.kind} ${JSON.stringify(c.quantities ?? c.stance ?? '').slice(0, 60)} :: ${JSON.stringify(c.text).slice(0, 80)}`);
  }
  const g = gold[name];
  const line: string[] = [`${name.slice(0, 40).padEnd(40)} kind=${meta.kind} date=${meta.date?.value ?? '-'} issuer=${JSON.stringify(meta.issuer ?? null).slice(0, 60)}`];
  line.push(`  acts=${doc.actionItems.length} prin=${doc.principles.length} claims=${doc.claims.length} defs=${doc.definitions?.length ?? 0}`);
  if (g) {
    const pool = (xs: Array<{ text?: Record<string, string>; statement?: Record<string, string>; name?: Record<string, string> }>) =>
      xs.map((x) => norm([...texts(x.text ?? x.statement), ...texts(x.name)].join(' ')));
    const acts = pool(doc.actionItems as never);
    const prins = pool(doc.principles as never);
    for (const [k, key, pl] of [
      ['actions', 'actions', acts],
      ['principles', 'principles', prins],
      ['actions', 'actions_or_principles', [...acts, ...prins]],
    ] as const) {
      const want = g[key] as string[] | undefined;
      if (!want) continue;
      const missing = want.filter((t) => !pl.some((x) => x.includes(norm(t))));
      add(k, want.length - missing.length, want.length);
      line.push(`  ${key} ${want.length - missing.length}/${want.length}${verbose && missing.length ? ' missing: ' + missing.join(' | ') : ''}`);
    }
    const arts = new Map(
      walk(doc.sections)
        .filter((s) => s.kind === 'article' && s.number !== undefined)
        .map((s) => [s.number!, s]),
    );
    const within = (s: Section) => new Set(walk([s]).map((x) => x.id));
    const modality = g.modality as Record<string, string> | undefined;
    if (modality) {
      const ok = Object.entries(modality).filter(([n, m]) => arts.get(+n) && doc.actionItems.some((a) => within(arts.get(+n)!).has(a.sectionId) && a.modality === m)).length;
      add('law modality', ok, Object.keys(modality).length);
    }
    const refs = g.references as Record<string, number[]> | undefined;
    if (refs) {
      const numberOf = new Map([...arts].map(([n, s]) => [s.id, n]));
      let hit = 0;
      for (const [n, want] of Object.entries(refs)) {
        const got = new Set<number>();
        for (const s of arts.get(+n) ? walk([arts.get(+n)!]) : [])
          for (const p of s.paragraphs) for (const r of p.references ?? []) for (const [id, num] of numberOf) if (r.target === id || r.target?.startsWith(`${id}__`)) got.add(num);
        if (want.every((w) => got.has(w))) hit++;
      }
      add('law references', hit, Object.keys(refs).length);
    }
    const defs = g.definitions as string[] | undefined;
    if (defs) {
      const terms = (doc.definitions ?? []).map((d) => norm(texts(d.term).join(' ')));
      const missing = defs.filter((t) => !terms.includes(norm(t)));
      add('definitions', defs.length - missing.length, defs.length);
      line.push(`  definitions ${defs.length - missing.length}/${defs.length}${verbose && missing.length ? ' missing: ' + missing.join(' | ') : ''}`);
    }
    const m = g.meta as { title?: string; year?: string; kind?: string } | undefined;
    if (m) {
      const t = m.title ? +norm(texts(meta.title).join(' ')).includes(norm(m.title)) : 1;
      const y = m.year ? +(meta.date?.value ?? '').startsWith(m.year) : 1;
      const k = m.kind ? +(meta.kind === m.kind) : 1;
      if (m.title) add('meta title', t, 1);
      if (m.year) add('meta date', y, 1);
      if (m.kind) add('meta kind', k, 1);
      line.push(`  meta title ${t} (${texts(meta.title).join(' / ').slice(0, 70)}) date ${y} kind ${k}`);
    }
  }
  console.log(line.join('\n'));
}
console.log(
  'summary ' +
    [...totals]
      .sort()
      .map(([k, [a, b]]) => `${k} ${a}/${b}`)
      .join(', '),
);
