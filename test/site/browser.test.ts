/**
 * The browse site (issue 22), built from the committed dataset into a
 * temporary folder, served over HTTP and read by headless Chromium (Debian's
 * `chromium`, driven by playwright-core; `.ci/run` installs it). What a reader
 * does: find every document, filter, search in Chinese and in English, read a
 * bilingual pair side by side, land on an item's anchor, follow a reference,
 * see a concept's plot; with no console error and no serious axe violation.
 * The expectations are drawn from the data, so importing a document keeps them
 * true. A failing test leaves a screenshot in test-output/site/.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Document, Manifest } from '../../generated/types/index.js';
import { buildSite, type SiteFiles } from '../../src/site/build.js';
import { root } from '../helpers.js';

const executable = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const present = existsSync(executable);
if (!present && process.env['REQUIRE_BROWSER']) throw new Error(`no browser at ${executable}: install Debian's chromium (apt-get install chromium)`);
if (!present) console.warn(`skipping the browser tests of the site: no browser at ${executable} (apt-get install chromium)`);

const manifest = JSON.parse(readFileSync(join(root, 'generated/data/index.json'), 'utf8')) as Manifest;
const documents = manifest.documents.map((d) => JSON.parse(readFileSync(join(root, `generated/data/documents/${d.id}.json`), 'utf8')) as Document);
const paragraphs = documents.flatMap((doc) => {
  const out: Array<{ doc: Document; p: Document['sections'][number]['paragraphs'][number] }> = [];
  const walk = (sections: Document['sections']) =>
    sections.forEach((s) => (s.kind === 'front-matter' || s.kind === 'back-matter' ? undefined : (s.paragraphs.forEach((p) => out.push({ doc, p })), walk(s.children))));
  walk(doc.sections);
  return out;
});

const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
let out = '';
let files: SiteFiles;
let server: Server;
let base = '';
let browser: Browser;
const errors: string[] = [];

async function open(path: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('console', (m) => (m.type() === 'error' ? errors.push(`${path}: ${m.text()}`) : undefined));
  page.on('pageerror', (e) => errors.push(`${path}: ${e.message}`));
  onTestFailed(async ({ task }) => {
    mkdirSync(join(root, 'test-output/site'), { recursive: true });
    await page.screenshot({ path: join(root, 'test-output/site', `${task.name.replace(/[^a-z0-9]+/giu, '-')}.png`), fullPage: false }).catch(() => undefined);
  });
  await page.goto(`${base}/${path}`);
  return page;
}

/** Serious and critical axe violations of a page. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
  const found = (await page.evaluate(
    async () => (await (window as unknown as { axe: { run: () => Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }> } }).axe.run()).violations,
  )) as Array<{
    id: string;
    impact: string;
    nodes: unknown[];
  }>;
  return found.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length})`);
}

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'cpd-site-'));
  files = buildSite(root, out);
});
afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

describe('the site as files', () => {
  it('has a page per document, each under 300 KB of HTML, with its items’ ids as anchors', () => {
    for (const doc of documents) {
      const size = files.get(`documents/${doc.id}.html`);
      expect(size, doc.id).toBeDefined();
      expect(size!, doc.id).toBeLessThan(300 * 1024);
      const html = readFileSync(join(out, `documents/${doc.id}.html`), 'utf8');
      for (const item of [...doc.actionItems, ...doc.claims, ...doc.principles, ...(doc.definitions ?? [])]) expect(html, item.id).toContain(`id="${item.id}"`);
    }
  });
});

describe.skipIf(!present)('the site in a browser', () => {
  beforeAll(async () => {
    server = createServer((req, res) => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
      const file = join(out, path.endsWith('/') ? `${path}index.html` : path);
      if (!file.startsWith(out) || !existsSync(file)) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
    }).listen(0);
    await new Promise((resolve) => server.once('listening', resolve));
    const address = server.address();
    base = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`;
    browser = await chromium.launch({ executablePath: executable, args: ['--no-sandbox'] });
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it('lists every document on the home page, and a filter narrows the list', async () => {
    const page = await open('index.html');
    const text = await page.locator('#catalogue').textContent();
    for (const doc of documents) expect(text).toContain(doc.id);
    const kind = documents[0]!.kind;
    await page.selectOption('#kind', kind);
    await expect.poll(() => page.locator('#catalogue tbody tr:visible').count()).toBe(documents.filter((d) => d.kind === kind).length);
    await expect.poll(() => page.locator('#count').textContent()).toBe(`${documents.filter((d) => d.kind === kind).length} of ${documents.length} documents`);
    expect(await axeViolations(page)).toEqual([]);
  });

  for (const lang of ['zh', 'en'] as const) {
    it(`finds a paragraph by words of its ${lang === 'zh' ? 'Chinese' : 'English'} text`, async () => {
      // A paragraph with a long enough text in the language; the query is a piece of it.
      const pick = paragraphs.find(({ p }) => p.text[lang] !== undefined && p.text[lang]!.length > 60 && (lang === 'en' || /^\p{Script=Han}{12}/u.test(p.text[lang]!)))!;
      const words = lang === 'zh' ? pick.p.text.zh!.slice(0, 10) : pick.p.text.en!.split(/\s+/u).slice(0, 8).join(' ');
      const page = await open('index.html');
      await page.fill('#q', words);
      await page.click('#search button');
      await expect.poll(() => page.locator('#results').textContent(), { timeout: 15_000 }).toContain(pick.p.id);
      const link = page.locator(`#results a[href$="#${pick.p.id}"]`).first();
      await link.click();
      await expect.poll(() => page.url()).toContain(`${pick.doc.id}.html#${pick.p.id}`);
    });
  }

  it('shows a bilingual pair side by side, and an item’s anchor lands on the item', async () => {
    const pair = paragraphs.find(({ p }) => p.text.en !== undefined && p.text.zh !== undefined)!;
    const page = await open(`documents/${pair.doc.id}.html#${pair.p.id}`);
    const zh = await page.locator(`[id="${pair.p.id}"] [lang="zh"]`).boundingBox();
    const en = await page.locator(`[id="${pair.p.id}"] [lang="en"]`).boundingBox();
    expect(Math.abs(zh!.y - en!.y)).toBeLessThan(4);
    expect(zh!.x + zh!.width).toBeLessThanOrEqual(en!.x);
    const item = pair.doc.actionItems[0] ?? pair.doc.claims[0]!;
    await page.goto(`${base}/documents/${pair.doc.id}.html#${item.id}`);
    const box = await page.locator(`[id="${item.id}"]`).boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(-1);
    expect(box!.y).toBeLessThan(900);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('follows a reference to its target', async () => {
    const withRef = paragraphs.find(({ p }) => (p.references ?? []).some((r) => r.target !== undefined))!;
    const target = withRef.p.references!.find((r) => r.target !== undefined)!.target!;
    const page = await open(`documents/${withRef.doc.id}.html#${withRef.p.id}`);
    await page.locator(`[id="${withRef.p.id}"] a.ref`).first().click();
    await expect.poll(() => page.url()).toContain(`#${target}`);
    const box = await page.locator(`[id="${target}"]`).boundingBox();
    expect(box!.y).toBeLessThan(900);
  });

  it('draws a concept’s timeline, and the review page passes axe', async () => {
    const concept = Object.keys(manifest.concepts).find((key) => files.has(`concepts/${key}.html`))!;
    const page = await open(`concepts/${concept}.html`);
    expect(await page.locator('figure svg').count()).toBe(1);
    expect(await page.locator('figure svg rect').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    const review = await open(`review/${documents[0]!.id}.html`);
    expect(await review.locator('pre .line').count()).toBeGreaterThan(0);
    expect(await axeViolations(review)).toEqual([]);
  });

  it('logs no console error on any page it visited', () => {
    expect(errors).toEqual([]);
  });
});
