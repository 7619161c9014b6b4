/**
 * detectLeads: a paragraph that opens with a short run-in heading sentence
 * (`Strengthening personal information protection. China continues…`,
 * `Respect cyber sovereignty. The principle…`, `推进“清朗”系列专项行动。聚焦…`)
 * keeps that sentence in `lead` (the text keeps it too).
 *
 * English: the first sentence has at most 12 words, no comma (but after an
 * ordinal opener such as `Firstly,` or in a gerund phrase), no auxiliary verb
 * (`is`, `has`, `will`, …) and does not open with a subject and a present-tense
 * verb (`China upholds …`): a noun phrase, a gerund or an imperative. Chinese: the first sentence
 * has at most 20 characters, no comma and no copula (是). Either way more text
 * must follow.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { foldText } from '../text/fold.js';

const finite = /\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|should|must|may|might|shall|does|do|did)\b/iu;
/** A subject followed by a present-tense verb (`China upholds`, `China actively participates`): a statement, not a lead. */
const statement = /^\p{Lu}\p{Ll}*(?<!ing|ed)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?<!s)s\b/u;
const ordinal = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?:ly)?,\s*/iu;

/** The run-in lead of an English paragraph text, if any. */
function englishLead(text: string): string | undefined {
  const match = /^(.+?[.!?])\s+(?=["“\p{Lu}\p{N}])/u.exec(text);
  if (!match) return undefined;
  const sentence = match[1]!;
  const body = sentence.replace(ordinal, '');
  const words = body.split(/\s+/u).length;
  const gerund = /^\p{Lu}\p{Ll}+ing\b/u.test(body);
  if (words > 12 || (body.includes(',') && !gerund) || finite.test(body) || !/^["“\p{Lu}]/u.test(body)) return undefined;
  if (statement.test(body)) return undefined;
  if (/\b(?:Mr|Ms|Dr|No|U\.S)\.$/u.test(sentence)) return undefined;
  return sentence;
}

/** The run-in lead of a Chinese paragraph text, if any. */
function chineseLead(text: string): string | undefined {
  const match = /^(.+?[。！？])(?=.)/u.exec(text);
  if (!match) return undefined;
  const sentence = match[1]!;
  if (sentence.length > 20 || /[，,；;是]/u.test(sentence)) return undefined;
  return sentence;
}

/** Plugin: set `lead` on body text units. */
export default function detectLeads() {
  return function (_tree: Root, file: VFile): void {
    const source = String(file.value);
    const skip = file.data.skip ?? [];
    for (const unit of file.data.units ?? []) {
      if (unit.type !== 'text' || unit.matter || unit.list) continue;
      if (unit.parts.en && unit.parts.zh) continue;
      const en = unit.parts.en;
      const zh = unit.parts.zh;
      const lead = en ? englishLead(foldText(source, en.start, en.end, skip)) : zh ? chineseLead(foldText(source, zh.start, zh.end, skip)) : undefined;
      if (lead) unit.lead = lead;
    }
  };
}
