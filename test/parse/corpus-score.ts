/**
 * The score.sh figures of the development corpus, in process: coverage of the
 * text's letters, top-level and second-level titles, outermost list items and
 * article numbers of a document, against a text's expected outline.
 */
import type { Document, Section } from '../../generated/types/index.js';
import { chineseNumber } from '../../src/parse/schemes.js';

export interface Gold {
  top?: string[];
  second?: string[];
  articles?: number;
  list_items?: number;
}

const norm = (s: string | undefined) => (s ?? '').toLowerCase().replace(/[^0-9a-z\u4e00-\u9fff]+/gu, '');
const textsOf = (t: { en?: string; zh?: string } | undefined) => [t?.en, t?.zh].filter((x): x is string => x !== undefined);

function walk(sections: readonly Section[], out: Section[] = []): Section[] {
  for (const s of sections) {
    out.push(s);
    walk(s.children, out);
  }
  return out;
}

/** The score.sh figures for one document. */
export function score(source: string, doc: Document, gold: Gold) {
  const secs = walk(doc.sections);
  const body = secs.filter((s) => s.kind !== 'contents');
  const covered = secs.map((s) => norm(textsOf(s.title).join(' ')) + s.paragraphs.map((p) => norm(textsOf(p.text).join(' '))).join('')).join('');
  const want = norm(source);
  const shingles: string[] = [];
  for (let i = 0; i < Math.max(1, want.length - 40); i += 40) shingles.push(want.slice(i, i + 40));
  const coverage = shingles.filter((s) => covered.includes(s)).length / shingles.length;
  const topLevel = Math.min(...body.map((s) => s.level));
  const tops = body.filter((s) => s.level === topLevel).map((s) => norm(textsOf(s.title).join(' ')));
  const all = body.map((s) => norm(textsOf(s.title).join(' ')));
  const found = (list: string[] = [], pool: string[]) => list.filter((t) => pool.some((p) => p.includes(norm(t))));
  const items = secs.reduce((n, s) => n + s.paragraphs.filter((p) => p.list).length, 0);
  const articles = secs.filter((s) => s.kind === 'article').map((s) => s.number ?? chineseNumber(/第(.+?)条/u.exec(s.label ?? '')?.[1] ?? '') ?? -1);
  return { coverage, topMissing: (gold.top ?? []).filter((t) => !found([t], tops).length), secondMissing: (gold.second ?? []).filter((t) => !found([t], all).length), items, articles };
}
