/**
 * Measure the site search against Pagefind on the same queries, in Chromium (issue 22): an 8-character piece of
 * every tenth long Chinese paragraph and six words of every tenth long English one. Pagefind is not a
 * dependency: build the site, copy it, index the copy with `npx pagefind --site <copy>`, then
 *
 *   node scripts/compare-search.mjs <copy>
 */
/* global fetch */
// Measure Pagefind and MiniSearch on the same Chinese and English queries, in Chromium.
import { chromium } from 'playwright-core';
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join, extname } from 'node:path';
const root = process.argv[2];
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.wasm': 'application/wasm' };
const server = http
  .createServer(async (req, res) => {
    try {
      const p = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      const body = await readFile(join(root, p));
      res.writeHead(200, { 'content-type': types[extname(p)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end();
    }
  })
  .listen(0);
const port = server.address().port;
// Queries: an 8-character piece of every tenth long Chinese paragraph; 6 words of every tenth long English one.
const manifest = JSON.parse(readFileSync('generated/data/index.json', 'utf8'));
const zh = [],
  en = [];
for (const d of manifest.documents) {
  const doc = JSON.parse(readFileSync(`generated/data/documents/${d.id}.json`, 'utf8'));
  const walk = (ss) => {
    for (const s of ss) {
      if (s.kind !== 'front-matter' && s.kind !== 'back-matter')
        for (const p of s.paragraphs) {
          if (/^\p{Script=Han}{16}/u.test(p.text.zh ?? '')) zh.push([d.id, p.id, p.text.zh.slice(4, 12)]);
          if ((p.text.en ?? '').split(' ').length > 12) en.push([d.id, p.id, p.text.en.split(' ').slice(2, 8).join(' ')]);
        }
      walk(s.children);
    }
  };
  walk(doc.sections);
}
const sample = (a) => a.filter((_, i) => i % 10 === 0);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
await page.goto(`http://localhost:${port}/index.html`);
for (const [name, queries] of [
  ['zh', sample(zh)],
  ['en', sample(en)],
]) {
  const r = await page.evaluate(async (queries) => {
    const inBrowser = (path) => import(path); // served by the page's server, not resolvable here
    const pf = await inBrowser('/pagefind/pagefind.js');
    await pf.init();
    const { default: MiniSearch } = await inBrowser('/assets/minisearch.js');
    const out = { pfPage: 0, pfAnchor: 0, msPara: 0, msDoc: 0, pfMs: 0, msMs: 0, n: queries.length };
    const data = await (await fetch('/search-index.json')).text();
    const t0 = performance.now();
    const tokenize = (text) => {
      const t = [];
      for (const m of text.toLowerCase().matchAll(/[\p{Script=Han}]+|[\p{L}\p{N}]+/gu)) {
        const run = m[0];
        if (!/\p{Script=Han}/u.test(run)) {
          t.push(run);
          continue;
        }
        if (run.length === 1) t.push(run);
        for (let i = 0; i + 1 < run.length; i++) t.push(run.slice(i, i + 2));
      }
      return t;
    };
    const ms = MiniSearch.loadJSON(data, { fields: ['text'], storeFields: ['document', 'kind', 'excerpt'], tokenize, processTerm: (x) => x });
    out.msLoadMs = performance.now() - t0;
    for (const [doc, para, q] of queries) {
      let t = performance.now();
      const res = await pf.search(q);
      const top = await Promise.all(res.results.slice(0, 10).map((x) => x.data()));
      out.pfMs += performance.now() - t;
      if (top.some((d) => d.url.includes(`/documents/${doc}.html`))) out.pfPage++;
      if (top.some((d) => d.sub_results?.some((s) => s.url.includes(para)))) out.pfAnchor++;
      t = performance.now();
      const hits = ms.search(q, { combineWith: 'AND' });
      out.msMs += performance.now() - t;
      if (hits.slice(0, 50).some((h) => h.id === para)) out.msPara++;
      if (hits.slice(0, 10).some((h) => h.document === doc)) out.msDoc++;
    }
    return out;
  }, queries);
  console.log(name, JSON.stringify(r));
}
await browser.close();
server.close();
