/**
 * Definitions: terms a document defines. Declared forms:
 * - Chinese `X，是指…` / `本法所称X，是指…` / `X是指…` (also as an enumerated
 *   item after `下列用语的含义：`), `X是…的信息` (a short term defined as a
 *   kind of information, data, activity …), and `X（，）包括…` in a section
 *   that defines terms with 是指 or 含义 or has defined one before;
 * - English `"X" (or "Y") means/includes/has the meaning …`;
 * - English `"X" means …`, `The term "X" means/includes …`, `X means …` as an
 *   item of a list introduced by `For the purposes of this …:` or `For
 *   purposes of this order:`, or in a section titled `Definitions`;
 * - Chinese `“X”是指…` (a quoted term).
 */
import { sectionsOf, numberItems, type Locator } from './walk.js';
import type { Definition, Document, Section } from './types.js';
import { cjkNumeralOrDigit } from '../text/numerals.js';

// `a.` with no space before a quoted term (`a."personal data" means`) is a marker too (Convention 108 as scraped).
// A decimal label (`1.2 `, `1.0.1 `) numbers a definition as a numbered item does.
const itemMarker = String.raw`(?:[（(]${cjkNumeralOrDigit}+[）)]|[a-z]\)|[a-z]\.(?=\s*["“'‘\x60])|\([a-z]{1,3}\)|\d+(?:\.\d+)+\.?(?=\s)|\d+[.．、])?\s*`;

/** The definition forms, tried in order; group `term` and group `meaning`. */
export const definitionForms: ReadonlyArray<{ name: string; lang: 'en' | 'zh'; pattern: RegExp; needsContext?: boolean }> = [
  {
    name: 'zh-shizhi',
    lang: 'zh',
    pattern: new RegExp(
      `^${itemMarker}(?:(?:本(?:法|规定|規定|办法|辦法|条例|條例|细则|細則|标准|標準|条|條|章)|前(?:款|条|條|两款|兩款|三款))(?:中)?所[称稱](?:的|之)?)?(?<term>[^，。；：、“”]{1,30}?)(?:，|,)?(?:是指|系指|係指|指的是)(?<meaning>.+)$`,
      'u',
    ),
  },
  // `（一）示例资料：指…`: a term and a colon before 指 (not 指导, 指定 … : a colon before a duty).
  {
    name: 'zh-colon-zhi',
    lang: 'zh',
    pattern: new RegExp(`^${itemMarker}(?<term>[^，。；：:、“”]{1,20})[：:]\\s*指(?![导導引定出示挥揮明派标標南令控])(?<meaning>.+)$`, 'u'),
  },
  // `“软件”是指…`: the term in quotation marks, as licences and contracts print it.
  {
    name: 'zh-quoted-shizhi',
    lang: 'zh',
    pattern: new RegExp(`^${itemMarker}“(?<term>[^“”，。；：]{1,30})”\\s*(?:，|,)?\\s*(?:是指|系指|指的是)(?<meaning>.+)$`, 'u'),
  },
  {
    name: 'zh-shi',
    lang: 'zh',
    pattern: new RegExp(
      `^${itemMarker}(?<term>[^，。；：、“”是]{2,12})是(?!指)(?<meaning>[^。]*的[^，。；的]{0,8}(?:信息|数据|活动|行为|技术|服务|组织|个人|主体|系统|内容|产品|设施|网络)(?:[，；].*)?)$`,
      'u',
    ),
  },
  { name: 'zh-baokuo', lang: 'zh', pattern: new RegExp(`^${itemMarker}(?<term>[^，。；：、“”]{1,20})，?包括(?<meaning>.+)$`, 'u'), needsContext: true },
  {
    name: 'en-quoted-means',
    lang: 'en',
    pattern: new RegExp(
      `^${itemMarker}(?:the term\\s+)?(?:\`\`|["“'‘])(?<term>[^"”'’]{1,80})(?:["”'’]{1,2})(?:\\s+or\\s+["“][^"”]{1,40}["”]|\\s+\\(or\\s+["“][^"”]{1,40}["”]\\))?(?:\\s+throughout\\s+this\\s+\\p{L}+)?(?:,\\s*[^,"“”]{1,60},)?\\s+(?:means?|includes|refers to|shall mean|has the meaning)\\b:?\\s*(?<meaning>.+)$`,
      'iu',
    ),
  },
  // `Contributor means the person who …`: a bare term, in a section that defines terms (its title says so, or
  // `For the purposes of this …`). The term is one to five words from a capital; a pronoun or determiner opens a
  // sentence about something else (`It means that …`, `This means …`).
  {
    name: 'en-bare-means',
    lang: 'en',
    pattern:
      /^(?:[a-z]\)|\([a-z]{1,3}\)|\d+(?:\.\d+)*[.)]?)?\s*(?!(?:It|This|That|These|Those|Such|Each|Any|Which|What|He|She|They|We|You|There|Here|The)\b)(?<term>\p{Lu}[\p{L}\p{N}’'-]*(?:\s+[\p{L}\p{N}’'-]+){0,4}?)\s+(?:means|refers to|shall mean)\b:?\s*(?<meaning>.+)$/u,
    needsContext: true,
  },
];

/** The title of a section that defines terms (`Definitions`, `0. Definition`, `Interpretation`, `定义`, `用语含义`). */
const definingTitle = /^(?:definitions?|interpretation|definitions and interpretation|定义|释义|用语含义|术语和定义)$/iu;

const definesTerms = /用语的含义|是指|For (?:the )?purposes? of this (?:Convention|order|Protocol|Agreement|Act|section|article)/iu;

/** The term and meaning a text defines, if any. */
export function readDefinition(text: string, lang: 'en' | 'zh', inDefiningContext: boolean): { term: string; meaning: string; termAt: number } | undefined {
  for (const form of definitionForms) {
    if (form.lang !== lang || (form.needsContext && !inDefiningContext)) continue;
    const m = form.pattern.exec(text);
    if (!m?.groups) continue;
    const term = m.groups['term']!.trim();
    // A term has words: `(a) 是指…` defines nothing.
    if (!/[\p{L}\p{N}]/u.test(term)) continue;
    if (lang === 'zh' && /[应應得将將可]|本法|[国國]家/u.test(term)) continue;
    // A meaning cut after a comma (`means, as determined by …, classes of …`) starts at its words; one that
    // announces a list (`"service provider" means:`) stays as printed, its items follow it.
    const raw = m.groups['meaning']!.trim();
    const meaning = /[\p{L}\p{N}]/u.test(raw) ? raw.replace(/^[,，;；\s]+/u, '') : raw;
    return { term, meaning, termAt: text.indexOf(term) };
  }
  return undefined;
}

function definingContext(section: Section): boolean {
  const title = section.title?.en ?? section.title?.zh;
  // The title as printed starts with its label (`0. Definition`, `第一章 定义`).
  const words = title !== undefined && section.label !== undefined && title.startsWith(section.label) ? title.slice(section.label.length).replace(/^[\s.．、:：)）-]+/u, '') : title;
  if (words !== undefined && definingTitle.test(words.trim())) return true;
  return section.paragraphs.some((p) => definesTerms.test(p.text.zh ?? p.text.en ?? ''));
}

/** The definitions of a document, in source order. */
export function extractDefinitions(doc: Document, locator: Locator): Definition[] {
  const drafts: Array<Omit<Definition, 'id'>> = [];
  for (const { section } of sectionsOf(doc.sections)) {
    if (section.kind === 'front-matter' || section.kind === 'back-matter' || section.kind === 'contents') continue;
    let context = definingContext(section);
    for (const paragraph of section.paragraphs) {
      for (const text of locator.languages(paragraph)) {
        // A Chinese paragraph may define several terms, one per sentence (`数据，是指…。数据处理，包括…。`); an English one
        // is read whole, or from a later sentence opening with a quoted term (`14) Definition of "You". "You" throughout
        // this Licence … means …`, under a run-in title).
        const whole = { start: 0, end: text.folded.text.length, text: text.folded.text };
        const later = text.lang === 'en' ? text.sentences.slice(1).find((s) => /^["“]/u.test(s.text)) : undefined;
        const units = text.lang === 'zh' ? text.sentences : [whole, ...(later ? [{ start: later.start, end: whole.end, text: whole.text.slice(later.start) }] : [])];
        for (const unit of units) {
          const found = readDefinition(unit.text, text.lang, context);
          if (!found) continue;
          // A section that defines one term may define the next by inclusion (`个人信息的处理包括…`).
          context = true;
          drafts.push({
            sectionId: section.id,
            paragraphId: paragraph.id,
            term: { [text.lang]: found.term },
            definition: { [text.lang]: found.meaning },
            span: locator.span(text.folded, unit.start, unit.start + unit.text.length),
          });
          // An English paragraph defines one term: read whole, or else from its later sentence.
          if (text.lang === 'en') break;
        }
      }
    }
  }
  return numberItems<Definition>(drafts, (d) => d.paragraphId, 'def');
}
