/**
 * Principles: named principles a document sets out as such.
 *
 * Under a section whose heading names principles ("Basic Principles",
 * "principles" in the title, 基本原则/原则), the principles are either its
 * child sections (named by their headings, bilingual where the heading is;
 * id `<principles section id>__principle_<n>`) or, without children, the
 * run-in leads of its paragraphs ("Respect cyber sovereignty."; id
 * `<paragraph id>__principle_1`). `statement` is the first sentence of the
 * principle's first paragraph (after the lead). `concept` is the vocabulary
 * entry whose term best matches the name, else the one the statement (then
 * the whole text) names most.
 */
import { bestConcept, mainConcept } from './concepts.js';
import { sectionsOf, titleWords, type Locator } from './walk.js';
import type { ConceptVocabulary, Document, LanguageSpans, LocalizedText, Paragraph, Principle, Section, Span } from './types.js';
import { cjkNumeralOrDigit } from '../text/numerals.js';

/** A list marker opening a clause (`-`, `——`, `（一）`, `2.`). */
const clauseMarker = new RegExp(String.raw`^(?:[-•*·▪]|——|[（(]?${cjkNumeralOrDigit}{1,3}[）).、．])\s*`, 'u');

const principlesTitle = /\bprinciples\b|基本原则|原则$/iu;
const singlePrinciple = /^(?:the\s+)?principle\s+of\b|^(?!基本)[\p{Script=Han}]{1,4}原则$/iu;

/** Whether a section's heading announces a set of principles. */
function namesPrinciples(section: Section): boolean {
  // An article is a provision of a binding text, whatever its heading says ("Article 23 General principles …").
  if (section.kind === 'article') return false;
  const words = titleWords(section);
  const titles = [words.en, words.zh].filter((t): t is string => t !== undefined);
  return titles.some((t) => principlesTitle.test(t)) && !titles.some((t) => singlePrinciple.test(t.trim()));
}

function statementOf(paragraph: Paragraph | undefined, locator: Locator, skipLead: boolean): LocalizedText {
  const statement: LocalizedText = {};
  if (!paragraph) return statement;
  for (const { lang, sentences } of locator.languages(paragraph)) {
    let i = 0;
    if (skipLead && paragraph.lead && sentences[0] && paragraph.lead.startsWith(sentences[0].text)) i = 1;
    const sentence = sentences[i];
    // A list item's marker (`- `, `•`) is not part of what it states.
    if (sentence) statement[lang] = paragraph.list && i === 0 ? sentence.text.replace(/^(?:[-•*·▪]|\(?[a-z0-9]{1,4}[.)])\s+/u, '') : sentence.text;
  }
  if (!statement.en && !statement.zh) {
    // Not traceable to the source: fall back to the stored text.
    if (paragraph.text.en) statement.en = paragraph.text.en;
    if (paragraph.text.zh) statement.zh = paragraph.text.zh;
  }
  return statement;
}

function conceptOf(vocabulary: ConceptVocabulary, name: LocalizedText, statement: LocalizedText, whole: LocalizedText): string {
  return bestConcept(vocabulary, name) ?? mainConcept(vocabulary, statement) ?? mainConcept(vocabulary, whole) ?? 'unclassified';
}

/** Locate `name` inside the heading at `span`. */
function nameSpan(locator: Locator, span: Span | undefined, name: string | undefined): Span | undefined {
  if (!span || !name) return undefined;
  const folded = locator.fold(span);
  const at = folded.text.lastIndexOf(name);
  return at >= 0 ? locator.span(folded, at, at + name.length) : undefined;
}

/**
 * A principle's name: its heading's title without the numbering (`（一）`, `1.`) and, where the heading runs on
 * into its text (`（一）坚持示例观。示例主席…`), its first sentence, without the closing stop.
 */
function principleName(child: Section): LocalizedText {
  const name: LocalizedText = {};
  const words = titleWords(child);
  for (const lang of ['en', 'zh'] as const) {
    let text = words[lang];
    if (text === undefined) continue;
    const end = text.search(lang === 'zh' ? /[。！？；]/u : /[.!?;](?=\s|$)/u);
    if (end >= 0) text = text.slice(0, end);
    text = text.trim();
    if (text.length > 0) name[lang] = text;
  }
  return Object.keys(name).length > 0 ? name : { ...child.title };
}

/** Whether a section's heading has a title besides its numbering. */
function hasWords(section: Section): boolean {
  return Object.keys(titleWords(section)).length > 0;
}

function fromChildren(section: Section, vocabulary: ConceptVocabulary, locator: Locator): Principle[] {
  // A principle has a name (the child's title) and a statement (its first paragraph).
  // Articles under a "Basic principles" chapter are provisions (norms), not named principles.
  const named = section.children.filter((child) => hasWords(child) && child.paragraphs.length > 0 && child.kind !== 'article');
  return named.map((child, i) => {
    const name = principleName(child);
    const statement = statementOf(child.paragraphs[0], locator, false);
    const whole: LocalizedText = { en: child.paragraphs.map((p) => p.text.en ?? '').join(' '), zh: child.paragraphs.map((p) => p.text.zh ?? '').join('') };
    const principle: Principle = {
      id: `${section.id}__principle_${i + 1}`,
      sectionId: child.id,
      name,
      concept: conceptOf(vocabulary, name, statement, whole),
      statement,
    };
    const spans: Partial<LanguageSpans> = {};
    for (const lang of ['en', 'zh'] as const) {
      const span = nameSpan(locator, child.spans?.[lang] ?? child.span, name[lang]);
      if (span) spans[lang] = span;
    }
    if (spans.en && spans.zh) principle.spans = { en: spans.en, zh: spans.zh };
    else if (spans.en ?? spans.zh) principle.span = (spans.en ?? spans.zh)!;
    return principle;
  });
}

/** Clauses that state a principle by their opening words (`坚持统筹协调`, `Respect for human rights`): a declared list. */
const principleOpeners = /^(?:坚持|遵循|尊重|维护|秉持|倡导|Respect (?:for )?|Upholding |Uphold |Adherence to |Commitment to )/u;

/** Principles stated as clauses opening with a principle's words, in a principles section without leads or children. */
function fromClauses(section: Section, vocabulary: ConceptVocabulary, locator: Locator): Principle[] {
  const out: Principle[] = [];
  for (const paragraph of section.paragraphs) {
    for (const text of locator.languages(paragraph)) {
      let n = 0;
      for (const m of text.folded.text.matchAll(/[^，,；;。.]+/gu)) {
        const clause = m[0].trim();
        let start = m.index + m[0].indexOf(clause);
        // A list item's marker is not part of the principle.
        const marker = clauseMarker.exec(clause)?.[0] ?? '';
        const name = clause.slice(marker.length);
        start += marker.length;
        if (!principleOpeners.test(name) || name.length > 60) continue;
        const localized: LocalizedText = { [text.lang]: name };
        out.push({
          id: `${paragraph.id}__principle_${++n}`,
          sectionId: section.id,
          paragraphId: paragraph.id,
          name: localized,
          concept: conceptOf(vocabulary, localized, localized, paragraph.text),
          statement: localized,
          span: locator.span(text.folded, start, start + name.length),
        });
      }
    }
  }
  return out;
}

function fromLeads(section: Section, vocabulary: ConceptVocabulary, locator: Locator): Principle[] {
  if (!section.paragraphs.some((p) => p.lead && !p.list)) return fromClauses(section, vocabulary, locator);
  const out: Principle[] = [];
  for (const paragraph of section.paragraphs) {
    if (!paragraph.lead || paragraph.list) continue;
    const lead = paragraph.lead.replace(/[.。:：]\s*$/u, '').trim();
    const lang = /\p{Script=Han}/u.test(lead) ? 'zh' : 'en';
    const name: LocalizedText = { [lang]: lead };
    const statement = statementOf(paragraph, locator, true);
    const principle: Principle = {
      id: `${paragraph.id}__principle_1`,
      sectionId: section.id,
      paragraphId: paragraph.id,
      name,
      concept: conceptOf(vocabulary, name, statement, paragraph.text),
      statement,
    };
    const text = locator.languages(paragraph).find((t) => t.lang === lang);
    const at = text?.folded.text.indexOf(lead) ?? -1;
    if (text && at >= 0) principle.span = locator.span(text.folded, at, at + lead.length);
    out.push(principle);
  }
  return out;
}

/** A paragraph that announces the principles that follow it (`…support the following principles:`, `…基本原则：`). */
const announcesPrinciples = /\bprinciples\s*:$|原则[:：]$/iu;

/** The principles a document sets out, in source order. */
export function extractPrinciples(doc: Document, vocabulary: ConceptVocabulary, locator: Locator): Principle[] {
  const out: Principle[] = [];
  for (const { section, ancestors } of sectionsOf(doc.sections)) {
    if (namesPrinciples(section)) {
      out.push(...(section.children.length > 0 ? fromChildren(section, vocabulary, locator) : fromLeads(section, vocabulary, locator)));
      continue;
    }
    // A section ending with a paragraph that announces principles: its following siblings are the principles.
    const last = section.paragraphs.at(-1);
    const lastText = (last?.text.en ?? last?.text.zh ?? '').trim();
    if (section.children.length === 0 && announcesPrinciples.test(lastText)) {
      const siblings = ancestors.length > 0 ? ancestors[ancestors.length - 1]!.children : doc.sections;
      const following = siblings.slice(siblings.indexOf(section) + 1).filter((s) => hasWords(s) && s.kind !== 'back-matter');
      if (following.length > 0) out.push(...fromChildren({ ...section, children: following }, vocabulary, locator));
    }
  }
  return out;
}
