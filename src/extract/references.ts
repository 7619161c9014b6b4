/**
 * Cross-references: the words of a paragraph that point at another unit of
 * the document (`本法第二十一条`, `第二十七条、第二十八条`, `前款`, `本条第二款`,
 * `前条第一款`, `Article 14`, `paragraph 2 of this article`, `section 4(b) of this order`,
 * `subsection (c) of this section`) or at another instrument (`《…》`,
 * `Executive Order 14028`). Each pattern is a declared entry; a reference
 * inside the document resolves to the section (or paragraph) id it names.
 */
import { chineseNumber } from '../parse/schemes.js';
import { sectionsOf, type Locator } from './walk.js';
import type { Document, Paragraph, Section } from './types.js';
import { allMatches } from '../text/matches.js';
import { cjkNumeralOrDigit } from '../text/numerals.js';

interface Reference {
  text: string;
  target?: string;
  external?: string;
  span: NonNullable<Paragraph['span']>;
}

/** Where a reference points, before resolution. */
type Pointer =
  | { to: 'articles'; numbers: number[]; paragraph?: number }
  | { to: 'previous-paragraph' }
  | { to: 'previous-article'; paragraph?: number }
  | { to: 'this-article-paragraph'; paragraph: number }
  | { to: 'sections'; numbers: number[]; item?: string }
  | { to: 'this-section-item'; item: string }
  | { to: 'external'; name: string };

const N = `${cjkNumeralOrDigit}+`;

/** An article's printed number (`第十二条`, group 1) or a bare number. */
const articleNumber = new RegExp(String.raw`第(${N})[条條]|\d{1,3}`, 'gu');
const numberOf = (s: string) => chineseNumber(s) ?? Number(s);

/** A range `[from, to]` (`第五条至第八条`, `Articles 2 through 5`) as every number in it, the printed ends first. */
function range(numbers: readonly number[]): number[] {
  const [from, to] = numbers;
  if (numbers.length !== 2 || from === undefined || to === undefined || to <= from || to - from > 50) return [...numbers];
  const inner: number[] = [];
  for (let n = from + 1; n < to; n++) inner.push(n);
  return [from, to, ...inner];
}

/** The reference patterns, in the order they are tried at each position. */
export const referencePatterns: ReadonlyArray<{ name: string; pattern: RegExp; read: (m: RegExpExecArray) => Pointer | undefined }> = [
  { name: 'zh-title', pattern: /《([^》]{2,60})》/gu, read: (m) => ({ to: 'external', name: `《${m[1]}》` }) },
  {
    name: 'zh-articles',
    pattern: new RegExp(`(?:本(?:法|条例|條例|规定|規定|办法|辦法|决定|決定|细则|細則))?第(${N})[条條](?:第(${N})款)?((?:[、，和及或至]第${N}[条條])*)`, 'gu'),
    read: (m) => {
      const more = [...(m[3] ?? '').matchAll(new RegExp(`第(${N})[条條]`, 'gu'))].map((x) => numberOf(x[1]!));
      const numbers = [numberOf(m[1]!), ...more];
      return { to: 'articles', numbers: /至/u.test(m[3] ?? '') ? range(numbers) : numbers, ...(m[2] ? { paragraph: numberOf(m[2]) } : {}) };
    },
  },
  { name: 'zh-this-article', pattern: new RegExp(`本[条條]第(${N})款`, 'gu'), read: (m) => ({ to: 'this-article-paragraph', paragraph: numberOf(m[1]!) }) },
  { name: 'zh-previous-article', pattern: new RegExp(`前[条條](?:第(${N})款)?`, 'gu'), read: (m) => ({ to: 'previous-article', ...(m[1] ? { paragraph: numberOf(m[1]) } : {}) }) },
  { name: 'zh-previous', pattern: /前(?:两|二|三)?款/gu, read: () => ({ to: 'previous-paragraph' }) },
  { name: 'en-executive-order', pattern: /\bExecutive Order (\d{5})\b/gu, read: (m) => ({ to: 'external', name: `Executive Order ${m[1]}` }) },
  {
    name: 'en-articles',
    pattern: /\bArticles? (\d{1,3})(?!\d)(?:, paragraph (\d{1,2})(?!\d))?((?:(?:, | and | or | through | to )\d{1,3}(?!\d))*)(?! of the (?!present))/gu,
    read: (m) => {
      const more = [...(m[3] ?? '').matchAll(/\d{1,3}/gu)].map((x) => Number(x[0]));
      const numbers = [Number(m[1]), ...more];
      return { to: 'articles', numbers: /through| to /u.test(m[3] ?? '') ? range(numbers) : numbers, ...(m[2] ? { paragraph: Number(m[2]) } : {}) };
    },
  },
  { name: 'en-paragraph-of-article', pattern: /\bparagraph (\d{1,2}) of this article\b/gu, read: (m) => ({ to: 'this-article-paragraph', paragraph: Number(m[1]) }) },
  {
    name: 'en-section-of-order',
    pattern: /\bsections? (\d{1,3})((?:\([a-z]{1,3}\))*)(?:((?:(?:, | and | or )\d{1,3}(?:\([a-z]{1,3}\))*)*))? of this order\b/gu,
    read: (m) => ({ to: 'sections', numbers: [Number(m[1]), ...[...(m[3] ?? '').matchAll(/\d{1,3}/gu)].map((x) => Number(x[0]))], ...(m[2] ? { item: /\(([a-z]{1,3})\)/u.exec(m[2])![0] } : {}) }),
  },
  { name: 'en-subsection-of-section', pattern: /\bsubsection (\([a-z]{1,2}\))(?:\([ivx]+\))? of this section\b/gu, read: (m) => ({ to: 'this-section-item', item: m[1]! }) },
];

/** The references a text makes, as offsets into it and pointers (longest match first at each position, no overlaps). */
export function findReferences(text: string): Array<{ start: number; end: number; pointer: Pointer }> {
  const found: Array<{ start: number; end: number; pointer: Pointer }> = [];
  for (const { pattern, read } of referencePatterns) {
    for (const m of allMatches(pattern, text)) {
      const pointer = read(m);
      if (!pointer) continue;
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && f.start < end)) continue;
      found.push({ start, end, pointer });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

interface Place {
  article?: Section;
  section: Section;
  paragraph: Paragraph;
}

function itemIn(section: Section | undefined, marker: string): string | undefined {
  return section?.paragraphs.find((p) => p.list?.marker === marker)?.id ?? section?.id;
}

/** Resolve a pointer to ids inside the document. */
function resolve(pointer: Pointer, place: Place, articles: ReadonlyMap<number, Section>, sections: ReadonlyMap<number, Section>): { target?: string; external?: string } {
  switch (pointer.to) {
    case 'external':
      return { external: pointer.name };
    case 'articles': {
      const ids = pointer.numbers.map((n) => articles.get(n)?.id).filter((id): id is string => id !== undefined);
      if (ids.length === 0) return {};
      if (pointer.paragraph !== undefined && ids.length === 1) {
        const para = articles.get(pointer.numbers[0]!)!.paragraphs.filter((p) => !p.list)[pointer.paragraph - 1];
        return { target: para?.id ?? ids[0]! };
      }
      return { target: ids[0]! };
    }
    case 'previous-paragraph': {
      const owner = place.article ?? place.section;
      const plain = owner.paragraphs.filter((p) => !p.list);
      const at = plain.findIndex((p) => p.id === place.paragraph.id);
      return at > 0 ? { target: plain[at - 1]!.id } : { target: owner.id };
    }
    case 'previous-article': {
      const number = place.article?.number;
      const previous = number === undefined ? undefined : articles.get(number - 1);
      if (!previous) return {};
      const para = pointer.paragraph === undefined ? undefined : previous.paragraphs.filter((p) => !p.list)[pointer.paragraph - 1];
      return { target: para?.id ?? previous.id };
    }
    case 'this-article-paragraph': {
      const owner = place.article ?? place.section;
      const para = owner.paragraphs.filter((p) => !p.list)[pointer.paragraph - 1];
      return { target: para?.id ?? owner.id };
    }
    case 'sections': {
      const ids = pointer.numbers.map((n) => sections.get(n)).filter((s): s is Section => s !== undefined);
      if (ids.length === 0) return {};
      return { target: pointer.item ? itemIn(ids[0], pointer.item)! : ids[0]!.id };
    }
    case 'this-section-item':
      return { target: itemIn(place.section, pointer.item)! };
  }
}

/**
 * A reference to several articles (`第二十七条、第二十九条`, `Articles 2 and 5`)
 * becomes one reference per article: the words naming it, or, for an article
 * implied by a range (`Articles 2 through 11`), the words of the range.
 */
export function splitList(text: string, found: { start: number; end: number; pointer: Pointer }): Array<{ start: number; end: number; pointer: Pointer }> {
  const { pointer } = found;
  if (pointer.to !== 'articles' || pointer.numbers.length < 2) return [found];
  const words = text.slice(found.start, found.end);
  const printed = [...words.matchAll(articleNumber)].map((m) => ({
    number: m[1] ? numberOf(m[1]) : Number(m[0]),
    start: found.start + m.index,
    end: found.start + m.index + m[0].length,
  }));
  return pointer.numbers.map((number, i) => {
    const own = printed.find((p) => p.number === number);
    // The first keeps its prefix (`本法第二十七条`, `Articles 2`).
    const start = i === 0 ? found.start : (own?.start ?? found.start);
    const end = own ? own.end : found.end;
    return { start, end, pointer: { to: 'articles' as const, numbers: [number], ...(i === 0 && pointer.paragraph !== undefined ? { paragraph: pointer.paragraph } : {}) } };
  });
}

/** Attach `references` to the paragraphs of a document (in place). */
export function extractReferences(doc: Document, locator: Locator): void {
  const articles = new Map<number, Section>();
  const numbered = new Map<number, Section>();
  for (const { section } of sectionsOf(doc.sections)) {
    if (section.kind === 'article' && section.number !== undefined && !articles.has(section.number)) articles.set(section.number, section);
    if (section.kind === 'section' && section.level === 1 && section.number !== undefined && !numbered.has(section.number)) numbered.set(section.number, section);
  }
  for (const { section, ancestors } of sectionsOf(doc.sections)) {
    if (section.kind === 'front-matter' || section.kind === 'back-matter' || section.kind === 'contents') continue;
    const article = section.kind === 'article' ? section : [...ancestors].reverse().find((a) => a.kind === 'article');
    for (const paragraph of section.paragraphs) {
      const refs: Reference[] = [];
      for (const text of locator.languages(paragraph)) {
        for (const found of findReferences(text.folded.text)) {
          const place = { ...(article ? { article } : {}), section, paragraph };
          for (const part of splitList(text.folded.text, found)) {
            const words = text.folded.text.slice(part.start, part.end);
            const resolved = resolve(part.pointer, place, articles, numbered);
            refs.push({ text: words, ...resolved, span: locator.span(text.folded, part.start, part.end) });
          }
        }
      }
      if (refs.length > 0) (paragraph as Paragraph & { references?: Reference[] }).references = refs;
    }
  }
}
