/**
 * Claims: one sentence each, with what makes it checkable.
 *
 * Every sentence of every body paragraph (both languages of a bilingual pair,
 * separately) is classified, first rule wins:
 * - `statistic`: it states a figure (see quantities.ts); `quantities` set.
 * - `event`: it dates something that happened ("In April 2015, the 54th
 *   Annual Meeting … was held", 2017年…发布) with an event verb.
 * - `position`: an actor supports or opposes something ("China firmly
 *   opposes …", "advocates", "believes that", 支持, 反对, 主张); `stance`
 *   `{ actor, polarity, target }`, target the rest of the clause.
 * Other sentences are not claims.
 */
import { extractQuantities } from './quantities.js';
import { enSubject, findModality, isPronoun, voiceOf, zhSubject, type Voice } from './modality.js';
import { readDefinition } from './definitions.js';
import { bindingKinds, findNorm } from './norms.js';
import { headNoun, thingHeads } from './things.js';
import { sectionsOf, numberItems, sentenceStart, type Locator } from './walk.js';
import type { Claim, ClaimKind, Document, Lang, Quantity, Stance } from './types.js';
import { allMatches } from '../text/matches.js';
import { isAllCapitals } from '../text/script.js';
import { monthPattern } from '../text/numerals.js';
import { cjkNumeralOrDigit } from '../text/numerals.js';

const monthName = monthPattern;
const enDate = new RegExp(String.raw`\b(?:(?:${monthName})\s+(?:\d{1,2},?\s+)?\d{4}|(?:in|since|on)\s+\d{4})\b`, 'iu');
const zhDate = /\d{4}\s*年/u;
const enEvent =
  /\b(?:held|hosted|convened|promulgated|adopted|released|issued|launched|signed|submitted|announced|opened|inaugurated|established|set up|took place|founded|enacted|came into (?:force|effect)|took effect|published|passed|put forward|initiated|approved|began|started|marked|agreed)\b/iu;
/** An event verb as a predicate: not before 的, where it qualifies a noun (`2019年发布的《战略》存在不足`, the strategy released in 2019). */
const zhEvent = /(?:举行|召开|举办|颁布|发布|通过|签署|提交|启动|成立|开通|上线|施行|出台|印发|提出|开幕|建成|建立了)(?!的)/u;

const enStance: Array<[RegExp, Stance['polarity']]> = [
  [/\b(?:(?:firmly|fully|resolutely|strongly|always|consistently|also)\s+)*(?:opposes?|rejects?|is against|are against|objects? to|condemns?)\b/giu, 'opposes'],
  [
    /\b(?:(?:firmly|fully|resolutely|strongly|always|consistently|actively|also)\s+)*(?:supports?|advocates?|believes?(?: that)?|maintains? that|holds? that|calls? for|upholds?|stands? for|favou?rs?|welcomes?|respects?|champions?)\b/giu,
    'supports',
  ],
];
const zhStance: Array<[RegExp, Stance['polarity']]> = [
  [/(?:坚决|一贯|始终)?反对/gu, 'opposes'],
  [/(?:坚定|始终|一贯|积极)?(?:支持|主张|倡导|认为|呼吁|坚持)/gu, 'supports'],
];

/**
 * Whether an English stance word in its bare form (`respect`, `support`, `favour`) is a noun here: a verb in that
 * form follows a modal or `to` (`should respect`), or a subject that is plural (`Member States support`), a
 * pronoun (`We support`) or names (`China and Russia oppose`); after anything else it is a noun (`universal respect
 * for human rights`, `the promotion of universal respect`, `their strong support`).
 */
function bareNoun(sentence: string, index: number, word: string, actor: string): boolean {
  const verb = /\p{L}+$/u.exec(word.replace(/\s+(?:that|for|to|against)$/u, ''))?.[0] ?? '';
  // Capitalised inside a sentence it is a word of a name (`Long Term Support`); followed by a verb of its own it is
  // that verb's subject (`Base example support is a key part …`).
  if (index > 0 && /^\p{Lu}/u.test(verb)) return true;
  if (/^\s+(?:is|are|was|were|has|have|had|will|would|can|could|should|must|may|remains?|becomes?)\b/iu.test(sentence.slice(index + word.length))) return true;
  if (/s$/u.test(verb)) return false;
  // Followed by `of` it is a noun (`the example support of major websites`, `respect of the rules`).
  if (/^\s+of\b/iu.test(sentence.slice(index + word.length))) return true;
  const before = sentence.slice(0, index).trimEnd();
  // After a determiner it is a noun (`in any respect`, `with due respect`, `their support`).
  if (/\b(?:a|an|the|any|every|each|no|this|that|these|those|its|their|our|his|her|my|your|due|full|mutual)$/iu.test(before)) return true;
  if (/\b(?:should|must|shall|will|would|can|could|may|might|to|do|did|not)$/iu.test(before)) return false;
  const last = /\S+$/u.exec(actor)?.[0] ?? '';
  // The subject must be right before the word (adverbs aside): after anything else (`…, respect for sovereignty`) the
  // word is a noun of a list, whatever the sentence's subject is.
  const adjacent = before.replace(/(?:\s+(?:also|firmly|fully|resolutely|strongly|always|consistently|actively|jointly|further))+$/iu, '').endsWith(last);
  return !(adjacent && (/^(?:we|they|you|i)$/iu.test(actor) || /^\p{Lu}/u.test(last) || /[^su]s$/u.test(last)));
}

/**
 * A modal word of commitment, ability or permission right before a verb, adverbs aside (`will also`, `shall
 * actively`, `can`); not `will continue to`, which says the actor holds the stance now.
 */
const enCommitted = /\b(?:will|shall|would|can|could|may|might)\s+(?:(?:\p{L}+ly|also|further)\s+)*$/iu;

/** Head nouns of a state of affairs, which calls for or supports nothing as someone does: a declared list. */
const situationHeads = /^(?:situation|circumstances|environment|landscape|context|trend|reality|development|challenges?|threats?|risks?|needs?|demands?|era|age)$/iu;

/** Head nouns of texts, whose authors hold what the text advocates (`The Example Declaration calls for …`). */
const textHeads =
  /^(?:strateg(?:y|ies)|polic(?:y|ies)|documents?|declarations?|statements?|papers?|reports?|plans?|frameworks?|initiatives?|charters?|conventions?|agreements?|resolutions?|laws?|regulations?|orders?|guidelines?|recommendations?|licen[cs]es?|treat(?:y|ies)|protocols?|texts?|articles?|provisions?|sections?)$/iu;

function stanceOf(sentence: string, lang: Lang, lastActor: string | undefined): Stance | undefined {
  let best: (Stance & { index: number }) | undefined;
  for (const [re, polarity] of lang === 'en' ? enStance : zhStance) {
    for (const m of allMatches(re, sentence)) {
      // A stance verb after `will` or `shall` is what the actor commits to do (`We will respect your privacy`): an
      // action item, no position stated (`will continue to support` states one: the actor supports it now); after
      // `can` or `may`, what the actor is able or allowed to do (`Members can object to a change`).
      if (lang === 'en' && enCommitted.test(sentence.slice(Math.max(0, m.index - 60), m.index))) continue;
      let actor = lang === 'en' ? enSubject(sentence, m.index) : zhSubject(sentence, m.index);
      if (lang === 'en' && actor && bareNoun(sentence, m.index, m[0], actor)) continue;
      if (actor && isPronoun(actor)) actor = lastActor;
      // `they`, `you`: whom the pronoun stands for the sentence does not say (`I`, in a speech, is its speaker).
      if (!actor || /^(?:they|you)$/iu.test(actor)) continue;
      // A thing or a state of affairs holds no position (`Example servers support two threads`, `The situation calls
      // for …`: what it needs or can do); a text does, its authors' (`The Example Strategy advocates …`).
      const head = headNoun(actor);
      if (lang === 'en' && ((thingHeads.test(head) && !textHeads.test(head)) || situationHeads.test(head))) continue;
      // The target is the rest of the clause: a semicolon ends it (`… upholds a people-centred approach; and supports …`).
      const target = sentence
        .slice(m.index + m[0].length)
        .split(/[;；]/u)[0]!
        .replace(/^[\s,，:：]+/u, '')
        .replace(/[\s.。!！?？;；]+$/u, '');
      if (target.length === 0) continue;
      // A verb before 的 qualifies a noun (`某国支持的团体`, state-backed groups): it states no stance.
      if (lang === 'zh' && sentence[m.index + m[0].length] === '的') continue;
      if (!best || m.index < best.index) best = { actor, polarity, target, index: m.index };
    }
  }
  if (!best) return undefined;
  return { actor: best.actor, polarity: best.polarity, target: best.target };
}

/** Whether a sentence is a commitment of the document's own voice (`we`, `我们`, or the voice opening the sentence). */
function ownTarget(sentence: string, lang: Lang, voice: string | undefined): boolean {
  const m = findModality(sentence, lang);
  return m?.modality === 'commitment' && (/^(?:we|我们)$/iu.test(m.actor) || (voice !== undefined && m.actor === voice));
}

/** Classify one sentence: its kind and what makes it checkable, or undefined when it is no claim. */
export function classifySentence(sentence: string, lang: Lang, lastActor?: string, binding = false): { kind: ClaimKind; quantities?: Quantity[]; stance?: Stance } | undefined {
  // In a binding text a figure is a threshold, a penalty or a deadline of a norm (`处十万元以上罚款`), never a statistic.
  const quantities = binding ? [] : extractQuantities(sentence, lang);
  // A figure the document's own voice commits to (`We will connect over 1,000 example schools`, `示例方愿提供500个名额`)
  // is a target of a commitment (an action item), not a figure stated as fact.
  if (quantities.length > 0 && !ownTarget(sentence, lang, lastActor)) return { kind: 'statistic', quantities };
  const dated = lang === 'en' ? enDate.test(sentence) : zhDate.test(sentence);
  if (dated && (lang === 'en' ? enEvent : zhEvent).test(sentence)) return { kind: 'event' };
  // A sentence in capitals (a disclaimer: `THE SOFTWARE IS NOT DESIGNED FOR … LIFE SUPPORT MACHINES`) gives no
  // sign of a name by its capitals, and states no one's position.
  if (isAllCapitals(sentence)) return undefined;
  const stance = stanceOf(sentence, lang, lastActor);
  if (stance) return { kind: 'position', stance };
  return undefined;
}

const skipKinds = new Set(['contents', 'front-matter', 'back-matter']);

/** A sentence that is only a number, a label or a date (`第十二条`, `3.`, `2022年11月2日`, `May 12, 2021.`): never a claim. */
const bare = new RegExp(
  String.raw`^(?:[（(]?(?:${cjkNumeralOrDigit}|[IVXLCivxlc])+[)）.、．]?|第${cjkNumeralOrDigit}+[章节條条款節]|\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|(?:${monthName})\s+\d{1,2},?\s+\d{4})[.。]?$`,
  'iu',
);

/**
 * Sentences that state nothing of their own, whatever figures they hold: a
 * declared table, each entry with an example its test reads.
 */
/** A paragraph or sentence that opens with a footnote mark: a footnote, which cites and claims nothing. */
const footnote = /^\s*(?:<sup>\s*\d+\s*<\/sup>|\[\^[^\]]+\]:|[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s)/u;

export const notClaims: ReadonlyArray<{ readonly name: string; readonly pattern: RegExp; readonly example: string }> = [
  {
    name: 'a legal or bibliographic citation',
    pattern:
      /\b\d+\s+(?:U\.N\.T\.S\.|L\.N\.T\.S\.|Stat\.|U\.S\.C\.|U\.S\.|I\.C\.J\.|I\.L\.M\.|Consol\.|F\.\s?\d?d|[A-Z][A-Z.'’]+(?:\s+[A-Z][A-Z.'’]+)+\s+\d+)|\bsupra note\b|\bId\.\s+at\b|\breprinted in\b|\bibid\b|\bet al\.|¶\s*\d|\(\d{4}\)\.?$/u,
    example: 'Convention on the Law of Treaties, May 23, 1969, 1155 U.N.T.S. 331.',
  },
  { name: 'a fragment with hardly a word (`T.S. 299.`, `4 .`)', pattern: /^(?:[^\p{L}]*\p{L}{0,3}){0,3}[^\p{L}]*$/u, example: 'T.S. 299.' },
  { name: 'a footnote', pattern: footnote, example: '<sup>12</sup> See the report of 2015, at 13.' },
  // An instruction to the reader (`Wrap all lines at 72 columns.`, `Please keep …`): what to do, no statement of fact.
  {
    name: 'an instruction (a sentence opening with a verb in the imperative)',
    // The verb's object opens after it (`Use the …`, not `Use of the …`, a noun).
    pattern:
      /^(?:Please\s+\p{Ll}|(?:Wrap|Keep|Use|Add|Make|Set|Check|Run|Change|Include|Avoid|Ensure|Do|Don't|Never|Always|Remember|Consider|Try|Write|Read|Follow|Open|Close|Submit|Send|Contact|Remove|Update|Create|Provide|Describe|Limit|See)\s+(?:the|a|an|all|any|each|every|your|this|that|these|those|it|them|not)\b)/u,
    example: 'Wrap all other example lines at 72 columns.',
  },
  // A table printed as text (`| Tool | Tier |` ⏎ `| --- | --- |`): cells of data, no sentence stating anything.
  { name: 'a table', pattern: /\|\s*:?-{3,}:?\s*\||(?:\|[^|\n]*){3,}\|/u, example: '| Example tool | Tier | | --- | --- | | Example profiler | 1 |' },
];

/** Whether a sentence is a claim candidate: a sentence of the body, not a bare number or date, not a citation or a fragment, not a definition, not a norm of a binding text. */
export function isBodySentence(sentence: string, lang: Lang, binding: boolean): boolean {
  if (bare.test(sentence.trim()) || readDefinition(sentence, lang, false)) return false;
  if (lang === 'en' && notClaims.some((n) => n.pattern.test(sentence))) return false;
  return !(binding && findNorm(sentence, lang) !== undefined);
}

/** The claims of a document, numbered per paragraph in source order. */
export function extractClaims(doc: Document, locator: Locator, voice: Voice = voiceOf()): Claim[] {
  const drafts: Omit<Claim, 'id'>[] = [];
  const binding = bindingKinds.has(doc.kind ?? '');
  for (const { section } of sectionsOf(doc.sections)) {
    if (skipKinds.has(section.kind)) continue;
    for (const paragraph of section.paragraphs) {
      // In a binding text a list item continues its lead-in's norm: it states no claim of its own.
      if (binding && paragraph.list) continue;
      for (const t of locator.languages(paragraph)) {
        // A footnote (a paragraph that opens with its mark) cites; it states no claim of the document.
        if (footnote.test(t.folded.text)) continue;
        let lastActor: string | undefined;
        for (const sentence of t.sentences) {
          const subject = voice.opening(sentence.text);
          if (subject) lastActor = subject;
          const from = sentenceStart(paragraph, t, sentence);
          const text = t.folded.text.slice(from, sentence.end);
          if (text.length === 0 || !isBodySentence(text, t.lang, binding)) continue;
          const found = classifySentence(text, t.lang, lastActor, binding);
          if (!found) continue;
          const claim: Omit<Claim, 'id'> = {
            sectionId: section.id,
            paragraphId: paragraph.id,
            kind: found.kind,
            text: { [t.lang]: text },
            span: locator.span(t.folded, from, sentence.end),
          };
          if (found.quantities) claim.quantities = found.quantities;
          if (found.stance) claim.stance = found.stance;
          drafts.push(claim);
        }
      }
    }
  }
  return numberItems<Claim>(drafts, (d) => d.paragraphId, 'claim');
}
