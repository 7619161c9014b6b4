/**
 * Lead-ins: a sentence ending with a colon that says who will act and how
 * (`…we … commit to:`, `we call on all states to:`, `倡议各国政府：`,
 * `为此，我们同意…：`, `Governments should:`). The items it introduces (a
 * list, or the sections that follow it) are action items carrying its actor
 * and modality. The verbs are a declared table, each entry tested.
 */
import { enSubject, zhSubject } from './modality.js';
import { zhAddresseeOf } from './norms.js';
import { isThing } from './things.js';
import type { Lang, Modality } from './types.js';

export const leadInVerbs: ReadonlyArray<{ lang: Lang; pattern: RegExp; modality: Modality }> = [
  {
    lang: 'en',
    pattern:
      /\b(?:commit(?:s|ted)? (?:ourselves |themselves )?to|pledges? to|undertakes? to|resolves? to|intends? to|will|are (?:determined|resolved) to|affirm (?:our|their) (?:willingness|commitment|intention) to|decided? to|agree(?:s|d)? (?:to|on|that))\b/giu,
    modality: 'commitment',
  },
  { lang: 'en', pattern: /\b(?:call(?:s|ed)? (?:on|upon|for)|urges?|invites?|encourages?|proposes?|recommends?|suggests?)\b/giu, modality: 'proposal' },
  { lang: 'en', pattern: /\b(?:should|must|need to)\b/giu, modality: 'recommendation' },
  { lang: 'zh', pattern: /同意|承诺|决定|致力于|将/gu, modality: 'commitment' },
  { lang: 'zh', pattern: /倡议|倡导|呼吁|建议|鼓励|主张/gu, modality: 'proposal' },
  { lang: 'zh', pattern: /应当|應當|应该|應該|[应應]|要/gu, modality: 'recommendation' },
];

export interface LeadIn {
  actor: string;
  modality: Modality;
  /** What each of its items opens with, where the lead-in requires it (an agenda's `to …` infinitives). */
  items?: RegExp;
}

/**
 * Words by which a sentence without a colon announces the items after it (`我们倡导各方在以下方面开展合作`,
 * `we propose cooperation in the following areas.`).
 */
const announcesFollowing = /以下|下列|如下|\bthe following\b|\bas follows\b/iu;

/**
 * The addressee a proposal verb names as its object: `倡议各国政府：` → 各国政府, `倡导各方在…` → 各方,
 * `we call on all states to:` → all states. The items of such a lead-in are theirs to do.
 */
export function addresseeOf(text: string, lang: Lang): string | undefined {
  if (lang === 'zh') {
    const m = /(?:倡议|倡导|呼吁|鼓励)([\p{Script=Han}、]{2,16}?)(?=在|通过|[：:，,]|共同|积极|加强|开展|$)/u.exec(text);
    const object = m?.[1];
    return object && /(?:国|方|政府|社会|组织|企业|机构|各界|地区|伙伴|成员)$/u.test(object) ? object : undefined;
  }
  const m = /\b(?:call(?:s|ed)? (?:on|upon)|urges?|invites?|encourages?)\s+((?:all|each|every|the|other|our)\s+[\p{L}\s,-]{2,60}?|\p{Lu}[\p{L}\s-]{1,40}?)\s+to\b/u.exec(text);
  return m?.[1];
}

/**
 * The lead-in a sentence makes, if it names how the items after it are meant: it ends with a colon, or (with
 * `colonless`) it is the last sentence before the items and announces them (`以下方面`, `the following`).
 */
export function readLeadIn(sentence: string, lang: Lang, colonless = false): LeadIn | undefined {
  const text = sentence.trim();
  if (!/[:：]$/u.test(text) && !(colonless && announcesFollowing.test(text))) return undefined;
  // Items announced as principles are principles, not actions (principles.ts).
  if (/\bprinciples?\s*[:：]$|原则[:：]$/iu.test(text)) return undefined;
  let best: { index: number; modality: Modality } | undefined;
  for (const verb of leadInVerbs) {
    if (verb.lang !== lang) continue;
    const m = new RegExp(verb.pattern.source, verb.pattern.flags).exec(text);
    if (m && (!best || m.index < best.index)) best = { index: m.index, modality: verb.modality };
  }
  if (!best) return undefined;
  // `There are …:` says what exists (`There are three example jobs that should be used:`): its items are things.
  if (lang === 'en' && /^there\s+(?:is|are|was|were)\b/iu.test(text)) return undefined;
  // A modal word inside an embedded question (`We use labels to track which branches a change should land on:`):
  // the lead-in's own verb states no norm, its items no actions.
  if (lang === 'en' && /\b(?:what|how|whether|where|when|why)\b[^,;:]*$|\bwhich\s+\p{Ll}+\s+(?:a|an|the|its|their|each|every)\b[^,;:]*$/iu.test(text.slice(0, best.index))) return undefined;
  // A negated verb (`Participants should not:`, `示例成员不应采取的行为包括：`): its items are what is not to be done, no
  // actions of anyone.
  if (lang === 'en' ? /^(?:should|must|need to|will)\s+(?:not|never)\b/iu.test(text.slice(best.index)) : /[不勿未]$/u.test(text.slice(0, best.index))) return undefined;
  const found = lang === 'en' ? enSubject(text, best.index) : (zhSubject(text, best.index) ?? zhAddresseeOf(text, best.index));
  // A thing names no actor (`The first line should:`): its items are said of no one. A thing or a piece of code
  // commits to nothing (`` `example.sh` will perform the following actions: ``): what it will do is no one's action.
  const thing = lang === 'en' && ((found !== undefined && isThing(found)) || /^\s*`[^`]+`(?:\s+\S+)?\s*$/u.test(text.slice(0, best.index)));
  if (thing && best.modality === 'commitment') return undefined;
  const subject = thing ? 'unspecified' : found;
  const pronoun = lang === 'en' ? /\b(we|they)\b/iu.exec(text.slice(0, best.index))?.[1] : /(我们|各方|双方)/u.exec(text.slice(0, best.index))?.[1];
  const actor = subject ?? (pronoun ? (lang === 'en' ? pronoun.toLowerCase() : pronoun) : undefined);
  // A proposal made to someone (`倡议各国政府：`, `we call on all states to:`) is theirs to carry out.
  const addressee = best.modality === 'proposal' ? addresseeOf(text, lang) : undefined;
  return { actor: addressee ?? actor ?? 'unspecified', modality: best.modality };
}
