/**
 * Extraction on the development corpus (../shared/corpus/), against the
 * hand-checked expectations of test/fixtures/corpus-extract.json (read from
 * the texts: the action items of statements and a notice, the principles of
 * the principles text, norms, references and definitions of runs of articles
 * of three Chinese laws and regulations, definitions of the treaty and the
 * executive order, and every text's import metadata), scored as score.sh
 * does with EXTRACT=. Skipped, saying so, when the corpus is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Document, Section, SourceMetadata } from '../../generated/types/index.js';
import { toDocument } from '../../src/dataset/document.js';
import { extractItems } from '../../src/extract/index.js';
import { inferMetadata } from '../../src/metadata/infer.js';
import { parseSource } from '../../src/parse/index.js';
import { fold } from '../../src/text/fold.js';

const corpus = join(import.meta.dirname, '../../../shared/corpus');
const present = existsSync(join(corpus, 'expected.json'));
if (!present) console.warn(`skipping the corpus extraction tests: ${corpus} is absent`);

interface Gold {
  actions?: string[];
  principles?: string[];
  modality?: Record<string, string>;
  references?: Record<string, number[]>;
  definitions?: string[];
  meta?: { title?: string; year?: string; kind?: string };
}

const gold: Record<string, Gold> = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/corpus-extract.json'), 'utf8'));
const concepts = JSON.parse(readFileSync(join(import.meta.dirname, '../../schemas/concepts.json'), 'utf8'));
const norm = (s: string | undefined) => (s ?? '').toLowerCase().replace(/[^0-9a-z\u4e00-\u9fff]+/gu, '');

function walk(sections: readonly Section[], out: Section[] = []): Section[] {
  for (const s of sections) {
    out.push(s);
    walk(s.children, out);
  }
  return out;
}

function documentOf(name: string): { doc: Document; meta: ReturnType<typeof inferMetadata> } {
  const text = readFileSync(join(corpus, name), 'utf8');
  const meta = inferMetadata(text);
  const parsed = parseSource(text, { format: meta.format });
  const stub = {
    id: 'corpus',
    work: 'corpus',
    title: meta.title,
    kind: meta.kind,
    issuer: [{ en: 'unknown' }],
    date: { value: '2000', basis: 'inferred' },
    languages: ['en'],
    origin: { publisher: 'unknown' },
  } as SourceMetadata;
  const doc = toDocument(stub, { text, sha256: '', bytes: text.length }, parsed.sections, parsed.skip, parsed.omitted);
  const items = extractItems(doc, { source: text, concepts, textAt: (span) => fold(text, span.start, span.end, parsed.skip) });
  Object.assign(doc, items);
  return { doc, meta };
}

/** Hand-checked actors: every action item of these texts names one of them. */
const actors: Record<string, string[]> = {
  'en-09-commercial-spyware-joint-statement-2023.txt': ['we', 'We'],
  'zh-11-china-asean-digital-ecosystem-statement.txt': ['我们'],
  'zh-09-cyberviolence-governance-notice-wechat.txt': ['网站平台', '各地网信部门', '各地各网站平台'],
};

/** Hand-checked addressees of norms: article → [modality, actor] that some item of the article has. */
const addressees: Record<string, Record<number, [string, string]>> = {
  'zh-01-data-security-law.txt': { 39: ['obligation', '国家机关'], 36: ['prohibition', '境内的组织、个人'] },
  'zh-06-deep-synthesis-provisions-wechat.txt': { 6: ['prohibition', '任何组织和个人'], 7: ['obligation', '深度合成服务提供者'] },
  'en-01-budapest-convention-cybercrime.txt': { 2: ['obligation', 'Each Party'] },
};

describe.skipIf(!present)('extraction on the development corpus', () => {
  for (const [name, g] of Object.entries(gold)) {
    describe(name, () => {
      const { doc, meta } = present ? documentOf(name) : ({} as ReturnType<typeof documentOf>);
      const sections = present ? walk(doc.sections) : [];
      const articles = new Map(sections.filter((s) => s.kind === 'article' && s.number !== undefined).map((s) => [s.number!, s]));
      const within = (s: Section) => new Set(walk([s]).map((x) => x.id));

      it.skipIf(!g.actions)('finds the hand-checked action items (at least 90%)', () => {
        const texts = doc.actionItems.map((a) => norm(a.text.en ?? a.text.zh));
        const found = g.actions!.filter((a) => texts.some((t) => t.includes(norm(a))));
        expect(found.length / g.actions!.length).toBeGreaterThanOrEqual(0.9);
      });
      it.skipIf(!actors[name])('names no wrong actor', () => {
        expect(doc.actionItems.filter((a) => !actors[name]!.includes(a.actor)).map((a) => a.actor)).toEqual([]);
      });
      it.skipIf(!g.principles)('finds the principles (at least 90%)', () => {
        const pool = doc.principles.map((p) => norm((p.name.en ?? p.name.zh ?? '') + (p.statement.en ?? p.statement.zh ?? '')));
        const found = g.principles!.filter((p) => pool.some((x) => x.includes(norm(p))));
        expect(found.length / g.principles!.length).toBeGreaterThanOrEqual(0.9);
      });
      it.skipIf(!g.modality)('finds the norm of every annotated article, with its modality', () => {
        const missing = Object.entries(g.modality!).filter(([n, modality]) => {
          const article = articles.get(Number(n));
          return !article || !doc.actionItems.some((a) => within(article).has(a.sectionId) && a.modality === modality);
        });
        expect(missing).toEqual([]);
      });
      it.skipIf(!addressees[name])('names the addressee of the norms checked by hand', () => {
        for (const [n, [modality, actor]] of Object.entries(addressees[name]!)) {
          const article = articles.get(Number(n))!;
          expect(doc.actionItems.filter((a) => within(article).has(a.sectionId) && a.modality === modality).map((a) => a.actor)).toContain(actor);
        }
      });
      it.skipIf(!g.references)('resolves every reference of the annotated articles', () => {
        const numberOf = new Map([...articles].map(([n, s]) => [s.id, n]));
        for (const [n, want] of Object.entries(g.references!)) {
          const got = new Set<number>();
          for (const s of walk([articles.get(Number(n))!])) {
            for (const p of s.paragraphs) {
              for (const r of p.references ?? []) for (const [id, num] of numberOf) if (r.target === id || r.target?.startsWith(`${id}__`)) got.add(num);
            }
          }
          expect([...got].filter((x) => want.includes(x)).sort(), `article ${n}`).toEqual([...want].sort());
        }
      });
      it.skipIf(!g.definitions)('finds every definition', () => {
        const terms = (doc.definitions ?? []).map((d) => norm(d.term.en ?? d.term.zh));
        expect(g.definitions!.filter((t) => !terms.includes(norm(t)))).toEqual([]);
      });
      it.skipIf(!g.meta)('reads the import metadata: title, year, kind', () => {
        expect(norm([meta.title.en, meta.title.zh].join(' '))).toContain(norm(g.meta!.title ?? ''));
        if (g.meta!.year) expect(meta.date?.value.slice(0, 4)).toBe(g.meta!.year);
        if (g.meta!.kind) expect(meta.kind).toBe(g.meta!.kind);
      });
    });
  }
});
