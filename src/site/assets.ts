/**
 * The site's style sheet and its one script. The script only enhances: the
 * catalogue's filters hide rows, and the search loads the index and the
 * MiniSearch module on first use. Pages read fully without it.
 */
import { indexFields, tokenize } from './search.js';

export const css = `:root { color-scheme: light; --ink: #1b1b1b; --muted: #555; --line: #d0d0d0; --accent: #1f4e79; }
body { font: 16px/1.55 system-ui, "Noto Sans", "Noto Sans CJK SC", "PingFang SC", sans-serif; color: var(--ink); margin: 0; }
header, main, footer { max-width: 72rem; margin: 0 auto; padding: 0.5rem 1rem; }
header { border-bottom: 1px solid var(--line); }
footer { border-top: 1px solid var(--line); color: var(--muted); font-size: 0.9em; }
a { color: var(--accent); }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 0.5rem; background: #fff; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0; }
caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }
th, td { border-bottom: 1px solid var(--line); padding: 0.3rem 0.4rem; text-align: left; vertical-align: top; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.filters { display: flex; flex-wrap: wrap; gap: 0 1.5rem; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 1.5rem; }
.pair > p { margin: 0.4rem 0; }
.para { margin: 0.3rem 0 0.8rem; }
.para.list { margin-left: 1.5rem; }
.meta { color: var(--muted); font-size: 0.85em; margin: 0; }
.pos { font-size: 0.85em; font-variant-numeric: tabular-nums; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; font-size: 0.95em; color: var(--ink); }
dl.meta dt { font-weight: 600; }
dl.meta dd { margin: 0; }
.outline ul { padding-left: 1.2rem; }
mark { background: #fff1a8; }
.kind { font-size: 0.85em; color: var(--muted); }
:target { outline: 3px solid #e0a800; outline-offset: 2px; }
.review { display: grid; grid-template-columns: 3fr 2fr; gap: 1.5rem; }
.review pre { white-space: pre-wrap; word-break: break-word; font-size: 0.85em; max-height: 80vh; overflow: auto; border: 1px solid var(--line); padding: 0.5rem; }
.ln { display: inline-block; width: 3.5em; color: var(--muted); user-select: none; }
.found { max-height: 85vh; overflow: auto; }
@media (max-width: 50rem) { .pair, .review { grid-template-columns: 1fr; } }
`;

export const js = `// Progressive enhancement: filters for the catalogue, search over titles and paragraphs.
const tokenize = ${tokenize.toString()};

const filters = document.getElementById('filters');
const rows = [...document.querySelectorAll('#catalogue tbody tr')];
const count = document.getElementById('count');
function applyFilters() {
  const kind = document.getElementById('kind').value;
  const language = document.getElementById('language').value;
  const year = document.getElementById('year').value;
  const issuer = document.getElementById('issuer').value.trim().toLowerCase();
  let shown = 0;
  for (const row of rows) {
    const ok = (!kind || row.dataset.kind === kind) && (!year || row.dataset.year === year)
      && (!language || row.dataset.languages.split(' ').includes(language)) && (!issuer || row.dataset.issuer.includes(issuer));
    row.hidden = !ok;
    if (ok) shown++;
  }
  count.textContent = shown + ' of ' + rows.length + ' documents';
}
if (filters) {
  filters.addEventListener('input', applyFilters);
  filters.addEventListener('submit', (event) => event.preventDefault());
}

const form = document.getElementById('search');
let index;
async function search(query) {
  const status = document.getElementById('search-status');
  const list = document.getElementById('results');
  if (!index) {
    status.textContent = 'Loading the index…';
    const [{ default: MiniSearch }, data] = await Promise.all([import('./minisearch.js'), fetch(new URL('../search-index.json', import.meta.url)).then((r) => r.text())]);
    index = MiniSearch.loadJSON(data, { ...${JSON.stringify(indexFields)}, tokenize, processTerm: (t) => t });
  }
  const hits = query.trim() ? index.search(query, { combineWith: 'AND' }).slice(0, 50) : [];
  list.replaceChildren(...hits.map((hit) => {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = 'documents/' + hit.document + '.html' + (hit.kind === 'document' ? '' : '#' + hit.id);
    a.textContent = hit.excerpt;
    li.append(a, ' ', Object.assign(document.createElement('code'), { textContent: hit.id }));
    return li;
  }));
  status.textContent = hits.length + ' results';
}
if (form) form.addEventListener('submit', (event) => { event.preventDefault(); search(document.getElementById('q').value); });
`;
