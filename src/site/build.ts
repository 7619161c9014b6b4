/**
 * `npm run site`: a static browse site of the built dataset (generated/data/),
 * written to `_site/` (git-ignored): nothing in it needs a server.
 *
 * - `index.html`: the catalogue with filters, the search, the concepts;
 * - `documents/<id>.html`: a document; `review/<id>.html`: its source beside
 *   what was recovered; `concepts/<key>.html`: a concept's timeline;
 * - `search-index.json` and `assets/` (style sheet, script, MiniSearch).
 *
 * The review pages show the source text with personal contact data redacted,
 * as everything else the dataset publishes.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Document, LocalizedText, Manifest } from '../../generated/types/index.js';
import { personalNames, redactText } from '../text/redact.js';
import { css, js } from './assets.js';
import { conceptPage, documentPage, homePage, reviewPage, type ConceptsByYear } from './pages.js';
import { timelineSvg } from './plot.js';
import { searchIndex } from './search.js';

/** What a site build wrote: page paths (relative to the site folder) and their sizes in bytes. */
export type SiteFiles = Map<string, number>;

/** Build the site of the dataset under `root` into `out` (emptied first). */
export function buildSite(root: string, out: string): SiteFiles {
  const read = (path: string) => readFileSync(join(root, path), 'utf8');
  const manifest = JSON.parse(read('generated/data/index.json')) as Manifest;
  const concepts = (JSON.parse(read('generated/data/concepts.json')) as { concepts: ConceptsByYear }).concepts;
  const documents = manifest.documents.map((d) => JSON.parse(read(`generated/data/documents/${d.id}.json`)) as Document);
  const files: SiteFiles = new Map();
  rmSync(out, { recursive: true, force: true });
  const write = (path: string, content: string) => {
    const file = join(out, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
    files.set(path, Buffer.byteLength(content));
  };
  write('index.html', homePage(manifest, concepts));
  for (const doc of documents) {
    write(`documents/${doc.id}.html`, documentPage(doc));
    const source = read(doc.source.path);
    write(`review/${doc.id}.html`, reviewPage(doc, redactText(source, personalNames(source))));
  }
  const titles = new Map<string, LocalizedText>(documents.map((d) => [d.id, d.title]));
  for (const [key, concept] of Object.entries(concepts)) {
    if (concept.documents.length === 0) continue;
    const byYear = new Map<number, number>();
    for (const d of concept.documents) byYear.set(d.year, (byYear.get(d.year) ?? 0) + 1);
    const counts = [...byYear].map(([year, n]) => ({ year, documents: n })).sort((a, b) => a.year - b.year);
    write(`concepts/${key}.html`, conceptPage(key, concept, titles, timelineSvg(counts, concept.label.en ?? key)));
  }
  write('search-index.json', searchIndex(documents));
  write('assets/site.css', css);
  write('assets/site.js', js);
  // The ES module build of MiniSearch (self-contained), for the page's dynamic import.
  const minisearch = fileURLToPath(import.meta.resolve('minisearch'));
  write('assets/minisearch.js', readFileSync(minisearch, 'utf8').replace(/\n\/\/# sourceMappingURL=[^\n]*\n?$/u, '\n'));
  return files;
}
