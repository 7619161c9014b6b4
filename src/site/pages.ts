/**
 * The pages of the browse site, as hast trees (hastscript) serialised by
 * hast-util-to-html: the home page (catalogue, filters, search, concepts), a
 * page per document, a page per concept and a review page per document. Every
 * paragraph and item carries an anchor equal to its dataset id, so a citation
 * can link to `documents/<document>.html#<id>`. Reading needs no JavaScript.
 */
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { ElementContent } from 'hast';
import type { ActionItem, Claim, Document, LocalizedText, Manifest, Paragraph, Section, Span } from '../../generated/types/index.js';
import { walkNodes } from '../text/tree.js';

type Entry = Manifest['documents'][number];
type Child = ElementContent | string;

/** Concepts by year as `concepts.json` has them. */
export interface ConceptsByYear {
  [key: string]: { label: LocalizedText; documents: Array<{ id: string; year: number; principles: string[]; actionItems: string[]; claims: string[] }> };
}

const norms = new Set(['obligation', 'prohibition', 'permission']);
const nameOf = (t: LocalizedText | undefined): string => t?.en ?? t?.zh ?? '';
const excerpt = (text: string, n = 110): string => (text.length > n ? `${text.slice(0, n - 1)}…` : text);
const textOf = (t: LocalizedText): string => t.en ?? t.zh ?? '';
const spanOf = (item: { span?: Span; spans?: { en: Span; zh: Span } }): Span | undefined => item.span ?? item.spans?.zh ?? item.spans?.en;

/** Both languages of a text, each in an element with its `lang`. */
function localized(t: LocalizedText | undefined, tag = 'span'): Child[] {
  if (!t) return [];
  const parts: Child[] = [];
  if (t.zh !== undefined) parts.push(h(tag, { lang: 'zh' }, t.zh));
  if (t.zh !== undefined && t.en !== undefined) parts.push(' ');
  if (t.en !== undefined) parts.push(h(tag, { lang: 'en' }, t.en));
  return parts;
}

/** A whole HTML page: language, title, style sheet, skip link, header, main, footer. */
function page(title: string, depth: number, main: Child[], script = false, lang = 'en'): string {
  const up = '../'.repeat(depth);
  const tree = h(null, [
    { type: 'doctype' },
    h('html', { lang }, [
      h('head', [
        h('meta', { charset: 'utf-8' }),
        h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
        h('title', title),
        h('link', { rel: 'icon', href: 'data:,' }),
        h('link', { rel: 'stylesheet', href: `${up}assets/site.css` }),
        ...(script ? [h('script', { type: 'module', src: `${up}assets/site.js` })] : []),
      ]),
      h('body', [
        h('a', { class: 'skip', href: '#main' }, 'Skip to content'),
        h('header', [h('nav', { 'aria-label': 'Site' }, [h('a', { href: `${up}index.html` }, 'cyberspace-policy-data'), ' · ', h('a', { href: `${up}index.html#concepts` }, 'Concepts')])]),
        h('main', { id: 'main' }, main),
        h('footer', [h('p', ['Generated from the dataset by ', h('code', 'npm run site'), '. Texts are the sources’ own; nothing is machine-translated here.'])]),
      ]),
    ]),
  ]);
  return `${toHtml(tree, { allowDangerousHtml: true })}\n`;
}

/** The home page: the catalogue with its filters, the search, the concepts. */
export function homePage(manifest: Manifest, concepts: ConceptsByYear): string {
  const entries = manifest.documents;
  const kinds = [...new Set(entries.map((d) => d.kind))].sort();
  const years = [...new Set(entries.map((d) => d.date.value.slice(0, 4)))].sort();
  const issuer = (d: Entry) => d.issuer.map((i) => [i.en, i.zh].filter(Boolean).join(' / ')).join('; ');
  const row = (d: Entry) =>
    h('tr', { 'data-kind': d.kind, 'data-year': d.date.value.slice(0, 4), 'data-languages': d.languages.join(' '), 'data-issuer': issuer(d).toLowerCase() }, [
      h('td', [h('a', { href: `documents/${d.id}.html` }, localized(d.title)), h('br'), h('code', d.id)]),
      h('td', d.kind),
      h('td', excerpt(issuer(d), 120)),
      h('td', d.date.value),
      h('td', d.languages.join(', ')),
      h('td', { class: 'n' }, String(d.counts.sections)),
      h('td', { class: 'n' }, String(d.counts.norms)),
      h('td', { class: 'n' }, String(d.counts.commitments)),
      h('td', { class: 'n' }, String(d.counts.definitions)),
      h('td', [h('a', { href: `review/${d.id}.html`, 'aria-label': `Review ${d.id}` }, 'review')]),
    ]);
  const select = (id: string, label: string, options: string[]) =>
    h('p', [h('label', { for: id }, label), ' ', h('select', { id, name: id }, [h('option', { value: '' }, 'any'), ...options.map((o) => h('option', { value: o }, o))])]);
  return page(
    'cyberspace-policy-data',
    0,
    [
      h('h1', 'Policy documents on cyberspace governance'),
      h('p', [
        'Every document of the dataset with its section tree, bilingual paragraphs, norms and their addressees, commitments, claims and definitions, each traceable to its source text. ',
        `Version ${manifest.version}.`,
      ]),
      h('section', { 'aria-labelledby': 'search-title' }, [
        h('h2', { id: 'search-title' }, 'Search'),
        h('form', { id: 'search', role: 'search' }, [
          h('label', { for: 'q' }, 'Titles and paragraphs, in Chinese or English'),
          ' ',
          h('input', { id: 'q', name: 'q', type: 'search', autocomplete: 'off' }),
          ' ',
          h('button', { type: 'submit' }, 'Search'),
        ]),
        h('p', { id: 'search-status', 'aria-live': 'polite' }),
        h('ol', { id: 'results' }),
      ]),
      h('section', { 'aria-labelledby': 'catalogue-title' }, [
        h('h2', { id: 'catalogue-title' }, 'Catalogue'),
        h('form', { id: 'filters', class: 'filters' }, [
          select('kind', 'Kind', kinds),
          select('language', 'Language', ['en', 'zh']),
          select('year', 'Year', years),
          h('p', [h('label', { for: 'issuer' }, 'Issuer'), ' ', h('input', { id: 'issuer', name: 'issuer', type: 'text' })]),
        ]),
        h('p', { id: 'count', 'aria-live': 'polite' }, `${entries.length} of ${entries.length} documents`),
        h('table', { id: 'catalogue' }, [
          h('caption', 'Documents of the dataset'),
          h('thead', [
            h(
              'tr',
              ['Title and id', 'Kind', 'Issuer', 'Date', 'Languages', 'Sections', 'Norms', 'Commitments', 'Definitions', 'Review'].map((c) => h('th', { scope: 'col' }, c)),
            ),
          ]),
          h('tbody', entries.map(row)),
        ]),
      ]),
      h('section', { 'aria-labelledby': 'concepts' }, [
        h('h2', { id: 'concepts' }, 'Concepts across documents and years'),
        h(
          'ul',
          Object.entries(concepts)
            .filter(([, c]) => c.documents.length > 0)
            .map(([key, c]) => h('li', [h('a', { href: `concepts/${key}.html` }, nameOf(c.label)), ` — ${c.documents.length} documents`])),
        ),
      ]),
    ],
    true,
  );
}

/** Where an item lies in the source, linked to the review page's line. */
function position(documentId: string, item: { span?: Span; spans?: { en: Span; zh: Span } }, depth: number): Child {
  const span = spanOf(item);
  if (!span) return '';
  return h('a', { class: 'pos', href: `${'../'.repeat(depth)}review/${documentId}.html#L${span.line}` }, `${span.line}:${span.column}`);
}

/** A link to any dataset id: in this document, or in another document's page. */
function idHref(id: string, documentId: string): string {
  const doc = id.split('/')[0]!;
  return doc === documentId ? `#${id}` : `${doc}.html#${id}`;
}

function paragraphElement(doc: Document, p: Paragraph): Child {
  const refs = (p.references ?? []).filter((r) => r.target !== undefined);
  const body: Child[] =
    p.text.en !== undefined && p.text.zh !== undefined
      ? [h('div', { class: 'pair' }, [h('p', { lang: 'zh' }, p.text.zh), h('p', { lang: 'en' }, p.text.en)])]
      : [h('p', { lang: p.text.zh !== undefined ? 'zh' : 'en' }, textOf(p.text))];
  return h('div', { class: p.list ? 'para list' : 'para', id: p.id }, [
    ...body,
    h('p', { class: 'meta' }, [
      position(doc.id, p, 1),
      ...(refs.length > 0 ? [' · references: ', ...refs.flatMap((r, i) => [...(i > 0 ? [', '] : []), h('a', { href: idHref(r.target!, doc.id), class: 'ref' }, r.text)])] : []),
    ]),
  ]);
}

function sectionElement(doc: Document, s: Section): Child {
  const level = Math.min(6, s.level + 1);
  // A title is the heading as printed, numbering included; a section without one shows its label, or its kind.
  const heading = s.title ? localized(s.title) : [s.label ?? s.kind];
  return h('section', { class: `sec ${s.kind}` }, [h(`h${level}`, { id: s.id }, heading), ...s.paragraphs.map((p) => paragraphElement(doc, p)), ...s.children.map((c) => sectionElement(doc, c))]);
}

function outline(sections: readonly Section[]): Child {
  const items = sections.map((s) => h('li', [h('a', { href: `#${s.id}` }, s.title ? nameOf(s.title) : (s.label ?? s.kind)), ...(s.children.length > 0 ? [outline(s.children)] : [])]));
  return h('ul', items);
}

/** Figures of a claim marked in its text. */
function markedClaim(c: Claim): Child[] {
  const text = textOf(c.text);
  const raws = (c.quantities ?? []).map((q) => q.raw).filter((r) => r.length > 0);
  if (raws.length === 0) return [text];
  const out: Child[] = [];
  let rest = text;
  for (const raw of raws) {
    const at = rest.indexOf(raw);
    if (at < 0) continue;
    out.push(rest.slice(0, at), h('mark', raw));
    rest = rest.slice(at + raw.length);
  }
  out.push(rest);
  return out;
}

function sectionName(doc: Document, id: string): string {
  for (const s of walkNodes(doc.sections)) if (s.id === id) return (s.title ? nameOf(s.title) : undefined) || s.label || s.kind;
  return id;
}

function actionTable(doc: Document, items: readonly ActionItem[], caption: string, actorHeader: string): Child {
  return h('table', { class: 'items' }, [
    h('caption', caption),
    h('thead', [
      h(
        'tr',
        ['Modality', actorHeader, 'Where', 'Text', 'Source'].map((c) => h('th', { scope: 'col' }, c)),
      ),
    ]),
    h(
      'tbody',
      items.map((a) =>
        h('tr', { id: a.id }, [
          h('td', a.modality),
          h('td', excerpt(a.actor, 60)),
          h('td', [h('a', { href: `#${a.paragraphId}` }, excerpt(sectionName(doc, a.sectionId), 40))]),
          h('td', { lang: a.text.en !== undefined ? 'en' : 'zh' }, excerpt(textOf(a.text))),
          h('td', [position(doc.id, a, 1)]),
        ]),
      ),
    ),
  ]);
}

/** The page of one document: metadata, outline, the text, its norms, commitments, definitions, principles and claims. */
export function documentPage(doc: Document): string {
  const normItems = doc.actionItems.filter((a) => norms.has(a.modality));
  const otherItems = doc.actionItems.filter((a) => !norms.has(a.modality));
  const meta: Array<[string, Child[]]> = [
    ['Id', [h('code', doc.id)]],
    ['Kind', [doc.kind]],
    ['Issuer', [doc.issuer.map((i) => [i.en, i.zh].filter(Boolean).join(' / ')).join('; ')]],
    ['Date', [`${doc.date.value} (${doc.date.basis})`]],
    ['Languages', [doc.languages.join(', ')]],
    ...(doc.status ? ([['Status', [doc.status.value + (doc.status.since ? ` since ${doc.status.since}` : '')]]] as Array<[string, Child[]]>) : []),
    ...(doc.translation ? ([['Translation', [`${doc.translation.method}${doc.translation.authoritative ? ', authoritative' : ', not authoritative'}`]]] as Array<[string, Child[]]>) : []),
    ['Rights', [`${doc.rights.status}: ${doc.rights.basis}`]],
    ['Origin', [doc.origin.publisher, ...(doc.origin.url ? [' — ', h('a', { href: doc.origin.url }, 'where it was published')] : [])]],
    ['Source', [h('code', doc.source.path), ' — ', h('a', { href: `../review/${doc.id}.html` }, 'review: source beside outline')]],
  ];
  return page(
    `${nameOf(doc.title)} — cyberspace-policy-data`,
    1,
    [
      h('h1', localized(doc.title)),
      h(
        'dl',
        { class: 'meta' },
        meta.flatMap(([k, v]) => [h('dt', k), h('dd', v)]),
      ),
      h('nav', { 'aria-label': 'Outline', class: 'outline' }, [h('h2', 'Outline'), outline(doc.sections)]),
      h('section', { 'aria-labelledby': 'text-title' }, [h('h2', { id: 'text-title' }, 'Text'), ...doc.sections.map((s) => sectionElement(doc, s))]),
      ...(normItems.length > 0
        ? [h('section', { 'aria-labelledby': 'norms-title' }, [h('h2', { id: 'norms-title' }, 'Norms'), actionTable(doc, normItems, 'Norms and whom they bind', 'Addressee')])]
        : []),
      ...(otherItems.length > 0
        ? [
            h('section', { 'aria-labelledby': 'actions-title' }, [
              h('h2', { id: 'actions-title' }, 'Commitments, proposals and recommendations'),
              actionTable(doc, otherItems, 'Action items', 'Actor'),
            ]),
          ]
        : []),
      ...((doc.definitions ?? []).length > 0
        ? [
            h('section', { 'aria-labelledby': 'definitions-title' }, [
              h('h2', { id: 'definitions-title' }, 'Definitions'),
              h(
                'dl',
                { class: 'glossary' },
                (doc.definitions ?? []).flatMap((d) => [h('dt', { id: d.id }, localized(d.term)), h('dd', [...localized(d.definition), ' ', position(doc.id, d, 1)])]),
              ),
            ]),
          ]
        : []),
      ...(doc.principles.length > 0
        ? [
            h('section', { 'aria-labelledby': 'principles-title' }, [
              h('h2', { id: 'principles-title' }, 'Principles'),
              h(
                'ul',
                doc.principles.map((p) => h('li', { id: p.id }, [h('strong', localized(p.name)), ` (${p.concept}) `, ...localized(p.statement), ' ', position(doc.id, p, 1)])),
              ),
            ]),
          ]
        : []),
      ...(doc.claims.length > 0
        ? [
            h('section', { 'aria-labelledby': 'claims-title' }, [
              h('h2', { id: 'claims-title' }, 'Claims'),
              h(
                'ul',
                { class: 'claims' },
                doc.claims.map((c) =>
                  h('li', { id: c.id }, [h('span', { class: 'kind' }, c.kind), ' ', h('span', { lang: c.text.en !== undefined ? 'en' : 'zh' }, markedClaim(c)), ' ', position(doc.id, c, 1)]),
                ),
              ),
            ]),
          ]
        : []),
    ],
    false,
    doc.languages[0] ?? 'en',
  );
}

/** The page of one concept: its timeline and, by year, the documents and items that state it. */
export function conceptPage(key: string, concept: ConceptsByYear[string], titles: ReadonlyMap<string, LocalizedText>, svg: string): string {
  const years = [...new Set(concept.documents.map((d) => d.year))];
  return page(`${nameOf(concept.label)} — cyberspace-policy-data`, 1, [
    h('h1', localized(concept.label)),
    h('p', [`Key `, h('code', key), `: ${concept.documents.length} documents state it.`]),
    h('figure', [{ type: 'raw', value: svg } as unknown as ElementContent, h('figcaption', 'Documents stating the concept, by year of the document')]),
    ...years.map((year) =>
      h('section', { 'aria-labelledby': `y${year}` }, [
        h('h2', { id: `y${year}` }, String(year)),
        h(
          'ul',
          concept.documents
            .filter((d) => d.year === year)
            .map((d) =>
              h('li', [
                h('a', { href: `../documents/${d.id}.html` }, localized(titles.get(d.id))),
                ': ',
                ...[...d.principles, ...d.actionItems, ...d.claims].flatMap((id, i) => [
                  ...(i > 0 ? [' '] : []),
                  h('a', { href: `../documents/${d.id}.html#${id}`, class: 'item' }, id.split('__').pop()!),
                ]),
              ]),
            ),
        ),
      ]),
    ),
  ]);
}

/** The review page: the source text, line by line, beside the outline and the items found, with their places. */
export function reviewPage(doc: Document, source: string): string {
  const lines = source.split(/\r\n|\r|\n/u);
  const entries = [...walkNodes(doc.sections)].map((s) =>
    h('li', { style: `margin-left:${(s.level - 1) * 1}em` }, [
      h('a', { href: `#L${spanOf(s)?.line ?? spanOf(s.paragraphs[0] ?? {})?.line ?? 1}` }, `${s.kind}${s.title ? `: ${nameOf(s.title)}` : s.label ? ` ${s.label}` : ''}`),
      ` (${s.paragraphs.length} paragraphs)`,
    ]),
  );
  const items = [...doc.principles, ...doc.actionItems, ...doc.claims, ...(doc.definitions ?? [])].map((item) => {
    const span = spanOf(item);
    const label = 'modality' in item ? `${item.modality} · ${excerpt(item.actor, 30)}` : 'kind' in item ? item.kind : 'concept' in item ? `principle · ${item.concept}` : 'definition';
    return h('li', [
      span ? h('a', { href: `#L${span.line}` }, `${span.line}:${span.column}`) : '',
      ` ${label} `,
      h('a', { href: `../documents/${doc.id}.html#${item.id}` }, item.id.split('/').pop()!),
    ]);
  });
  return page(`Review ${doc.id} — cyberspace-policy-data`, 1, [
    h('h1', ['Review: ', ...localized(doc.title)]),
    h('p', [h('a', { href: `../documents/${doc.id}.html` }, 'The document page'), ` · ${doc.source.path}, ${doc.source.bytes} bytes, sha256 ${doc.source.sha256.slice(0, 12)}…`]),
    h('div', { class: 'review' }, [
      h('section', { 'aria-labelledby': 'source-title', class: 'source' }, [
        h('h2', { id: 'source-title' }, 'Source (personal contact data redacted)'),
        h(
          'pre',
          { tabindex: '0' },
          lines.flatMap((line, i) => [h('span', { id: `L${i + 1}`, class: 'line' }, [h('span', { class: 'ln', 'aria-hidden': 'true' }, String(i + 1)), line]), '\n']),
        ),
      ]),
      h('section', { 'aria-labelledby': 'found-title', class: 'found' }, [
        h('h2', { id: 'found-title' }, 'Outline recovered'),
        h('ul', entries),
        h('h2', 'Items found'),
        h('ul', { class: 'found-items' }, items),
      ]),
    ]),
  ]);
}
