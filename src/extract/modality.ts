/**
 * Modality and actor: who commits to, recommends or proposes what.
 *
 * Finds the first modal verb of a sentence whose subject is an actor:
 * `commitment` (will, is committed to, would like to, 将, 致力于, 愿),
 * `recommendation` (should, must, needs to, 应, 应当, 要, 必须),
 * `proposal` (advocates, calls for, proposes, supports, encourages, maintains
 * that, 倡导, 主张, 支持, 呼吁, 建议). The subject is the noun phrase right
 * before the verb, after a leading adverbial clause ("Along with other
 * countries, China will …"); a subject that names no one ("This will …",
 * "Efforts will be made") is not an actor. "It"/"它" is returned as is, for
 * the caller to resolve to the previous actor.
 */
import type { Lang, Modality } from './types.js';
import { allMatches } from '../text/matches.js';
import { cjkNumeralOrDigit } from '../text/numerals.js';
import { isThing } from './things.js';

/** A list marker opening a sentence (`——`, `（一）`, `3.`). */
const leadingMarker = new RegExp(String.raw`^(?:——|[（(]${cjkNumeralOrDigit}+[）)]|\d+[.．、]\s*)`, 'u');

export interface ModalMatch {
  /** The subject as printed ("China", "the international community", "It"). */
  readonly actor: string;
  readonly modality: Modality;
  /** Offset of the verb in the sentence. */
  readonly index: number;
  /** The verb phrase as printed. */
  readonly verb: string;
}

const adverbs = String.raw`(?:(?:also|further|firmly|fully|actively|always|still|consistently|continuously|jointly|hereby|thus|therefore|resolutely|strongly|sincerely|really|will)\s+)*`;
/**
 * An English modal verb pattern: optional words before the adverbs, the
 * adverbs, the verb. `verb` alone (a pattern without the adverb loop, which
 * V8 can scan for quickly) is tested first: most sentences have none.
 */
function enVerb(verb: string, modality: Modality, before = ''): [RegExp, Modality, RegExp] {
  return [new RegExp(String.raw`\b${before}${adverbs}${verb}`, 'giu'), modality, new RegExp(String.raw`\b${verb}`, 'iu')];
}
const enVerbs: Array<[RegExp, Modality, RegExp?]> = [
  enVerb(String.raw`(?:will|shall)\b(?!\s+be\b)`, 'commitment'),
  enVerb(String.raw`(?:committed|dedicated|ready|willing|determined)(?:,[^,]{1,80},)?\s+to\b`, 'commitment', String.raw`(?:is|are|am|remains?|stays?)\s+`),
  enVerb(String.raw`(?:would like to|commits? (?:itself )?to|pledges? to|intends? to|promises? (?:to|that))\b`, 'commitment'),
  enVerb(String.raw`(?:should|must|ought to|needs? to|has to|have to)\b`, 'recommendation'),
  enVerb(String.raw`(?:advocates?|calls? (?:for|on|upon)|propos(?:es|e)|supports?|encourages?|urges?|suggests?|recommends?|champions?|(?:maintains?|holds?|believes?) that|stands? for)\b`, 'proposal'),
];
const zhVerbs: Array<[RegExp, Modality, RegExp?]> = [
  [/(?:将|致力于|愿意|愿|承诺(?![书函]))/gu, 'commitment'],
  [/(?:应当|應當|应该|應該|(?<![相适適响響反供对對效感呼答])[应應](?![对對用急变變])|必[须須]|需要|(?<![重主需必只想纲綱提概摘])要(?![求素点點闻聞])|不得)/gu, 'recommendation'],
  [/(?:倡导|主张|支持|呼吁|建议|提议|倡议)/gu, 'proposal'],
];

const subordinators =
  /^(?:as|while|when|if|although|though|because|since|so|in order|to|with|along|keeping|given|based|guided|building|under|on|in|by|through|after|before|for|at|during|upholding|giving|fully)\b/iu;
const nonActors =
  /^(?:hereby|thus|therefore|accordingly|further|furthermore|moreover|also|jointly|together|this|that|these|those|which|such|there|efforts?|measures?|it is|what|who|cooperation|exchanges?|personnel|e-business|mechanisms?|the (?:tendency|fruits|future|internet|principle|model|vision|outcome|roles?|central|key|goal|construction|development|platforms?|core|achievements?|global|digital|scale|number|application|situation)|data|cyberspace|security|internet)\b/iu;
const zhActor = /^(?:我国|我们|各国|各方|国际社会|各国政府|联合国|政府|[\p{Script=Han}]{0,6}(?:国家|国|方|社会|组织|政府|们|企业|机构|平台))$/u;

/** The subject noun phrase ending right before `index`, or undefined. */
export function enSubject(sentence: string, index: number): string | undefined {
  // A list item's marker (`- `, `(a) `, `1. `) is not part of the subject.
  let head = sentence.slice(0, index).replace(/^(?:[-•*·▪]|\(?[a-z0-9]{1,4}[.)])\s+/u, '');
  // `We` with an apposition up to the verb (`We, the Example Leaders, will …`, `We as members and partners pledge …`,
  // `We the undersigned will …`): the subject is `We`, whatever commas the apposition holds.
  const appositive = /^(we)(?:\s*,\s*|\s+)(?:as|the)\s+[^;:.!?]{1,160}?,?\s*$/iu.exec(head)?.[1];
  if (appositive !== undefined) return appositive;
  // Clause boundaries: the subject starts after the last of ", ", "; ", " that ", " and " before a verb.
  const cut = Math.max(head.lastIndexOf(', '), head.lastIndexOf('; '), head.lastIndexOf(': '), head.lastIndexOf(' that '));
  if (cut >= 0) {
    const tail = head.slice(cut).replace(/^(?:, |; |: | that )/u, '');
    const lead = head.slice(0, cut);
    // A leading adverbial ("Along with other countries, China will …") leaves the subject after the comma.
    if (head.slice(cut, cut + 6) === ' that ' || subordinators.test(lead.trim()) || tail.split(' ').length <= 8) head = tail;
  }
  head = head.trim().replace(/^(?:and|but|or|thus|hence|so|then|also)(?:\s+|$)/iu, '');
  // A verb that takes the infinitive (`Exampleland continues to support …`) leaves its subject.
  head = head.replace(/\s+(?:(?:will|shall|would|also|further)\s+)*(?:continues?|continued|intends?|seeks?|aims?|plans?|(?:is|are) (?:committed|determined|ready|willing))\s+to$/iu, '');
  // A modal verb before a stance verb (`Countries should reject …`) is not part of the subject.
  const bare = head.replace(/(?:\s+(?:should|must|shall|will|would|can|could|may|might))+$/iu, '');
  // `They should …`: a pronoun this rule cannot resolve names no one.
  if (bare !== head && /^(?:they|you|i)$/iu.test(bare)) return undefined;
  head = bare;
  // An infinitive (`the affordability necessary to support …`) has no subject of its own.
  if (/(?:^|\s)to$/iu.test(head)) return undefined;
  if (head.length === 0) {
    // A coordinated verb ("China respects …, and holds that …"): the sentence's opening subject, when it names someone.
    // Not the verb itself: a sentence opening with the verb (`Support efforts to …`, an item under a lead-in) has none.
    const opening = /^((?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})\s+\p{Ll}+s\b/u.exec(sentence)?.[1];
    return opening === undefined || opening.length > index || nonActors.test(opening) ? undefined : opening;
  }
  // A subordinate clause ending at the verb (`The example motion passes if no member opposes it`): the verb is the
  // clause's, its subject what follows the conjunction; a negated one (`no member`) names no one.
  const subordinate = /\s(?:if|when|unless|because|although|though|while|once|whether|until)\s+(\S.*)$/iu.exec(head)?.[1];
  if (subordinate !== undefined) head = subordinate;
  if (/^(?:no|none|neither|nobody|nothing)\b/iu.test(head)) return undefined;
  const words = head.split(/\s+/u);
  if (words.length > 9) return undefined;
  if (nonActors.test(head)) return undefined;
  // A pronoun followed by more words is a clause, not a subject (`We underline the need to support …`).
  if (/^(?:we|they|you|i)\s+\S/iu.test(head)) return undefined;
  if (subordinators.test(head)) return undefined;
  if (!/^(?:\p{Lu}|all\b|each\b|every\b|countries\b|governments\b|we\b|it\b|they\b|the\b|both\b|member\b|parties\b|relevant\b|other\b|various\b|an?\s+\p{Ll}+\s+of\s+the\b)/u.test(head))
    return undefined;
  if (/\b(?:is|are|was|were|has|have|had|does|do|did|not)\b/u.test(head)) return undefined;
  return head.replace(/[,;:]$/u, '');
}

/** Adverbs between a Chinese subject and its verb (`甲乙两国充分致力于`, `双方一致同意`): not part of the subject. */
const zhAdverbs = /(?:充分|也|还|均|都|一致|共同|继续|进一步|积极|始终|坚定|高度)+$/u;
/** Verbs a Chinese sentence's subject opens with before a coordinated modal clause (`甲乙两国认识到…，致力于…`). */
const zhOpeningVerb = /^(?:充分|也|还|均|都|一致|共同|高度)*(?:认识到|意识到|强调|重申|同意|认为|欢迎|注意到|承认|赞赏|决定|表示)/u;

export function zhSubject(sentence: string, index: number): string | undefined {
  const head = sentence.slice(0, index).replace(leadingMarker, '');
  const clause = head.split(/[，,。；;：:、“”]/u).pop() ?? '';
  const subject = clause.trim().replace(zhAdverbs, '');
  // A clause opening with a verb of calling on (`倡导各方…`, `鼓励示例国…`) has the voice as its subject; who is
  // called on is the verb's object, no subject.
  if (/^(?:倡导|倡议|鼓励|呼吁|支持|主张|推动|欢迎|敦促|建议|号召|希望)/u.test(subject)) return undefined;
  if (zhActor.test(subject)) return subject;
  // `我们` with an apposition (`我们示例成员和伙伴承诺`): the subject is `我们`.
  if (/^我们(?!的)[\p{Script=Han}、]{1,12}$/u.test(subject)) return '我们';
  // A modal verb opening a later clause of one sentence shares the subject of its first clause.
  if (subject.length > 0 || !/[，,]$/u.test(head.trimEnd())) return undefined;
  const first = head.split(/[，,。；;：:“”]/u)[0] ?? '';
  for (let n = Math.min(8, first.length - 1); n >= 2; n--) {
    const candidate = first.slice(0, n);
    if (zhActor.test(candidate) && zhOpeningVerb.test(first.slice(n))) return candidate;
  }
  return undefined;
}

/**
 * All modal verbs with an actor as subject, in order of position.
 *
 * @param sentence one sentence
 * @param lang its language
 */
/**
 * The verb group after an English modal word in the passive: `be` (or `not be`, `only be`, `also be`, an adverb
 * between) and a past participle, by its ending (`-ed`, `-en`, `-wn`, `-ne`, `-lt`, `-ught`, `-un`) or one of the
 * irregular forms norms use. Its subject is what is acted on, not who acts.
 */
export const enPassive =
  /^\s*(?:(?:not|only|also|always|never|still|then|instead|again|first|thereafter|in\s+particular|\p{L}+ly)\s+)*(?:continue\s+to\s+)?be\s+(?:\p{L}+ly\s+)?(?:\p{L}+(?:ed|en|wn|ne|lt|ught|un)|made|taken|given|(?:with|up)?held|set|kept|laid|sent|found|paid|put|read|sought|told|understood|borne|bound|chosen|granted|led|left|lost|meant|met|sold|spent|undertaken|written)\b/iu;

function modalMatches(sentence: string, lang: Lang): ModalMatch[] {
  const found: ModalMatch[] = [];
  for (const [re, modality, verb] of lang === 'en' ? enVerbs : zhVerbs) {
    if (verb && !verb.test(sentence)) continue;
    for (const m of allMatches(re, sentence)) {
      const actor = lang === 'en' ? enSubject(sentence, m.index) : zhSubject(sentence, m.index);
      if (!actor) continue;
      // Impersonal or passive pronoun subjects ("It should be guaranteed", "they must be fought") name no actor.
      const rest = sentence.slice(m.index + m[0].length);
      if (/^(?:it|they)$/iu.test(actor) && /^\s+be\b/u.test(rest)) continue;
      if (enPassive.test(rest)) continue;
      // A thing is no actor (`The first line should be short`: what the thing must be, said of no one).
      if (lang === 'en' && isThing(actor)) continue;
      found.push({ actor, modality, index: m.index, verb: m[0] });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The first modal verb of a sentence with an actor as subject. */
export function findModality(sentence: string, lang: Lang): ModalMatch | undefined {
  return modalMatches(sentence, lang)[0];
}

/** Whether an actor is a pronoun to resolve from context ("It", "它"). */
export function isPronoun(actor: string): boolean {
  return /^(?:it|its|he|she|它|其)$/iu.test(actor);
}

/** The words any document names itself by: `we`, 我们, 我国 ("our country"). */
const genericVoice: readonly string[] = ['we', '我们', '我国'];

/** The document's own voice: the generic words and the names it declares (metadata `voice`, its issuer). */
export interface Voice {
  /** Whether an actor is the document speaking of itself. */
  is(actor: string): boolean;
  /** The voice name a sentence opens with (its subject), if any: longest name first. */
  opening(sentence: string): string | undefined;
  /** The name the document speaks of itself by first (its first declared voice, else its first issuer). */
  primary(): string | undefined;
  /** A declared voice name the sentence holds anywhere (`The priorities of the policy of Exampleland are:`), longest first. */
  mentioned(sentence: string): string | undefined;
}

/** The voice of a document from its declared names; no country or organisation is named in code. */
export function voiceOf(names: readonly string[] = []): Voice {
  // An unreviewed stub's issuer (`unknown`) names no one.
  const all = [...new Set([...genericVoice, ...names].map((n) => n.trim()).filter((n) => n.length > 0 && n.toLowerCase() !== 'unknown'))];
  const lower = new Set(all.map((n) => n.toLowerCase()));
  // Subjects that open a sentence (a name, not the pronoun: `we` is resolved where it stands).
  const openers = all.filter((n) => !genericVoice.includes(n)).sort((a, b) => b.length - a.length);
  return {
    is: (actor) => lower.has(actor.trim().toLowerCase()),
    opening: (sentence) => openers.find((n) => sentence.startsWith(n) && !/^[\p{L}\p{N}]/u.test(/^\p{Script=Han}/u.test(n) ? '' : sentence.slice(n.length))),
    primary: () => all.find((n) => !genericVoice.includes(n)),
    mentioned: (sentence) =>
      openers.find((n) => {
        const at = sentence.indexOf(n);
        if (at < 0 || /^\p{Script=Han}/u.test(n)) return at >= 0;
        return !/[\p{L}\p{N}]/u.test(sentence[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(sentence[at + n.length] ?? '');
      }),
  };
}
