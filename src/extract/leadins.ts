/**
 * Lead-ins: a sentence ending with a colon that says who will act and how
 * (`…we … commit to:`, `we call on all states to:`, `倡议各国政府：`,
 * `为此，我们同意…：`, `Governments should:`). The items it introduces (a
 * list, or the sections that follow it) are action items carrying its actor
 * and modality. The verbs are a declared table, each entry tested.
 */
import { enSubject, zhSubject } from './modality.js';
import { zhAddresseeOf } from './norms.js';
import type { Lang, Modality } from './types.js';

export const leadInVerbs: ReadonlyArray<{ lang: Lang; pattern: RegExp; modality: Modality }> = [
  {
    lang: 'en',
    pattern:
      /\b(?:commit(?:s|ted)? (?:ourselves |themselves )?to|pledges? to|undertakes? to|resolves? to|intends? to|will|are (?:determined|resolved) to|affirm (?:our|their) (?:willingness|commitment|intention) to|decided? to|agree(?:s|d)? (?:to|on|that))\b/giu,
    modality: 'commitment',
  },
  { lang: 'en', pattern: /\b(?:call(?:s|ed)? (?:on|upon)|urges?|invites?|encourages?|proposes?|recommends?)\b/giu, modality: 'proposal' },
  { lang: 'en', pattern: /\b(?:should|must|need to)\b/giu, modality: 'recommendation' },
  { lang: 'zh', pattern: /同意|承诺|决定|致力于|将/gu, modality: 'commitment' },
  { lang: 'zh', pattern: /倡议|呼吁|建议|鼓励|主张/gu, modality: 'proposal' },
  { lang: 'zh', pattern: /应当|应该|应|要/gu, modality: 'recommendation' },
];

export interface LeadIn {
  actor: string;
  modality: Modality;
}

/** The lead-in a sentence makes, if it ends with a colon and names how its items are meant. */
export function readLeadIn(sentence: string, lang: Lang): LeadIn | undefined {
  const text = sentence.trim();
  if (!/[:：]$/u.test(text)) return undefined;
  // Items announced as principles are principles, not actions (principles.ts).
  if (/\bprinciples?\s*[:：]$|原则[:：]$/iu.test(text)) return undefined;
  let best: { index: number; modality: Modality } | undefined;
  for (const verb of leadInVerbs) {
    if (verb.lang !== lang) continue;
    const m = new RegExp(verb.pattern.source, verb.pattern.flags).exec(text);
    if (m && (!best || m.index < best.index)) best = { index: m.index, modality: verb.modality };
  }
  if (!best) return undefined;
  const subject = lang === 'en' ? enSubject(text, best.index) : (zhSubject(text, best.index) ?? zhAddresseeOf(text, best.index));
  const pronoun = lang === 'en' ? /\b(we|they)\b/iu.exec(text.slice(0, best.index))?.[1] : /(我们|各方|双方)/u.exec(text.slice(0, best.index))?.[1];
  const actor = subject ?? (pronoun ? (lang === 'en' ? pronoun.toLowerCase() : pronoun) : undefined);
  return { actor: actor ?? 'unspecified', modality: best.modality };
}
