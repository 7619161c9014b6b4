/**
 * Search over titles and paragraphs in both languages, from static files:
 * a MiniSearch index built here and loaded by the page. Chinese has no spaces,
 * so a run of Han characters is indexed as its overlapping character bigrams
 * (and a single character alone), the way CJK search engines tokenise; English
 * as lower-case words. The page tokenises a query with the same function
 * (shipped as the `tokenize` source below), so index and query always agree,
 * whatever word segmentation the browser has.
 */
import MiniSearch from 'minisearch';
import type { Document, LocalizedText } from '../../generated/types/index.js';
import { walkNodes } from '../text/tree.js';

/** Tokens of a text: lower-case Latin words and digits, Han bigrams. Written so that its source runs in the browser too. */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const m of text.toLowerCase().matchAll(/[\p{Script=Han}]+|[\p{L}\p{N}]+/gu)) {
    const run = m[0];
    if (!/\p{Script=Han}/u.test(run)) {
      tokens.push(run);
      continue;
    }
    if (run.length === 1) tokens.push(run);
    for (let i = 0; i + 1 < run.length; i++) tokens.push(run.slice(i, i + 2));
  }
  return tokens;
}

/** One searchable unit: a document title, a section title or a paragraph, with what a result shows. */
interface Entry {
  id: string;
  document: string;
  kind: 'document' | 'section' | 'paragraph';
  text: string;
  excerpt: string;
}

const both = (t: LocalizedText | undefined): string => [t?.zh, t?.en].filter((x) => x !== undefined).join(' ');
const excerptOf = (text: string): string => (text.length > 160 ? `${text.slice(0, 157)}…` : text);

function entries(documents: readonly Document[]): Entry[] {
  const out: Entry[] = [];
  for (const doc of documents) {
    out.push({ id: doc.id, document: doc.id, kind: 'document', text: both(doc.title), excerpt: excerptOf(both(doc.title)) });
    for (const section of walkNodes(doc.sections)) {
      if (section.title) out.push({ id: section.id, document: doc.id, kind: 'section', text: both(section.title), excerpt: excerptOf(both(section.title)) });
      for (const p of section.paragraphs) out.push({ id: p.id, document: doc.id, kind: 'paragraph', text: both(p.text), excerpt: excerptOf(both(p.text)) });
    }
  }
  return out;
}

/** The MiniSearch options the index is built with; the page passes the same (with `tokenize`). */
/** The fields the index is built on and keeps, shared with the page's script (assets.ts). */
export const indexFields = { fields: ['text'], storeFields: ['document', 'kind', 'excerpt'] };
const searchOptions = { ...indexFields, tokenize, processTerm: (t: string) => t };

/** The serialised index of every document's titles and paragraphs. */
export function searchIndex(documents: readonly Document[]): string {
  const index = new MiniSearch<Entry>(searchOptions);
  index.addAll(entries(documents));
  return JSON.stringify(index);
}

/** Load a serialised index once, as the page does, and search it (for tests and for measuring): ids of the hits, best first. */
export function openIndex(serialised: string): (query: string) => Array<{ id: string; document: string }> {
  const index = MiniSearch.loadJSON<Entry>(serialised, searchOptions);
  return (query) => index.search(query, { combineWith: 'AND' }).map((r) => ({ id: String(r.id), document: String(r['document']) }));
}
