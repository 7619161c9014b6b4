/**
 * Action items: concrete commitments, recommendations and proposals.
 *
 * General rules, each paragraph taken by the first that applies:
 * 1. Action sections (heading "Plan of Action", "Proposals", "Priorities",
 *    行动计划, 主张, 建议 …, and everything under them): a bilingual paragraph
 *    is one item (both languages); a single-language paragraph gives one item
 *    per sentence with an actor and a modal verb.
 * 2. Enumerated priorities: two or more paragraphs of a section opening with
 *    "Firstly, … Secondly, …" or 一是…二是…: one item per paragraph.
 * 3. Announced lists: list paragraphs right after a sentence that announces
 *    proposals or areas of cooperation and ends with a colon ("the parties
 *    proposed cooperation in 15 areas:"): one item per list paragraph, the
 *    marker left out, modality `proposal`, actor the subject of that sentence
 *    (or of the sentence before it, when the subject is a document).
 * 4. Elsewhere: a sentence in which the document's own voice commits itself
 *    ("we will …", or a name the metadata declares: `voice`, the issuer), or
 *    calls on others to act ("We call on all States to …": a proposal, theirs).
 * 8. Under a resolution's enacting line (`The General Assembly,`), its operative
 *    paragraphs (resolutions.ts).
 * Actors "It"/"它" resolve to the previous actor; a paragraph with no actor of
 * its own in an action section takes the actor of the section's items.
 * Descriptive sentences (statistics, history, "China has …") are never items.
 */
import { conceptsOf } from './concepts.js';
import { enSubject, findModality, isPronoun, voiceOf, type ModalMatch, type Voice } from './modality.js';
import { addresseeOf, readLeadIn, type LeadIn } from './leadins.js';
import { enactingBody, operativeAction } from './resolutions.js';
import { matchSchemes } from '../parse/schemes.js';
import { sectionsOf, numberItems, sentenceStart, type Locator, type ParagraphText } from './walk.js';
import type { ActionItem, ConceptVocabulary, Document, Lang, LocalizedText, Modality, Paragraph, Section, Span } from './types.js';
import { allMatches } from '../text/matches.js';
import { cjkNumeral } from '../text/numerals.js';

/** A marker holding a Chinese numeral (`（一）`, `二、`). */
const cjkMarker = new RegExp(cjkNumeral, 'u');

/**
 * Headings of sections whose items are actions: plans, proposals, priorities, tasks, measures, lines of
 * cooperation (`重点合作方向`, `合作平台和机制`, `重点任务`, `保障措施`). Matched only in documents that are not
 * binding instruments (a law's `措施` are norms, read by norms.ts).
 */
const actionTitle =
  /\b(?:plan of action|action plan|proposals?|propositions?|priorities|recommendations|lines of action|areas of cooperation|key (?:tasks|measures|actions)|strategic tasks)\b|行动计划|主张|建议|倡议|主要方面|合作(?:方向|重点|领域|平台|机制|举措)|重点合作|(?:重点|主要|战略)任务|(?:主要|保障|具体|重点)(?:措施|举措)/iu;
const ordinalLead = new RegExp(
  String.raw`^(?:First(?:ly)?|Second(?:ly)?|Third(?:ly)?|Fourth(?:ly)?|Fifth(?:ly)?|Sixth(?:ly)?|Seventh(?:ly)?|Eighth(?:ly)?|Ninth(?:ly)?|Tenth(?:ly)?|Finally|Lastly),\s|^${cjkNumeral}+是`,
  'u',
);
const announces = /\b(?:propos\w*|recommend\w*|areas|priorities|initiatives|categories|measures)\b|倡议|建议|主张|领域/iu;
const announceVerb = /\b(?:proposed|put forward|launched|released|issued|adopted|initiated|called for|recommended|agreed on)\b/giu;
const documentSubject = /^(?:the|this|that)\s+(?:initiative|document|paper|strategy|plan|declaration|proposal|programme|program|statement|white paper)\b|^it$/iu;
const skipKinds = new Set(['contents', 'front-matter', 'back-matter']);
/** The kind of a list marker: letters, digits, Chinese numerals, bullets (`a)` and `(b)` are one kind). */
function markerFamily(marker: string): string {
  return /[a-z]/u.test(marker) ? 'letter' : /\d/u.test(marker) ? 'digit' : cjkMarker.test(marker) ? 'cjk' : 'bullet';
}

/** Words by which a lead-in announces the document's own agenda: its priorities, tasks, objectives, measures. */
const ownAgenda = /\b(?:priorities|tasks|objectives|goals|measures|directions)\b|任务|重点|目标|措施/iu;

type Draft = Omit<ActionItem, 'id'>;

/** The parties of a joint statement speaking together (`甲乙两国`, `双方`, `各方`, `the two countries`, `the Parties`). */
export function isParties(actor: string): boolean {
  return /^(?:[\p{Script=Han}]{0,6}两国|双方|各方|the two (?:countries|sides|governments|leaders)|both (?:countries|sides)|the (?:Parties|Leaders|Ministers|participants|partners))$/iu.test(actor);
}

/**
 * Whether a section's heading announces actions. A heading that is a whole sentence (`（五）围绕…，搭建…合作平台和机制。`,
 * `3. Members will build new cooperation mechanisms.`) is a run-in measure, not the name of a section of them.
 */
function namesActions(section: Section): boolean {
  return [section.title?.en, section.title?.zh].some((t) => t !== undefined && actionTitle.test(t) && !runInSentence.test(t));
}
/** A heading that is a sentence: it ends in a Chinese full stop, or it is eight or more English words ending in one. */
const runInSentence = /[。！？]$|^(?:\S+\s+){7,}\S+[.!?]$/u;

interface State {
  lastActor: string | undefined;
  lastModality: Modality | undefined;
}

function resolve(match: ModalMatch | undefined, state: State): { actor: string; modality: Modality } | undefined {
  if (!match) return undefined;
  const actor = isPronoun(match.actor) ? state.lastActor : match.actor;
  if (!actor) return undefined;
  state.lastActor = actor;
  state.lastModality = match.modality;
  return { actor, modality: match.modality };
}

/** The first actor and modality of a paragraph, English first. */
function paragraphModality(texts: readonly ParagraphText[], state: State): { actor: string; modality: Modality } | undefined {
  const ordered = [...texts].sort((a, b) => (a.lang === 'en' ? -1 : 1) - (b.lang === 'en' ? -1 : 1));
  for (const t of ordered) {
    for (const sentence of t.sentences) {
      const found = resolve(findModality(sentence.text, t.lang), state);
      if (found) return found;
    }
  }
  return undefined;
}

/** Whether a text has words outside its link addresses and inline code: a word of two letters, or a Han character. */
function hasWords(text: string): boolean {
  return /\p{L}{2}|\p{Script=Han}/u.test(text.replace(/`[^`]*`/gu, ' ').replace(/<[a-z][a-z0-9+.-]*:[^>\s]*>|\]\([^)]*\)|\b(?:https?|ftp|mailto):[^\s)>\]]+|\bwww\.[^\s)>\]]+/giu, ' '));
}

function wholeParagraph(
  section: Section,
  paragraph: Paragraph,
  texts: readonly ParagraphText[],
  locator: Locator,
  vocabulary: ConceptVocabulary,
  found: { actor: string; modality: Modality; items?: RegExp },
  skipMarker: boolean,
): Draft | undefined {
  const text: LocalizedText = {};
  const spans: Partial<Record<Lang, Span>> = {};
  for (const t of texts) {
    let from = 0;
    if (skipMarker && paragraph.list && t.folded.text.startsWith(paragraph.list.marker)) {
      from = paragraph.list.marker.length;
      while (t.folded.text[from] === ' ') from++;
    }
    if (from >= t.folded.text.length) continue;
    text[t.lang] = t.folded.text.slice(from);
    spans[t.lang] = locator.span(t.folded, from, t.folded.text.length);
  }
  if (!text.en && !text.zh) return undefined;
  // An item that is only an address or code (`<https://example.org/news>`, `https://example.org/list`, a channel the
  // lead-in names; `` `example-label` ``, a name it lists) states no act.
  if (!Object.values(text).some(hasWords)) return undefined;
  // A lead-in that says what its items open with (an agenda's `to …`) takes no other paragraph.
  if (found.items && !found.items.test(text.en ?? text.zh ?? '')) return undefined;
  const draft: Draft = { sectionId: section.id, paragraphId: paragraph.id, actor: found.actor, modality: found.modality, text };
  const concepts = conceptsOf(vocabulary, text);
  if (concepts.length > 0) draft.concepts = concepts;
  if (spans.en && spans.zh) draft.spans = { en: spans.en, zh: spans.zh };
  else draft.span = (spans.en ?? spans.zh)!;
  return draft;
}

function sentenceItems(
  section: Section,
  paragraph: Paragraph,
  texts: readonly ParagraphText[],
  locator: Locator,
  vocabulary: ConceptVocabulary,
  state: State,
  /** Whether a sentence's modal verb makes an item: false, true (its actor's), or the actor it is for. */
  accept: (found: ModalMatch, actor: string, sentence: string, lang: Lang) => boolean | string,
  voice: Voice,
): Draft[] {
  const out: Draft[] = [];
  for (const t of texts) {
    for (const sentence of t.sentences) {
      // A lead-in (`We intend to:`) is not an action itself: its items are.
      if (/[:：]$/u.test(sentence.text.trim()) && paragraph.list === undefined && readLeadIn(sentence.text, t.lang)) continue;
      // So is a paragraph's last sentence announcing `以下方面` / `the following` without a colon.
      if (paragraph.list === undefined && sentence === t.sentences.at(-1) && readLeadIn(sentence.text, t.lang, true)) continue;
      const match = findModality(sentence.text, t.lang);
      if (!match) {
        // A sentence naming an actor but no modal verb still sets the context for "It".
        const subject = voice.opening(sentence.text);
        if (subject) state.lastActor = subject;
        continue;
      }
      const actor = isPronoun(match.actor) ? state.lastActor : match.actor;
      if (!actor) continue;
      state.lastActor = actor;
      const accepted = accept(match, actor, sentence.text, t.lang);
      if (accepted === false) continue;
      const from = sentenceStart(paragraph, t, sentence);
      const text: LocalizedText = { [t.lang]: t.folded.text.slice(from, sentence.end) };
      const draft: Draft = {
        sectionId: section.id,
        paragraphId: paragraph.id,
        actor: accepted === true ? actor : accepted,
        modality: match.modality,
        text,
        span: locator.span(t.folded, from, sentence.end),
      };
      const concepts = conceptsOf(vocabulary, text);
      if (concepts.length > 0) draft.concepts = concepts;
      out.push(draft);
    }
  }
  return out;
}

/** The actor of an announcing sentence: its subject, or the subject of the sentence before when that is a document. */
function announcer(sentences: readonly string[]): string | undefined {
  for (let i = sentences.length - 1; i >= 0; i--) {
    const sentence = sentences[i]!;
    for (const m of allMatches(announceVerb, sentence)) {
      const subject = enSubject(sentence, m.index);
      if (subject && !documentSubject.test(subject)) return subject;
    }
    const modal = findModality(sentence, 'en');
    if (modal && !documentSubject.test(modal.actor) && !isPronoun(modal.actor)) return modal.actor;
  }
  return undefined;
}

/** The subject of a sentence, whatever it is ("The initiative consists of …" → "The initiative"). */
function announcedSubject(sentence: string): string | undefined {
  return /^((?:the|this|that)\s+[\p{L}\s-]{1,40}?)\s+(?:consists|includes|contains|covers|comprises|lists|sets out)\b/iu.exec(sentence)?.[1];
}

/** The actor and modality an item states itself: its first sentence's modal verb with a named (not pronoun) subject. */
function ownClause(texts: readonly ParagraphText[]): LeadIn | undefined {
  for (const t of texts) {
    const first = t.sentences[0]?.text.replace(/^(?:——|[-•*·▪]\s*)/u, '');
    const match = first === undefined ? undefined : findModality(first, t.lang);
    if (match && !isPronoun(match.actor) && match.index < 60) return { actor: match.actor, modality: match.modality };
  }
  return undefined;
}

/** A numbered section's heading as an action item: its title without the label, in the section's first paragraph. */
function headingItem(section: Section, locator: Locator, vocabulary: ConceptVocabulary, lead: LeadIn): Draft | undefined {
  const paragraph = section.paragraphs[0];
  const span = section.span;
  const title = section.title?.zh ?? section.title?.en;
  if (!paragraph || !span || !title || section.spans) return undefined;
  const folded = locator.fold(span);
  const at = folded.text.lastIndexOf(title);
  if (at < 0) return undefined;
  // The title as printed may carry the label (`（三）坚决维护…`): the item is the words after it.
  let from = at + (matchSchemes(title)[0]?.length ?? 0);
  while (/[\s、.．]/u.test(folded.text[from] ?? '')) from++;
  const end = at + title.length;
  if (end - from < 4) return undefined;
  const text: LocalizedText = { [section.title?.zh !== undefined ? 'zh' : 'en']: folded.text.slice(from, end) };
  const draft: Draft = { sectionId: section.id, paragraphId: paragraph.id, actor: lead.actor, modality: lead.modality, text, span: locator.span(folded, from, end) };
  const concepts = conceptsOf(vocabulary, text);
  if (concepts.length > 0) draft.concepts = concepts;
  return draft;
}

/** The action items of a document, numbered per paragraph in source order. */
export function extractActions(doc: Document, vocabulary: ConceptVocabulary, locator: Locator, voice: Voice = voiceOf()): ActionItem[] {
  const drafts: Draft[] = [];
  // The subject a declaration opens with (`WE, the Member States of …`, `我们，…`): the subject of its subjectless lead-ins.
  const firstText = sectionsOf(doc.sections)
    .filter(({ section }) => !skipKinds.has(section.kind))
    .flatMap(({ section }) => section.paragraphs)
    .map((p) => p.text.en ?? p.text.zh ?? '')[0];
  const textSubject = firstText === undefined ? undefined : /^(?:\*\*)?(WE|We)\b(?:\*\*)?,/u.test(firstText) ? 'we' : /^我们，/u.test(firstText) ? '我们' : undefined;
  // Lead-ins by the section they were read in: their scope is that section and the sections inside it.
  const leads = new Map<Section, LeadIn>();
  const scopeLead = (section: Section, ancestors: readonly Section[]): LeadIn | undefined =>
    leads.get(section) ??
    [...ancestors]
      .reverse()
      .map((a) => leads.get(a))
      .find((l) => l !== undefined);
  const state: State = { lastActor: undefined, lastModality: undefined };
  // In a strategy, numbered measures under its tasks with no lead-in are the strategy's own: its voice's
  // commitments; in an initiative, what its voice proposes.
  const ownModality = doc.kind === 'strategy' ? ('commitment' as const) : doc.kind === 'initiative' ? ('proposal' as const) : undefined;
  const primary = voice.primary();
  const ownMeasures: LeadIn | undefined = ownModality && primary !== undefined ? { actor: primary, modality: ownModality } : undefined;
  // A carried lead-in keeps the language it was read in: its items are in that language, never in the other half.
  let carried: (LeadIn & { lang: string }) | undefined;
  // The body an enacting line names (`The General Assembly,`), once it is read.
  let enacting: string | undefined;
  let nextCarried: (LeadIn & { lang: string }) | undefined;
  for (const { section, ancestors } of sectionsOf(doc.sections)) {
    if (skipKinds.has(section.kind)) continue;
    const inAction = namesActions(section) || ancestors.some(namesActions);
    const ordinals = section.paragraphs.filter((p) => ordinalLead.test(p.text.en ?? p.text.zh ?? '')).length;
    let announcement: LeadIn | undefined;
    let previousSentences: string[] = [];
    // Rule 6: a lead-in closing the section before carries over the sections after it, up to the other language's
    // half; a paragraph that states its own actor and modal verb is that actor's.
    const firstLang = section.paragraphs.map((p) => locator.languages(p)[0]?.lang).find((l) => l !== undefined);
    if (carried && firstLang !== undefined && firstLang !== carried.lang) carried = undefined;
    if (carried && section.paragraphs.length > 0) {
      for (const paragraph of section.paragraphs) {
        const texts = locator.languages(paragraph);
        const draft = texts.length > 0 ? wholeParagraph(section, paragraph, texts, locator, vocabulary, ownClause(texts) ?? carried, true) : undefined;
        if (draft) drafts.push(draft);
      }
      continue;
    }
    // Rule 5: in a notice, each paragraph under a numbered measure is a directive.
    if (doc.kind === 'notice' && section.label !== undefined && !inAction) {
      for (const paragraph of section.paragraphs) {
        const texts = locator.languages(paragraph);
        if (texts.length === 0) continue;
        const found = paragraphModality(texts, state) ?? { actor: state.lastActor ?? 'unspecified', modality: 'recommendation' as const };
        const draft = wholeParagraph(section, paragraph, texts, locator, vocabulary, found, true);
        if (draft) drafts.push(draft);
      }
      continue;
    }
    // Rule 7: a numbered section inside an action section whose heading is a run-in measure (`（三）坚决维护…共识。`).
    // Without a lead-in, the document's own measures stand in only for a heading that is a whole sentence: a heading
    // that names a group of measures (`（一）加强示例能力`) is not one more measure beside the paragraphs under it.
    const headingTitle = section.title?.zh ?? section.title?.en ?? '';
    const scope = !namesActions(section) && inAction && section.label !== undefined ? (scopeLead(section, ancestors) ?? (runInSentence.test(headingTitle) ? ownMeasures : undefined)) : undefined;
    const headingDraft = scope && headingItem(section, locator, vocabulary, scope);
    if (headingDraft) drafts.push(headingDraft);
    section.paragraphs.forEach((paragraph, index) => {
      const texts = locator.languages(paragraph);
      if (texts.length === 0) return;
      const lead = paragraph.text.en ?? paragraph.text.zh ?? '';
      // Rule 8: the operative paragraphs of a resolution or a decision, under its enacting line (`The General
      // Assembly,`): each one action, of the body or of those it asks to act (resolutions.ts).
      if (enacting === undefined && texts.length === 1 && texts[0]!.lang === 'en') enacting = enactingBody(lead);
      else if (enacting !== undefined && texts.length === 1) {
        const words = lead.slice(paragraph.list && lead.startsWith(paragraph.list.marker) ? paragraph.list.marker.length : 0).trim();
        const found = operativeAction(words, enacting);
        if (found) {
          const draft = wholeParagraph(section, paragraph, texts, locator, vocabulary, found, true);
          if (draft) drafts.push(draft);
          return;
        }
      }
      // Rule 3: list items under an announcing sentence or a lead-in; an item that states its own actor and modal
      // verb (`——Governments should …` after `we suggest the following:`) is that actor's.
      // A numbered item that ends in a colon before items of another kind (`11. The priorities … are as follows:`
      // then `a) …`) is itself a lead-in, not an item.
      const next = section.paragraphs[index + 1]?.list;
      const opensSublist = paragraph.list !== undefined && next !== undefined && markerFamily(next.marker) !== markerFamily(paragraph.list.marker) && /[:：]\s*$/u.test(lead);
      if (paragraph.list && announcement !== undefined && !opensSublist) {
        const draft = wholeParagraph(section, paragraph, texts, locator, vocabulary, ownClause(texts) ?? announcement, true);
        if (draft) drafts.push(draft);
        return;
      }
      if (!paragraph.list || opensSublist) {
        const last = texts.find((t) => t.lang === 'en') ?? texts[0]!;
        const lastSentence = last.sentences.at(-1)?.text ?? '';
        announcement = undefined;
        if (/[:：]$/u.test(lastSentence) && announces.test(lastSentence)) {
          const sentences = last.sentences.map((s) => s.text);
          let actor = announcer(sentences) ?? announcer(previousSentences) ?? announcedSubject(lastSentence);
          if (actor === undefined && last.lang === 'zh') actor = findModality(lastSentence, 'zh')?.actor;
          // A proposal made to someone (`我们倡议各国政府：`) is theirs to carry out.
          actor = addresseeOf(lastSentence, last.lang) ?? actor;
          if (actor !== undefined) announcement = { actor, modality: 'proposal' };
        }
        // Without a colon, a last sentence announcing `the following` / `以下方面` is a lead-in when items follow.
        const itemsFollow = section.paragraphs[index + 1]?.list !== undefined;
        announcement ??= readLeadIn(lastSentence, last.lang, itemsFollow);
        // The document's own agenda (`The main priorities of <voice> in this field are as follows:`), items
        // following: its voice undertakes them.
        if ((!announcement || announcement.actor === 'unspecified') && itemsFollow && /[:：]$/u.test(lastSentence) && ownAgenda.test(lastSentence)) {
          const own = voice.mentioned(lastSentence);
          // In English the items of an agenda are infinitives (`a) to create conditions for …`); anything else is not one.
          if (own) announcement = { actor: own, modality: 'commitment', ...(last.lang === 'en' ? { items: /^to\s/iu } : {}) };
        }
        // A lead-in with no subject of its own (`Hereby decide to:`) in a text that opens with its subject (`WE, the
        // Member States of …, met …`) is that subject's: the whole declaration is one sentence of it.
        if (announcement?.actor === 'unspecified' && textSubject) announcement = { ...announcement, actor: textSubject };
        if (announcement) leads.set(section, announcement);
        // A lead-in that ends its section, with no list after it, introduces the sections that follow.
        if (announcement && index === section.paragraphs.length - 1 && section.children.length === 0 && !inAction) nextCarried = { ...announcement, lang: last.lang };
        previousSentences = last.sentences.map((s) => s.text);
      }
      // Rule 2: enumerated priorities.
      if (ordinals >= 2 && ordinalLead.test(lead)) {
        const found = paragraphModality(texts, state);
        if (found) {
          const draft = wholeParagraph(section, paragraph, texts, locator, vocabulary, found, false);
          if (draft) drafts.push(draft);
          return;
        }
      }
      // Rule 1: action sections.
      if (inAction) {
        if (texts.length > 1) {
          const found = paragraphModality(texts, state) ?? (state.lastActor ? { actor: state.lastActor, modality: state.lastModality ?? 'commitment' } : undefined);
          const draft = found && wholeParagraph(section, paragraph, texts, locator, vocabulary, found, false);
          if (draft) drafts.push(draft);
        } else {
          // A numbered measure (`（一）积极参与…。`) under a lead-in is one item: the actor and modal verb its first
          // sentence states, else the lead-in's. Without a lead-in in scope, sentences with an actor and a modal verb.
          // A numbered paragraph ending in a colon introduces items: it is a lead-in, not a measure.
          const scope = paragraph.list?.ordered && !/[:：]\s*$/u.test(lead) ? (scopeLead(section, ancestors) ?? ownMeasures) : undefined;
          const draft = scope && wholeParagraph(section, paragraph, texts, locator, vocabulary, ownClause(texts) ?? scope, true);
          if (draft) drafts.push(draft);
          else drafts.push(...sentenceItems(section, paragraph, texts, locator, vocabulary, state, () => true, voice));
        }
        return;
      }
      // Rule 4: the document's own commitments elsewhere.
      const own = texts.length > 1 ? texts.filter((t) => t.lang === 'en') : texts;
      // In a joint statement the parties speak together: `甲乙两国`, `双方`, `the two countries` are its own voice.
      const ownVoice = (actor: string) => voice.is(actor) || (doc.kind === 'joint-statement' && isParties(actor));
      // The voice's commitments, and what it calls on others to do (`We call on all States to …`: theirs, a proposal).
      const ownItem = (match: ModalMatch, actor: string, sentence: string, lang: Lang): boolean | string =>
        ownVoice(actor) && (match.modality === 'commitment' || (match.modality === 'proposal' && (addresseeOf(sentence, lang) ?? false)));
      drafts.push(...sentenceItems(section, paragraph, own, locator, vocabulary, state, ownItem, voice));
    });
    if (nextCarried) {
      carried = nextCarried;
      nextCarried = undefined;
    }
  }
  return numberItems<ActionItem>(drafts, (d) => d.paragraphId, 'action');
}
