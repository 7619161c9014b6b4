/**
 * Norms of binding instruments (laws, regulations, treaties, executive
 * orders): each clause carrying a modal word is an action item with modality
 * `obligation` (应当/必须, shall/must), `prohibition` (不得/禁止, shall not/may
 * not) or `permission` (可以, may), and `actor` the addressee the clause
 * names (`网络运营者`, `Each Party`, `the Secretary of Commerce`), or
 * `unspecified`. Clauses are sentences, split further at `；`/`;` (a law's
 * clauses and enumerated items), and an item keeps its clause's text.
 */
import { sectionsOf, numberItems, type Locator } from './walk.js';
import type { ActionItem, ConceptVocabulary, Document, Lang } from './types.js';
import { conceptsOf } from './concepts.js';
import { enPassive } from './modality.js';
import { isThing } from './things.js';
import { allMatches } from '../text/matches.js';
import { cjkNumeral, romanToInt } from '../text/numerals.js';

/** A Chinese item marker opening a clause (`（一）`, `(二）`). */
const cjkItemMarker = new RegExp(String.raw`^(?:[（(]${cjkNumeral}+[）)]?)`, 'u');

type NormModality = 'obligation' | 'prohibition' | 'permission';

/** Document kinds whose sentences are norms. */
export const bindingKinds: ReadonlySet<string> = new Set(['law', 'regulation', 'treaty', 'executive-order']);

/** The modal words of norms, by language; at one position the earlier entry wins (`不得` before `得`). */
/**
 * A clause in traditional characters: one of the common characters simplified writing replaced (`為`, `與`, `機`, `關`,
 * `權` …). Taiwan's and Hong Kong's laws grant permissions with `得` (`主管機關得…`), which simplified texts seldom do.
 */
const traditionalClause = /[們個這為與於從應機關國會時說對發業實體當經過條資權義務規範區華處據護讓證問將無產開書長並後裡見點電專轉義]/u;

export const normWords: ReadonlyArray<{ lang: Lang; pattern: RegExp; modality: NormModality; when?: RegExp }> = [
  // `不得` inside an idiom is no modal word: 迫不得已, 不得已 (having no choice), 不得不 (cannot but).
  // Traditional characters too (`應當`, `必須`, `嚴禁`), as Taiwan's and Hong Kong's texts print them.
  { lang: 'zh', pattern: /(?<!迫)不得(?![已不])|禁止|[严嚴]禁|不(?:应当|應當)|不能/gu, modality: 'prohibition' },
  // `应` alone before a verb (`应采取`), not inside a word: 应用, 应对, 应急, 应答 after it; 相应, 响应, 对应, 反应, 供应, 适应,
  // 回应, 效应, 答应, 感应, 顺应, 呼应 before it.
  { lang: 'zh', pattern: /应当|應當|必[须須]|(?<![相响響对對反供适適回效答感顺順呼])[应應](?=[\p{Script=Han}])(?!用|对|對|急|答)/gu, modality: 'obligation' },
  { lang: 'zh', pattern: /可以/gu, modality: 'permission' },
  // `得` before a verb, in a clause in traditional characters (`示例機關得停止提供`); not inside a word (取得, 獲得, 使得,
  // 值得 … before it; 到, 以, 知, 出 … after it) nor `不得` (a prohibition, above).
  {
    lang: 'zh',
    pattern: /(?<![不取獲获使值記记覺觉懂曉晓顯显免難难所心贏赢博求習习應应必只樂乐變变覓觅捨舍獨独])得(?![到以知出分益失當当宜體体罪獎奖悉利逞勝胜意很多少])(?=\p{Script=Han})/gu,
    modality: 'permission',
    when: traditionalClause,
  },
  // `In no case may …` / `in no event shall …` / `At no time may …`: the inverted modal verb after it is a prohibition too.
  {
    lang: 'en',
    pattern:
      /\b(?:shall not|shall neither|shall no longer|may not|may no longer|must not|is prohibited from|are prohibited from|(?:in no (?:case|event|circumstances)|at no time|under no circumstances|on no account)(?= (?:may|shall|must|can)\b))\b/giu,
    modality: 'prohibition',
  },
  // An entitlement is a permission, whatever its modal verb (`shall be entitled to`); listed before `shall`, it wins at the same place.
  {
    lang: 'en',
    pattern:
      /\b(?:shall be entitled to|is entitled to|are entitled to|shall be permitted to|(?:is|are) (?:hereby )?permitted to|(?:shall be|is|are) free to|(?:shall be|is|are) (?:hereby )?(?:empowered|authori[sz]ed) to|shall have (?:the )?(?:sole |original |appellate |exclusive )?(?:powers?|rights?|jurisdiction|authority)\b)\b/giu,
    modality: 'permission',
  },
  { lang: 'en', pattern: /\b(?:shall|must|is required to|are required to)\b/giu, modality: 'obligation' },
  { lang: 'en', pattern: /(?<!\bas )(?<!\bthat )(?<!\bthe case )\bmay\b(?! be necessary| be appropriate| be required)/giu, modality: 'permission' },
];

/**
 * The marker of an enumerated item opening an English clause: `(a)`, `b)`, `(iv)`, `3.`, `8.2`, a bullet (`* `, `• `,
 * `- `, kept in a list item's text), and a letter or a roman
 * number with a full stop (`a.`, `iv.`; the markers of a treaty's lettered items, sometimes printed without a space:
 * `c.shall give its opinion …`; not the first letter of an abbreviation, `U.S.`).
 */
const enItemMarker = String.raw`(?:\(?[a-z0-9ivx]{1,4}\)|\d+(?:\.\d+)+\.?(?=\s)|\d+\.|(?:[a-z]|[ivx]{1,4})\.(?!\p{L}\.)|[*•·▪‣◦●–—-](?=\s))`;
/** The item markers opening a clause, one or more (`3. a)Each Party may …`). */
const enItemStart = new RegExp(String.raw`^(?:${enItemMarker}\s*)+`, 'iu');

/** What an instrument or a part of it calls itself (`this order`, `the present Convention`, `this Example Licence`, `this article`): at most two words of its name before the kind word. */
const instrument = String.raw`(?:this|the present|the)\s+(?:[\p{L}-]+\s+){0,2}(?:order|regulation|directive|decision|convention|protocol|agreement|treaty|charter|law|act|memorandum(?: of understanding)?|code|framework|arrangement|licen[cs]e|article|section|chapter|amendment)`;

/**
 * Clauses that state no duty of anyone: about the instrument itself, how it is read (`Nothing in this order shall be construed
 * to …`) and when or how it applies (`This order shall be implemented consistent with applicable law`, `This
 * Convention shall enter into force …`). A modal word there is no norm. Each entry with an example its test checks.
 */
export const instrumentClauses: ReadonlyArray<{ readonly name: string; readonly pattern: RegExp; readonly example: string }> = [
  {
    name: 'a rule of construction',
    pattern:
      /\b(?:shall|may|must)\s+(?:not\s+)?(?:be\s+(?:so\s+construed|construed|interpreted|(?:deemed|considered)(?!\s+by\b)|regarded as|treated as|without prejudice to|(?:automatically\s+)?(?:reformed|severed)|resolved in favou?r of)|prevail)\b|\b(?:invalidity|unenforceability)\b[^.;]*?\bshall\s+not\b|\b(?:shall|must|will)\s+not\s+affect\s+the\s+(?:validity|enforceability)\b|\b(?:provision|term|clause|part|section)s?\b[^.;]{0,80}?\b(?:is|are|be|being)\s+(?:held|found|determined|deemed|declared|judged)\s+(?:to\s+be\s+)?(?:invalid|unenforceable|illegal|void)\b[^.;]*\b(?:shall|must|will)\b/iu,
    example: '(b) Nothing in this order shall be construed to impair or otherwise affect:',
  },
  {
    name: 'a rule of construction, with what is deemed set off (`… shall not of themselves be deemed …`)',
    pattern: /\b(?:shall|may|must)\s+not\s+(?:of|in|by)\s+(?:themselves|itself)\s+be\s+(?:deemed|considered|construed|treated as)\b/iu,
    example: 'Filling in the name of the Example Developer in the notice shall not of themselves be deemed to be modifications of this Licence.',
  },
  {
    name: 'what nothing in the instrument does (a saving clause)',
    pattern: new RegExp(String.raw`(?:^\s*(?:${enItemMarker}\s*)?|,\s*)Nothing\s+(?:in|contained in|herein)\b[^.;:]*?\b(?:shall|may|must)\b`, 'iu'),
    example: 'Nothing in this Section shall prevent a party from bringing a counter-claim.',
  },
  {
    name: 'what the instrument does not affect (a saving clause: `This Convention does not affect any rights that a Party may have`)',
    pattern: /\b(?:does|do|shall|will)\s+not\s+(?:affect|limit|restrict|prejudice|impair|cover)\b[^.;:]*?\b(?:shall|may|must)\b/iu,
    example: 'This License does not affect any rights that You or anyone else may independently have under any applicable law.',
  },
  {
    name: "a statement of the instrument's intent (`It is not the intent of this Licence to …`)",
    pattern: /\bit\s+is\s+(?:not\s+)?(?:the|our|its)\s+intent(?:ion)?\s+of\b[^.;]*?\b(?:shall|may|must)\b/iu,
    example: 'It is not the intent of this Example Licence to prohibit a Contributor from charging fees that a Contributor may charge to a Recipient.',
  },
  {
    name: 'a note to the reader (`Note that …`, `Please note that …`)',
    pattern: /^\s*(?:please\s+)?note,?\s+that\b[^.;]*?\b(?:shall|may|must)\b/iu,
    example: 'Please note that some jurisdictions do not allow the waiver of moral rights, and so moral rights may still subsist.',
  },
  {
    name: 'how or when the instrument applies',
    pattern: new RegExp(
      String.raw`\b${instrument}\s+shall\s+(?:not\s+)?(?:be implemented|be governed by|be subject to (?:[\p{L}-]+\s+){0,4}laws?\b|enter into force|apply|be open for signature|be subject to (?:ratification|acceptance|approval)|be binding|remain in force|take effect|be effective|be (?:in)?operative|be (?:null and )?void|be (?:un)?enforceable|cease to (?:be in force|have effect))\b`,
      'iu',
    ),
    example: '(c) This order shall be implemented in a manner consistent with applicable law and subject to the availability of appropriations.',
  },
  {
    name: 'a definition (`"Licensor" shall mean …`, `the term "minor" shall include …`, `"Original License" means … as it may be modified`; not what a text or a body must include)',
    pattern:
      /\b(?:shall|will)\s+(?:not\s+)?mean\b|(?:["”'’`]|\bthe\s+(?:term|expression|word|phrase)s?\b[^,;]{0,40}?)\s*(?:shall|will)\s+(?:not\s+)?include\b|^\s*(?:the\s+(?:term|expression)\s+)?["“‘][^"”’]{1,60}["”’]\s+(?:means|includes|refers to)\b[^.;]*?\b(?:shall|may|must)\b|^\s*for\s+(?:the\s+)?purposes?\s+of\s+this\s+[^,;]{1,40},[^,;]{1,80}?\s(?:shall|will)\s+(?:not\s+)?(?:include|mean)\b/iu,
    example: '"Licensor" shall mean the copyright owner or entity authorized by the copyright owner.',
  },
  {
    name: 'where a provision applies or not (`shall not apply to …`, `this disclaimer may not apply to You`)',
    pattern:
      /\b(?:shall|may|will)\s+(?:not\s+|only\s+|also\s+)?(?:continue\s+to\s+)?apply(?:\s+(?:mutatis mutandis|accordingly|equally|worldwide|retroactively))?(?:\s+(?:to|in|for|where|if|when|unless|only|after|and|throughout)\b|\s*(?:[.;,]|$))/iu,
    example: 'Where a limitation of liability is not allowed in full, this limitation may not apply to You.',
  },
  {
    name: 'a disclaimer of liability (who is not liable, and when) or a limitation of remedies',
    pattern:
      /\b(?:shall|will|may)\s+not\s+(?:in any (?:case|event)\s+)?(?:be\s+(?:held\s+)?liable|have\s+any\s+liability)\b|\b(?:in no event|under no circumstances)\b[^.;]*?\b(?:shall|can|will|may)\b[^.;]*?\bbe\s+(?:held\s+)?(?:liable|responsible)\b|\bshall\s+(?:any|no|the)\s+[^,.;]{1,60}?\bbe\s+(?:held\s+)?liable\b|\b(?:shall|will)(?:\s*,[^,.;]{1,80},)?\s+have\s+no\s+liability\b|\bsole\s+(?:and\s+exclusive\s+)?remedy\b[^.;]*?\bshall\b/iu,
    example: 'In no event and under no legal theory, whether in tort or otherwise, shall any Contributor be liable to You for damages.',
  },
  {
    name: 'a disclaimer naming who has no liability (`No Example Holder shall have any liability …`), or a cap on it',
    pattern: /\b(?:neither|no)\b[^.;]{1,80}?\bshall\s+have\s+any\s+liability\b|\bliability\b[^.;]{0,60}?\b(?:shall|will)\s+(?:in\s+no\s+event\s+)?(?:be\s+)?(?:limited|capped)\s+to\b/iu,
    example: "IN SUCH CASES, AN EXAMPLE PARTY'S LIABILITY SHALL BE LIMITED TO TEN EUROS.",
  },
  {
    name: 'what the instrument does not oblige anyone to do (`Under no circumstances shall the Agreement oblige the Example Holder to …`)',
    pattern: new RegExp(
      String.raw`(?:\b(?:in no (?:case|event|circumstances)|under no circumstances|at no time)\s+)?\b(?:shall|will|may|can|does|do)\s+(?:not\s+)?${instrument}\s+(?:oblige|obligate|require)\b`,
      'iu',
    ),
    example: 'Under no circumstances shall the Example Agreement oblige the Example Holder to provide maintenance.',
  },
  {
    name: 'how the instrument may change (`portions of this order may be modified to …`, `This Licence may only be amended by …`)',
    pattern: new RegExp(String.raw`(?:\b(?:portions?|parts?|provisions?)\s+of\s+)?${instrument}\s+may\s+(?:only\s+)?be\s+(?:modified|amended|revised|updated|revoked|supplemented|changed)\b`, 'iu'),
    example: 'Portions of this Example Order may be modified to enable the Example Office to carry out its duties.',
  },
  {
    name: 'which law governs (`… shall be subject to the Example Law of Exampleland`, `… shall be governed by the laws of …`), whatever the subject; not conditions a law provides for (`Extradition shall be subject to the conditions provided for by the law of …` is a duty)',
    pattern:
      /\b(?:shall|will)\s+be\s+(?:governed\s+by|subject\s+to|construed\s+(?:under|in\s+accordance\s+with))\s+(?:the\s+)?(?:(?!(?:conditions|provided|by)\b)[\p{L}-]+\s+){0,8}?(?:laws?|legislation)\s+(?:of|in)\b/iu,
    example: 'Other matters not set out above shall be subject to the Example Copyright Law of Exampleland.',
  },
  {
    name: 'who holds the rights (`any and all rights in the Example Program shall be held by the Example Holder`)',
    pattern: /\brights?\b[^.;]{0,80}?\b(?:shall|will)\s+(?:be|remain)\s+(?:held|owned|retained|vested)\s+(?:by|in|with)\b/iu,
    example: 'However, any and all rights in the Example Program shall be held by the Example Holder.',
  },
  {
    name: 'which courts hear disputes (`any litigation relating to this Licence shall be subject to the jurisdiction of …`)',
    pattern:
      /\b(?:litigation|disputes?|claims?|actions?|suits?|proceedings?)\b[^.;]{0,160}?\b(?:shall|will|must|may)\s+be\s+(?:subject\s+to\s+the\s+(?:exclusive\s+|non-exclusive\s+)?jurisdiction|brought\s+(?:only\s+|exclusively\s+)?(?:in|before)\s+the\s+courts?)\b/iu,
    example: 'Any litigation relating to this Example Licence shall be subject to the jurisdiction of the courts of Exampleland.',
  },
  {
    name: 'with whom the risk lies (`The entire risk as to … shall be with You`): an allocation of risk, as a disclaimer is',
    pattern: /\b(?:entire|whole)\s+risk\b[^.;]*?\b(?:shall|will)\s+(?:be|remain|rest|lie)\s+with\b/iu,
    example: 'The entire risk as to the quality of the Example Product shall be with You and not the Example Holder.',
  },
  {
    name: 'what a body consists of, or where a power lies (constitutive, no duty)',
    pattern: /\b(?:shall|will)\s+(?:be vested in|be composed of|consist\s+(?:only\s+|solely\s+)?(?:of|in))\b/iu,
    example: 'All legislative Powers herein granted shall be vested in a Congress of the United States.',
  },
  {
    name: 'with whom a title or a right stays (`Title … shall remain in the Licensor`; not where a thing is kept)',
    pattern: /\b(?:shall|will)\s+remain\s+(?:vested\s+)?(?:in|with)\s+(?:the\s+)?\p{Lu}\p{Ll}/u,
    example: 'Title, ownership rights, and intellectual property rights in the Example Software shall remain in Example Holder and its Contributors.',
  },
  {
    name: 'when anything comes into or out of force',
    pattern:
      /\b(?:shall|will)(?:\s*,[^,.;]{1,80}?,?)?\s+(?:then\s+)?(?:enter into force|come into force|take effect|become effective|remain (?:in force|in effect|effective|valid)|(?:continue\s+and\s+)?survive|cease to (?:be in force|have effect)|expire|(?:begin|end|commence|terminate)(?=\s*(?:(?:immediately|automatically|prospectively|retroactively|with immediate effect)\s*)?(?:[.;,]|on\b|at\b|as of\b|when\b|upon\b|if\b|unless\b|and\b|$)))/iu,
    example: 'Any amendment adopted in accordance with paragraph 3 of this article shall come into force on the thirtieth day after all Parties have accepted it.',
  },
];

/**
 * A coordinated English clause with a subject and a modal word of its own (`…, and You must include …`, `…, but each
 * Example Party may …`): the match is the conjunction and its comma, which belong to neither clause. It splits a
 * sentence only after a clause with a modal word (`clausesOf`), not the last of a list of subjects.
 */
const enCoordinatedNorm =
  /,\s+(?:and|but|or|while|whereas)\s+(?=(?:(?:the|each|every|any|such|a|an|no|neither|all)\s+)?(?:\p{Lu}[\p{L}'’-]*|you|they|he|she|we)(?:\s+[\p{L}'’-]+){0,3}\s+(?:shall|may|must)\b)/gu;

/** The clauses of a sentence, each with its offset: split at semicolons, and in English at a coordinated norm. */
export function clausesOf(sentence: string, lang: Lang): Array<{ text: string; start: number }> {
  const out: Array<{ text: string; start: number }> = [];
  let from = 0;
  for (const piece of sentence.split(/(?<=[；;])/u)) {
    const start = from;
    from += piece.length;
    let last = 0;
    if (lang === 'en') {
      for (const m of allMatches(enCoordinatedNorm, piece)) {
        // Only after a clause with a modal word of its own (`A, B, and C shall …` is one subject, listed), and before
        // one whose subject names someone (not `…, and the Example Office as may be needed`).
        if (!/\b(?:shall|may|must)\b/iu.test(piece.slice(last, m.index))) continue;
        const next = piece.slice(m.index + m[0].length);
        const norm = findNorm(next, 'en');
        if (!norm || enAddresseeOf(next, norm.index, norm.length) === undefined) continue;
        out.push({ text: piece.slice(last, m.index), start: start + last });
        last = m.index + m[0].length;
      }
    }
    out.push({ text: piece.slice(last), start: start + last });
  }
  return out;
}

/** Whether a clause's norm word (at `index`) is the one of a clause about the instrument (`instrumentClauses`). */
export function isInstrumentClause(clause: string, index: number): boolean {
  return instrumentClauses.some(({ pattern }) => {
    const m = pattern.exec(clause);
    // The norm word itself, not one of a clause inside (`Any State may … specify the territories to which this
    // Convention shall apply` is a permission of the State's).
    return m !== null && m.index <= index && index < m.index + m[0].length;
  });
}

/** Whether a position of a Chinese clause lies in a condition (`…的情形的，`) or is a noun (`歧视性的禁止`). */
function subordinate(clause: string, index: number, length = 0): boolean {
  if (clause[index - 1] === '的') return true;
  // A modal word in a relative clause (`用户可以选用的办法`, means users may choose) qualifies a noun.
  if (length > 0 && /^\p{Script=Han}{1,2}的/u.test(clause.slice(index + length))) return true;
  // A modal word in a definition's meaning (`示例资料：指…经授权得再授权…的资料`, `…是指可以…的信息`) defines; it grants nothing.
  if (/(?:是指|係指|系指|指的是|[：:]\s*指(?![导導引定出示挥揮明派标標南令控]))/u.test(clause.slice(0, index))) return true;
  // A modal word in an exception (`…，但示例用户为履行示例义务而必须使用的除外`) says when the rule does not hold: the
  // norm, if any, is the rule's.
  if (/[，,]但(?:是)?[^，,；;。]*$/u.test(clause.slice(0, index)) && /^[^；;。]*?除外/u.test(clause.slice(index))) return true;
  const partEnd = clause.slice(index).search(/[，,；;。]/u);
  const part = partEnd < 0 ? clause.slice(index) : clause.slice(index, index + partEnd);
  // A condition ends in 的 before a comma (`…禁止传播的内容未删除的，由…`); a noun ending in 的 (`目的`) ends none.
  return /的$/u.test(part) && !/目的$/u.test(part) && partEnd >= 0 && /[，,]/u.test(clause[index + partEnd]!);
}

/** The norm word of a clause: its modality and position; in Chinese, the first outside a condition or relative clause (none when there is none). */
export function findNorm(clause: string, lang: Lang): { modality: NormModality; index: number; length: number } | undefined {
  const all: Array<{ modality: NormModality; index: number; length: number }> = [];
  for (const word of normWords) {
    if (word.lang !== lang || (word.when && !word.when.test(clause))) continue;
    for (const m of allMatches(word.pattern, clause)) {
      // `May` before a day or a year is the month (`… Conditions of Use May, 2002`, `on May 5, 2020`).
      if (m[0] === 'May' && /^,?\s+\d/u.test(clause.slice(m.index + 3))) continue;
      // A modal word in quotes is named, not used (`"May" or "can" indicates that …`).
      if (/["“'‘]/u.test(clause[m.index - 1] ?? '') && /["”'’]/u.test(clause[m.index + m[0].length] ?? '')) continue;
      if (!all.some((a) => m.index >= a.index && m.index < a.index + a.length)) all.push({ modality: word.modality, index: m.index, length: m[0].length });
    }
  }
  all.sort((a, b) => a.index - b.index);
  // In Chinese, a clause whose modal words all lie in conditions or relative clauses (`其他规章规定应当备案的，从其规定`,
  // a list item `（二）用户可以选用的办法；`) defers, sanctions or names something: it states no duty of its own.
  if (lang === 'zh') return all.find((a) => !subordinate(clause, a.index, a.length));
  // In English, a modal verb inside a condition or time clause closed by a comma (`If the President elect shall have
  // died, the Vice President elect shall become President`, `The Congress, whenever two thirds … shall deem it
  // necessary, shall propose …`) is the condition's: the norm is the next one.
  const conditions = [...allMatches(enCondition, clause)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  // A modal verb of a relative clause (`a device in which records may be kept`, `the risks which may
  // be presented`) qualifies a noun: the norm is a later modal verb, outside it, or there is none.
  // So does one of an embedded question (`Details of how ballots may be filled out will be …`).
  const main = all.filter(
    (a) =>
      !conditions.some((c) => a.index >= c.start && a.index < c.end) &&
      !enRelativeBefore.test(clause.slice(0, a.index)) &&
      !enEmbeddedBefore.test(clause.slice(0, a.index)) &&
      !inObjectRelative(clause, a.index),
  );
  // A negated subject makes any modal verb a prohibition (`No Person shall be …`, `No State may …`, `Neither Party shall …`).
  // `may` after `it` or `there` says what is possible, not what anyone may do (`It … may therefore contain defects`,
  // `There may be cases …`): no permission.
  const first = main.find(
    (a) =>
      !(
        (a.modality === 'permission' || (a.modality === 'prohibition' && /^may\b/iu.test(clause.slice(a.index)))) &&
        (enNoAgent.test(clause.slice(0, a.index).trimStart().replace(enItemStart, '').replace(enLinkingStart, '')) ||
          enEpistemic.test(clause.slice(a.index)) ||
          (enPossiblyHeld.after.test(clause.slice(a.index)) && enPossiblyHeld.before.test(clause.slice(0, a.index))) ||
          (enThingMay.test(clause.slice(a.index)) && isThing((clause.slice(0, a.index).split(/[,;:]/u).pop() ?? '').trim())) ||
          enAcknowledged.test(clause.slice(0, a.index)))
      ),
  );
  const before = first ? clause.slice(0, first.index) : '';
  // The negated subject may follow an opening adverbial (`During that period, no one may …`), or stand right before the
  // modal verb (`For three weeks after that no more candidates may be nominated`).
  const negated = enNegatedSubject.test(before) || enNegatedSubject.test(before.replace(enItemStart, '').replace(enOpeners, '')) || enNorInverted.test(before) || enNegatedBeforeModal.test(before);
  // So does a negated object of a verb of doing (`Example Congress shall make no law …`, `The Parties shall impose no
  // restriction …`): what is barred is the act.
  const negatedObject = first !== undefined && first.modality === 'obligation' && enNegatedObject.test(clause.slice(first.index));
  return first && first.modality !== 'prohibition' && (negated || negatedObject) ? { ...first, modality: 'prohibition' } : first;
}

/**
 * `shall` (`must`, `will`) and a verb of doing with an object negated by `no` (`shall make no law`, `shall take no
 * action`); not `be`, nor a verb of holding or bearing (`shall have no vote`, `shall bear no cost`: what someone has
 * or is spared), nor a preposition (`shall in no event be liable`), nor a limit (`no later than`).
 */
const enNegatedObject =
  /^(?:shall|must|will)\s+(?:\p{L}+ly\s+)?(?!(?:be|have|has|bear|incur|suffer|owe|hold|acquire|receive|obtain|get|need|require|in|under|at|on|by|for|to|with|without|upon|within|of|as|from)\b)\p{Ll}+\s+no\s+(?!(?:later|earlier|sooner|longer|more|less|fewer|other|one)\b)\p{L}/u;

/** Words that open a condition or time clause (`If …`, `until …`, `whenever …`; `Should the Party fail …,`, inverted). */
const enConditionWords = String.raw`(?:if|when|whenever|until|unless|where|wherever|in case|provided that|once|while|should(?=\s+(?:the|a|an|any|such|this|that|it|there|you)\b))`;

/**
 * A condition or time clause, at the start of a clause or after a comma, up to the comma that closes it; a
 * parenthetical right after its word (`Where, in accordance with this chapter, the Party is permitted to …,`) is in it.
 */
const enCondition = new RegExp(String.raw`(?:^|,\s*)(?:${enItemMarker}\s*)?(?:(?:and|but)\s+)?${enConditionWords}\b(?:\s*,[^,;:]{1,120},)?[^,;:]*(?=,)`, 'giu');

/**
 * The start of a relative clause right before a modal verb: its pronoun, with a parenthetical perhaps (`data which may
 * be stored`, `Provisions which, by their nature, must remain in effect`), or an object
 * relative's pronoun and a short subject with no verb of its own (`in which records may`, `which the Party may`;
 * not `which has extended … may`, where the modal verb is the main clause's).
 */
const enRelativeBefore =
  /(?:\b(?:which|who|that)\s*(?:,[^,]{1,60},)?\s+|\b(?:which|whom|whose)\s+(?:(?!(?:is|are|was|were|has|have|had|be|been|being|do|does|did|not|may|shall|must|can|will|should)\b)[\p{L}\p{N}'’-]+\s+){1,6})$/iu;

/**
 * A modal verb in an object relative clause opened by `that` after a thing's noun, its verb's object missing (the
 * verb followed by punctuation or by the main clause's verb: `The requirements that example software must meet are
 * listed below`): it says what the noun is, no norm. A clause after the noun whose verb has its object is its content
 * (`the condition that You must include a notice`): a norm.
 */
function inObjectRelative(clause: string, index: number): boolean {
  const noun = /([\p{L}-]+)\s+that\s+(?:[\p{L}'’-]+\s+){1,4}$/u.exec(clause.slice(0, index))?.[1];
  return (
    noun !== undefined &&
    isThing(noun) &&
    /^(?:shall|must|may|will|can|should)\s+(?:not\s+)?(?:be\s+)?(?:\p{L}+ly\s+)?(?!\p{L}+ly\b)\p{Ll}+(?=\s*(?:[,.;:)]|$)|\s+(?:is|are|was|were|has|have|had|shall|must|may|will|can|should|do|does)\b)/u.test(
      clause.slice(index),
    )
  );
}

/**
 * A head that is `it` or `there` and a few words of its own predicate (`It is not a finished work and`), not a clause
 * with a subject of its own (`It is agreed that each Party`); tested after item markers and a linking adverb (not after
 * a condition: `If a Party does not act, it may …` is the Party's permission).
 */
const enNoAgent = /^(?:it|there)(?:\s+(?!that\b|which\b|who\b)[\p{L}’'-]+){0,8}\s*$/iu;

/**
 * `may` before a verb of what happens or what a thing holds says what is possible, not what anyone may do (`The
 * Example Code may contain errors`, `… may be incomplete`, `Delays may occur`, `Non-compliance may result in a fine`,
 * `Such access may enable an example actor to …`, `… may pose risks`: what can come of something), or what
 * someone may wish or need to do (`Example Holders may wish to add a notice`: advice, no permission).
 */
const enEpistemic =
  /^may\s+not\s+(?:occur\s+to|be\s+(?:\p{L}+ly\s+)?(?:suitable|useful|helpful|available))\b|^may\s+(?:also\s+|still\s+|well\s+|therefore\s+)?(?:(?:wish|want|need|like|prefer)\s+to|contain|occur|arise|exist|happen|differ|result\s+in|lead\s+to|enable|facilitate|pose|cause|create|increase|expose|undermine|threaten|harm|affect|compromise|jeopardi[sz]e|be\s+(?:a|an|the)\s|be\s+subject\s+to\b|be\s+(?:\p{L}+ly\s+)?(?:suitable|useful|helpful)\b|be\s+(?:incomplete|inaccurate|available|unavailable|invalid|unenforceable|covered\s+by|obtained\s+from|found\s+(?:at|in|on)|(?:contacted|reached|consulted|downloaded|viewed|accessed)\s+(?:at|via|through|on|from))|be\s+(?:individuals|persons|natural\s+persons|legal\s+(?:persons|entities)|organi[sz]ations|entities|companies|bodies|people)\b|have\s+(?:other|additional|further|different|certain|more|greater)\s+(?:\p{L}+\s+){0,2}(?:rights|remedies|terms|obligations|protections)|be\s+to\s+\p{Ll}+|be\s+(?:held\s+)?liable\b|be\s+(?:further\s+)?(?:exacerbated|aggravated|amplified|heightened|compounded|magnified|intensified)\b|amount\s+to|constitute\s+(?:an?\s+)?(?:breach|violation|infringement|offen[cs]e|waiver|crime|misuse|abuse|threat|risk)|qualify\s+as|count\s+as)\b/iu;

/**
 * `may have` (hold, own, incur …) in a clause on a noun (`waives all rights that the Example Holder may have`, `any
 * claims which it may hold`): what someone possibly holds, no permission.
 */
const enPossiblyHeld = { before: /\b(?:that|which)\s+(?:[\p{L}'’-]+\s+){1,3}$/iu, after: /^may\s+(?:already\s+|now\s+|otherwise\s+)?(?:have|hold|own|possess|incur|suffer|acquire)\b/iu };

/**
 * `may` before a verb of what something needs or holds, its subject a thing (`Your Example Extensions may require
 * further licences`, `Such measures may include …`): what the thing possibly needs or holds, no permission; a party's
 * `may include` stays one (`Each Party may include in its report …`).
 */
const enThingMay = /^may\s+(?:also\s+)?(?:require|need|involve|entail|include|contain|comprise|reflect|vary)\b/iu;

/** `may` in what someone acknowledges or understands (`The Member acknowledges that it may compete with others`): what is possible, no permission. */
const enAcknowledged = /\b(?:acknowledges?|acknowledged|recogni[sz]es?|understands?|(?:is|are)\s+aware)\s+that\s+[^,;:]{1,60}$/iu;

/** `how` or `whether` and a few words before a modal verb: an embedded question's, no norm of the clause. */
const enEmbeddedBefore = /\b(?:how|whether)\s+(?:[\p{L}\p{N}'’-]+\s+){1,5}$/iu;

/**
 * A subject negated by `no`, of one to three words none of them a determiner, right before the modal verb and after a
 * clause's start, a comma or `that`/`then` (`… after that no more candidates may …`; not the object of a verb, `which
 * has made no declaration shall`); not a limit (`no later than`, `no more than`).
 */
const enNegatedBeforeModal =
  /(?:^\s*|[,;]\s*|\b(?:that|then|thereafter)\s+)no\s+(?!(?:later|earlier|sooner|longer)\b|(?:more|less|fewer)\s+than\b)(?:(?!(?:the|a|an|each|any|this|that|these|those|its|their|his|her|our)\b)[\p{L}-]+\s+){1,3}$/iu;

/** `nor` right before the modal verb, its subject after it (`Nor shall a heavier penalty be imposed`, `…; nor shall any Example State …`): a negated clause. */
const enNorInverted = /(?:^|[,;]\s*|\b(?:and|but|or)\s+)nor\s+$/iu;

/** `No` before a limit of time or number (`No later than …`, `No more than …`): no negated subject. */
const notNegation = String.raw`(?!(?:later|earlier|sooner|more|less|fewer|longer)\b)`;

/**
 * A subject negated by its determiner, opening its clause (after a list marker or a conjunction): `No Person`,
 * `no State`, `Neither House`, `None of the Parties`, `No one`; not a limit of time or number (`No later than …`,
 * `No more than …`).
 */
const enNegatedSubject = new RegExp(String.raw`^\s*(?:${enItemMarker}\s*)?(?:(?:and|but|or)\s+)?(?:provided,?\s+that\s+)?(?:no|neither|none of)\s+${notNegation}\S`, 'iu');

/** A negated subject in an addressee (`No Person`, `Neither House`): group 1 is what it negates. */
const enNegatedHead = new RegExp(String.raw`^(?:no|neither|none of)\s+${notNegation}(.+)$`, 'iu');

/** Words that end a Chinese addressee (`网络运营者`, `国家网信部门`, `个人信息处理者`). */
/** Words that end the name of a body or office (`示例主管部门`, `某某机关`): an agent named by 由 is one. */
// Traditional forms beside the simplified (`機關`, `單位`, `個人` …).
const zhBodies = '者|部[门門]|[机機][关關]|[机機][构構]|[组組][织織]|[单單]位|政府|委(?:员会|員會)|中心';
const zhAddressee = new RegExp(`(?:${zhBodies}|[个個]人|平[台臺]|企[业業]|人[员員]|[国國]家|共和[国國]|公民|法人|用[户戶]|[网網]站|[当當]事人|人|方|行[业業])$`, 'u');
const zhLeading = /^(?:[并並]|且|[还還]|也|均|都|同[时時]|依法|另外|此外|[对對]此|其中)+/u;
const zhTrailing = /(?:[还還]|也|均|都|依法|[应應]|同[时時]|[并並]|根[据據].*|按照.*|依照.*|在.*)$/u;

/** Verbs (and words) that follow a subject: the addressee ends right before one (`网信部门|实施行政执法`). */
const zhPredicate =
  /^(?:实施|处理|发现|认为|对|在|与|向|将|应|可|不|依|按照|根据|基于|立案|提供|开展|收集|使用|接到|违反|未|拒|利用|从事|采取|建立|制定|组织|负责|通过|已|为|作出|办理|委托|进行|履行|加强|落实|会同|及时|发布|设置|指导|承担|遵守|保障|变更|需要|因|知道|确需|共同|发生)/u;
const zhPreposition = /^(?:对|向|在|由|经|按照|依照|根据|为|从(?!事)|自|当|如|除)/u;

/** `由` and the agent it names, the shortest nominal ending in an addressee word (`由示例主管部门责令…` → 示例主管部门; `由甲、乙等主管部门…`). */
const zhAgent = new RegExp(`^由([\\p{Script=Han}、]{1,24}?(?:${zhBodies}))`, 'u');

/** The addressee of a Chinese norm: the nominal before the modal word, or the subject that opens its clause or sentence. */
export function zhAddresseeOf(clause: string, index: number): string | undefined {
  // A passive norm (`…不得被示例处理`, `应被记录`): the subject before it is what is acted on, not who acts.
  if (/^(?:不得|不(?:应当|應當)|不能|应当|應當|[应應]|必[须須]|可以)被/u.test(clause.slice(index))) return undefined;
  const head = clause.slice(0, index);
  // Item markers, Chinese or arabic (`（一）`, `2. `), are no part of the subject.
  const parts = head.split(/[，,：:]/u).map((p) =>
    p
      .replace(zhLeading, '')
      .replace(cjkItemMarker, '')
      .replace(/^\d{1,3}[.．、]\s*/u, '')
      .trim(),
  );
  // The clause right before the modal word (the last one holding words: `…处理者，应当` leaves an empty one after the comma).
  const reversed = [...parts].reverse();
  const last = reversed.find((p) => p.length > 0) ?? '';
  let candidate = last;
  // `您`/`你`, whom the text addresses (a licence's or terms' user), is the addressee as printed, as English `you` is.
  const second = /^(?:但|并|且|则)?(您|你)(?:还|也|均|都|应|须)?$/u.exec(candidate)?.[1];
  if (second !== undefined) return second;
  for (let i = 0; i < 3 && !zhAddressee.test(candidate); i++) candidate = candidate.replace(zhTrailing, '');
  if (candidate.length >= 2 && candidate.length <= 40 && zhAddressee.test(candidate) && !/[的]$/u.test(candidate)) return candidate;
  // A clause that is a noun phrase too long to keep whole, ending in an addressee (`经营某类…服务、…的示例运营者，
  // 应当…`): its head noun.
  const nominal = last;
  if (nominal.length > 40 && zhAddressee.test(nominal) && nominal.includes('的') && !zhPreposition.test(nominal)) {
    const headNoun = nominal.slice(nominal.lastIndexOf('的') + 1);
    if (headNoun.length >= 2 && headNoun.length <= 12 && zhAddressee.test(headNoun)) return headNoun;
  }
  // The subject opening a clause, from the one nearest the modal word back to the sentence's first
  // (`网信部门实施行政执法，应当…`, `上级网信部门认为必要的，可以…`, `…，处理者不能证明…的，应当…`).
  for (const part of reversed) {
    // The agent a clause names with 由 (`…的，由示例主管部门责令改正，…可以…`) is who acts, not the subject of the condition before it.
    const agent = zhAgent.exec(part)?.[1];
    if (agent) return agent;
    if (/^(?:或者|或|并且|并|且|但是|但|以及)/u.test(part)) continue;
    if (zhPreposition.test(part)) continue;
    // A condition saying its subject is unknown or missing (`示例主管部门不明确的，应当向…报告`) names no one who acts.
    if (/(?:不明确|不清楚|无法确定|难以确定|不能确定|尚未明确|不存在)的$/u.test(part)) continue;
    // A clause opening with a verb is a condition (`发现…的，应当`), unless the verb modifies the subject's noun
    // (`从事示例中介服务的机构提供服务，应当`: the subject is the 机构).
    const verbFirst = /^(?:发现|认为|接到|违反|未|拒绝|利用|从事|明知)/u.test(part);
    for (let i = 2; i <= Math.min(part.length, 30); i++) {
      const prefix = part.slice(0, i);
      if (verbFirst && !prefix.includes('的')) continue;
      // A prefix holding a preposition (`首次向案件当事人…`; not the verb `从事`) is no subject.
      if (/向|对|在|由|从(?!事)/u.test(prefix)) break;
      // A conjunction (`或者`, `和`) ends no subject: `发现待审或者已审的…的，应当` has none.
      if (/(?:或者|或|及|和|与)$/u.test(prefix)) continue;
      if (zhAddressee.test(prefix) && (i === part.length || zhPredicate.test(part.slice(i)))) return prefix;
    }
  }
  return undefined;
}

/** Linking adverbs opening a sentence before its subject (`However,`, `For example,`). */
const enLinkingAdverbs = String.raw`(?:likewise|moreover|furthermore|however|nevertheless|in addition|similarly|accordingly|for example|for instance|in particular|therefore|thus|also|in practice|otherwise|for clarity|for the avoidance of doubt|together|alternatively|alternately|firstly|secondly|thirdly|lastly|first|second|third|consequently|overall|finally|additionally|hence|instead|conversely|in general|generally|specifically|in turn|as such|in this regard|thereafter|thereupon|subsequently|henceforth|hereafter|meanwhile)`;
const enLinkingStart = new RegExp(String.raw`^${enLinkingAdverbs},\s*`, 'iu');

/** What opens a sentence before its subject, up to a comma: an adverbial, a condition, a connective. */
const enOpeners = new RegExp(
  String.raw`^(?:(?:(?:and|or|but)\s+)?(?:in particular\s+)?(?:(?:within|not later than|no later than|after|following|upon|before|by|in|at|during|to|for|except|consistent with|pursuant to|notwithstanding|subject to|in accordance with|as soon as|as an?|prior to|without prejudice to|with (?:respect|regard) to|as part of|${enConditionWords})\b[^,]*|${enLinkingAdverbs}),\s*)+`,
  'iu',
);

/** Whether the subject right before an English modal word is `we`, openers and a conjunction aside. */
function draftersWe(clause: string, index: number): boolean {
  return /^we$/iu.test(
    clause
      .slice(0, index)
      .trim()
      .replace(enItemStart, '')
      .replace(/^(?:and|but|so)\s+/iu, '')
      .replace(enOpeners, '')
      .trim(),
  );
}

/**
 * The addressee of an English norm: the subject before the modal word (`Each Party`, `the Director of OMB`). A
 * third-person pronoun or `we` names no one, unless the document defines it as a term (`"We" means the Example
 * Holder`): `defined` holds the terms it defines, as written; `you`, whom the instrument addresses, is the addressee as
 * printed.
 */
export function enAddresseeOf(clause: string, index: number, length: number, defined: ReadonlySet<string> = new Set()): string | undefined {
  // A passive norm (`The request shall be answered`, `Such measures may not be applied`): its subject is what is
  // acted on, not who acts. The agent of a `by …` phrase is the addressee; without one, the clause names none.
  // A parenthetical between the modal word and its verb (`may, for any use, be copied`) is no part of the verb group.
  const rest = clause.slice(index + length).replace(/^\s*,[^,;:]{1,80},/u, '');
  if (enPassive.test(rest) && !enStative.test(rest)) {
    // The agent follows the participle itself (`shall be considered by the Director …`), not a later one (`executed
    // in accordance with the procedures specified by …`).
    // A participle whose `by …` names what goes with the subject, not who acts (`shall be accompanied by the
    // Example Notice`, `shall be governed by the laws of …`): no agent.
    const agent = enNotAgentBy.test(rest) ? undefined : enAgent.exec(rest)?.[1];
    // Only an agent that names someone: a capitalised name after at most a determiner and one word (`the Director
    // of …`, `any Party`, `the requesting Party`), not an instrument or a manner (`by a notification addressed to …`,
    // `by the majority provided for …`, `by the conditions`).
    return agent && /^(?:(?:each|every|any|all|the|a|an|such)\s+)?(?:\p{Ll}+\s+)?\p{Lu}/u.test(agent) ? agent.trim() : undefined;
  }
  // A copula before a preposition or an adjective of state (`The Trial … shall be by Jury`, `all Duties … shall be
  // uniform`, `Such a request shall be in writing`): it says how something is, not who is to act.
  if (enStateOf.test(rest) || (enBeNoun.test(rest) && !enNegatedSubject.test(clause))) return undefined;
  let head = clause.slice(0, index).trim();
  head = head.replace(enItemStart, '');
  // A clause that goes on after a conjunction (`and each Senator shall …`): the subject after it; none when nothing
  // follows (`and shall have the sole Power …`: the subject is the sentence's, before).
  head = head.replace(/^(?:and|but|or|nor)(?:\s+|$)/iu, '').replace(enItemStart, '');
  // A quote left over from the sentence before (`…Notice." You must …`) is no part of the subject.
  head = head.replace(/^["“”'‘’]\s+/u, '');
  // Opening adverbials and conditions closed by a comma are no part of the subject (`until such enumeration shall be
  // made, the State of New Hampshire shall be entitled …`).
  head = head.replace(enOpeners, '');
  // The subject of a clause that a verb of agreeing or stating opens (`You also agree that either the Example Holder or
  // a Recipient may …`): the one after `that`.
  head = head.replace(
    /^.*?\b(?:agrees?|agreed|acknowledges?|acknowledged|understands?|accepts?|confirms?|recogni[sz]es?|warrants?|represents?|undertakes?|declares?|decides?|stipulates?)\s+that\s+(?=\S)/iu,
    '',
  );
  // An adverb of time with no comma after it (`Thereupon the Example Board shall …`) is no part of the subject either.
  head = head.replace(/^(?:thereupon|thereafter|henceforth|hereafter|subsequently)\s+(?=\p{Lu}|the\s)/iu, '');
  // Run-in labels before the subject (`Duties: Attribution right: The Licensee shall …`) are no part of it.
  head = head.replace(/^(?:[^:;]{1,60}(?::|\s+--|\s+—)\s+(?=\S))+/u, '');
  // A verb phrase coordinated with the modal one (`User indicates acceptance of this Agreement and shall …`): the
  // subject is the one before the first verb.
  const coordinated = /^((?:(?:the|each|every|any|such|a|an)\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})\s+(?:\p{Ll}+ly\s+)?\p{Ll}+s\b[^,;]*\s(?:and|or)$/u.exec(head)?.[1];
  if (coordinated !== undefined) head = coordinated;
  // The consequent of a condition whose own commas hide its end (`If You Convey this Database, any Derivative Database,
  // or …, then You must`): what follows `then`.
  const then = head.search(/(?:^|,?\s+)then\s+\S+[^,]*$/iu);
  if (then >= 0) head = head.slice(then).replace(/^,?\s*then\s+/iu, '');
  // A consequence's adverbial after `then` (`then as a consequence you may not …`) is no part of the subject.
  head = head.replace(/^(?:as a (?:result|consequence)|in (?:that|such a|such) case)\s+(?=\S)/iu, '');
  // A pronoun alone after the last comma is the subject after a condition whose own commas hide its end (`If the
  // Example Code, or any part of it, contains such a notice, you may …`).
  const pronoun = /,\s*(you|You|YOU)$/u.exec(head)?.[1];
  if (pronoun !== undefined) head = pronoun;
  const cut = Math.max(head.lastIndexOf(', and '), head.lastIndexOf(', but '), head.lastIndexOf('; '));
  if (cut >= 0) head = head.slice(cut).replace(/^(?:, and |, but |; )/u, '');
  // Drop a trailing adverb or a parenthetical consultation clause.
  head = head
    .replace(/\s*,\s*in (?:consultation|coordination) with[^,]*,?$/iu, '')
    .replace(/\s+(?:also|further|jointly|promptly|therefore|thus|hence|then|however|accordingly|likewise|always|never|normally|generally|still|instead)$/iu, '');
  // A head that is a condition with no comma to end it (`If he approve he shall …`), or that ends in a relative
  // pronoun (`Every Bill which shall have passed …`: the modal word is the relative clause's): no addressee.
  if (enBareCondition.test(head)) {
    // Unless the condition ends with the subject, a capitalised noun phrase with its determiner right before the modal
    // verb (`When there are five members or fewer the Example Committee may …`), or `You` (`If You made a change You may …`): that subject.
    // Not the object of a preposition (`… made before the Year shall …`).
    const subject =
      /(?:^|\s)(?<!\b(?:of|in|on|at|to|for|by|with|from|under|within|before|after|during|upon|into|than)\s)((?:the|each|every|any|such)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}|You)$/u.exec(
        head,
      )?.[1];
    return subject !== undefined && !isThing(subject) ? subject : undefined;
  }
  if (/\b(?:which|that|who|whom|whose)$/iu.test(head)) return undefined;
  // A head whose parentheses do not pair up (`… (for example, by offering …) the channel (for example, a website)`
  // cut at a comma inside them) is no noun phrase: no addressee rather than a piece of one.
  if ((head.match(/\(/gu)?.length ?? 0) !== (head.match(/\)/gu)?.length ?? 0)) return undefined;
  // A parenthetical after the subject (`Neither House, during the Session of Congress,`) is no part of it.
  head = head.replace(enParenthetical, '');
  // Nor is the short name it is given in brackets (`Example Systems, Inc. ("Example")`).
  head = head.replace(/\s*\((?:the\s+|hereinafter\s+)?["“][^"”()]{1,40}["”]\)\s*$/u, '');
  // A negated subject (`No Person`, `Neither House`) addresses what it negates: the prohibition is theirs.
  const negated = enNegatedHead.exec(head)?.[1];
  // `No one` bars everyone: no addressee of its own.
  if (negated !== undefined && /^one$/iu.test(negated.trim())) return undefined;
  if (negated !== undefined) head = negated;
  // A head names someone when it opens with a determiner or a capital (`The Senate`, `Each Party`), or is a short
  // plural noun phrase (`agencies`, `covered providers`).
  const named = /^(?:(?:each|every|any|all|either|both|the|a|an|such|this|that|these|those|anyone|everyone|anybody|you)\b|\p{Lu})/u.test(head) || /^(?:\p{Ll}+\s+){0,2}\p{Ll}+[^s\P{Ll}]s$/u.test(head);
  if (negated === undefined && !named) return undefined;
  // A head that opens with a preposition names no one (`In no case shall …`, `In this list it shall …`).
  if (/^(?:in|on|at|for|with|under|by|to|from|within|upon)\b/iu.test(head)) return undefined;
  if (head.split(/\s+/u).length > 25 || /^(?:it|there|this order|nothing)\b/iu.test(head)) return undefined;
  // A head holding a verb of its own (`this Section does not affect any right the Licensor`) is a clause, no noun phrase.
  if (/\b(?:does|do|did|is|are|was|were|has|have|had)\s+(?:not\s+)?\p{Ll}/u.test(head) && !/\b(?:that|which|who|whose\s+[\p{L}-]+)\s+(?:does|do|did|is|are|was|were|has|have|had)\b/u.test(head))
    return undefined;
  // A relative clause after the head noun restricts it. A subject relative (`Heads of agencies that are unable to …`,
  // its pronoun followed by a verb) leaves the head as the addressee; an object relative before the modal word (`the
  // periods within which contractors must report`) puts the modal word inside it: the clause names no addressee.
  const relative = /^(.+?\S)\s+((?:to|in|of|for|on|by|with|from|within|under|through)\s+)?(that|which|who|whom|whose)\s+(\S+)/u.exec(head);
  if (relative) {
    // A subject relative: `that`, `which` or `who` followed by its verb, not by a subject of its own (`that a provider …`).
    // `whose` and its noun restrict the head as a subject relative does (`A Licensee whose Agreement is terminated`).
    const subjectRelative =
      !relative[2] &&
      (relative[3] === 'whose' ||
        (/^(?:that|which|who)$/u.test(relative[3]!) &&
          /^\p{Ll}/u.test(relative[4]!) &&
          !/^(?:a|an|the|this|that|these|those|its|their|his|her|our|such|any|each|every|no|some|it|they|he|she|we|you)$/u.test(relative[4]!)));
    if (!subjectRelative) return undefined;
    // The head before the pronoun, without a conjunction left hanging (`all Treaties made, or which shall be made`).
    head = relative[1]!.replace(/,?\s*(?:,|\bor|\band)$/u, '');
  }
  // A third-person pronoun or `we` names no one unless the document defines it as a term; `you` is whom the instrument
  // itself addresses (a licence's licensee, a regulation's reader), defined or not: the addressee as printed.
  if (/^(?:they|he|she|it|we)$/iu.test(head) && !defined.has(head)) return undefined;
  // A subject that is a thing, not someone (`The request for assistance shall contain …`, `Any litigation … shall take
  // place …`, `Modifications must not alter …`): the clause states what the thing must be, and names no addressee.
  if (isThing(head)) return undefined;
  return head.replace(/[,;:]$/u, '');
}

/** Participles whose `by …` phrase is no agent: what accompanies, follows, governs, covers or replaces the subject. */
const enNotAgentBy = /^\s*(?:(?:not|only|also)\s+)*be\s+(?:\p{L}+ly\s+)?(?:accompanied|followed|preceded|governed|covered|replaced|superseded|bound|limited)\s+by\b/iu;

/** The agent right after a passive participle (`… be considered by the Director of …`): group 1. */
const enAgent = new RegExp(
  `${enPassive.source}\\s+by\\s+((?:each|every|any|all|the|a|an|such|\\p{Lu})[^,;:.()]{1,80}?)(?=\\s*(?:[,;:.()]|$|\\s(?:in|into|on|onto|upon|at|within|for|from|under|to|with|without|as|after|before|during|where|when|if|unless|and|or|which|that|who)\\b))`,
  'iu',
);

/** A head opening with a condition or a concession that no comma ends (`If he approve he`). */
const enBareCondition = new RegExp(String.raw`^(?:${enConditionWords}|although|though|because|since)\b`, 'iu');

/** A parenthetical after a subject, to its end (`, during the Session of Congress`, `, whenever two thirds …`). */
const enParenthetical = new RegExp(String.raw`,\s*(?:during|in|on|at|for|with|under|by|within|upon|without|after|before|except|${enConditionWords})\b.*$`, 'iu');

/** `be` before a preposition or an adjective of state: the clause describes a thing (`shall be in writing`, `shall be void`). */
const enStateOf =
  /^\s*(?:not\s+|only\s+|also\s+)*be\s+(?:by|in(?!\s+a\s+position\b)|of|at|on|under|within|without|void|null|valid|invalid|uniform|final|equal|confidential|admissible|inadmissible|applicable|effective|compulsory|free(?!\s+to\b)|available|accessible|inoperative|inviolable|public|private|secret|anonymous|unanimous|subject\s+(?:only\s+)?to)\b/iu;
/** `be` before a noun phrase (`shall be the supreme Law of the Land`): what a thing is, unless the subject is negated (`No Person shall be a Representative who …` bars persons). */
const enBeNoun = /^\s*(?:not\s+|only\s+|also\s+)*be\s+(?:the|a|an)\b/iu;

/** Participles that say what the subject may or must do (`shall be entitled to`, `shall be required to`): the subject acts. */
const enStative = /^\s*(?:not\s+|only\s+|also\s+)*be\s+(?:entitled|required|permitted|allowed|obliged|authori[sz]ed|empowered|bound|prepared|able|free)\s+to\b/iu;

/**
 * The subject of a lead-in that is a noun phrase and a colon, with no norm of its own (`The Example Committee:`,
 * `(c) Each draft plan under this part:`): its items open with a modal verb (`a. may make …`). A thing's noun phrase
 * (a plan, a rule: `thingHeads`) is a subject naming no addressee: `unspecified`.
 */
export function enLeadSubject(sentence: string): string | undefined {
  const lead = sentence
    .trim()
    .replace(/[:：]$/u, '')
    .trim();
  if (lead.length === 0 || findNorm(lead, 'en')) return undefined;
  const subject = enAddresseeOf(`${lead} shall`, lead.length + 1, 'shall'.length);
  if (subject !== undefined) return subject;
  const phrase = lead.replace(enItemStart, '').trim();
  return /^(?:the|this|that|these|those|such|any|each|every|all|a|an)\s/iu.test(phrase) && isThing(phrase) ? 'unspecified' : undefined;
}

/**
 * The norm a Chinese lead-in states for the items under it, with its addressee: a list of duties, measures, acts or
 * tasks (`示例机构应当履行下列示例义务：`, `可以采取下列措施：`, `不得有下列行为：`), whose items are actions; not a
 * list of what to tell, weigh or report (`应当告知下列事项：`, `考虑下列因素：`), whose items are things.
 */
function zhLeadNormOf(lead: string, own: ReturnType<typeof zhLeadOf>): { modality: NormModality; actor: string } | undefined {
  const { norm, actor } = own;
  if (!norm || !/(?:下列|以下|如下)\p{Script=Han}{0,6}?(?:[义義][务務]|措施|行[为為]|[职職][责責]|工作)/u.test(lead.slice(norm.index))) return undefined;
  return { modality: norm.modality, actor: actor ?? 'unspecified' };
}

/** A Chinese lead-in's own norm and its addressee (`示例处理者…的，应当遵守下列规定：` → 示例处理者), if it has them. */
function zhLeadOf(lead: string): { norm?: ReturnType<typeof findNorm>; actor?: string | undefined } {
  const norm = findNorm(lead, 'zh');
  return norm ? { norm, actor: zhAddresseeOf(lead, norm.index) } : {};
}

/**
 * The norm an English lead-in ending with its modal verb states for the items under it, with its addressee (`The
 * Example Board shall:` ⏎ `(i) review …;` ⏎ `(ii) report …`): each item completes the verb phrase, an act of that norm.
 */
function enLeadNormOf(lead: string, defined: ReadonlySet<string>): { modality: NormModality; actor: string } | undefined {
  const norm = findNorm(lead, 'en');
  if (!norm || isInstrumentClause(lead, norm.index) || !/^\s*(?:,[^,:;]{1,80},?\s*)?:?\s*$/u.test(lead.slice(norm.index + norm.length))) return undefined;
  return { modality: norm.modality, actor: enAddresseeOf(lead, norm.index, norm.length, defined) ?? 'unspecified' };
}

/** What an English item's marker may count (`(ii)`: the second in roman numerals or the ninth letter and one more). */
function itemReadings(text: string): Array<{ kind: 'digit' | 'roman' | 'letter'; n: number }> {
  const label = /^\(?([ivxlc]+|[a-z]|\d{1,3})[.)]\s/u.exec(text.trimStart())?.[1];
  if (label === undefined) return [];
  const readings: Array<{ kind: 'digit' | 'roman' | 'letter'; n: number }> = [];
  if (/^\d+$/u.test(label)) readings.push({ kind: 'digit', n: Number(label) });
  const roman = /^[ivxlc]+$/u.test(label) ? romanToInt(label.toUpperCase()) : undefined;
  if (roman !== undefined) readings.push({ kind: 'roman', n: roman });
  if (/^[a-z]$/u.test(label)) readings.push({ kind: 'letter', n: label.charCodeAt(0) - 96 });
  return readings;
}

/**
 * The next item of a list under an English lead-in: the first counts from one, each next one the one after its
 * predecessor in the same way (`(i)`, `(ii)`, … and not the `(e)` of the level above). Returns the item's count, or
 * undefined when the paragraph is no next item.
 */
function nextItem(text: string, previous: { kind: 'digit' | 'roman' | 'letter'; n: number } | undefined) {
  return itemReadings(text).find((r) => (previous === undefined ? r.n === 1 : r.kind === previous.kind && r.n === previous.n + 1));
}

/** The norms of a binding document, in source order. */
export function extractNorms(doc: Document, locator: Locator, vocabulary?: ConceptVocabulary, defined: ReadonlySet<string> = new Set()): ActionItem[] {
  if (!bindingKinds.has(doc.kind ?? '')) return [];
  const drafts: Array<Omit<ActionItem, 'id'>> = [];
  for (const { section } of sectionsOf(doc.sections)) {
    if (section.kind === 'front-matter' || section.kind === 'back-matter' || section.kind === 'contents') continue;
    // The subject a lead-in names for the items under it, by language (`The Example Committee:`).
    const leadSubject = new Map<Lang, string | undefined>();
    // The norm of a Chinese lead-in for the items under it (`示例机构应当履行下列义务：` ⏎ `（一）制定…；`): each item
    // without a modal word of its own states that norm, of that addressee.
    let zhLeadNorm: { modality: NormModality; actor: string } | undefined;
    // The addressee of a Chinese lead-in with a norm of its own (`示例处理者…应当遵守下列规定：`): an item that states
    // a norm but names no one (`（五）不得…；`) states it of that addressee.
    let zhLeadActor: string | undefined;
    // The same for an English lead-in ending with its modal verb (`The Example Board shall:`), with its items' count.
    let enLeadNorm: { modality: NormModality; actor: string; item?: { kind: 'digit' | 'roman' | 'letter'; n: number } } | undefined;
    for (const paragraph of section.paragraphs) {
      for (const text of locator.languages(paragraph)) {
        const lead = leadSubject.get(text.lang);
        const first = text.sentences[0]?.text ?? '';
        const last = text.sentences.at(-1)?.text ?? '';
        const zhItem = text.lang === 'zh' && cjkItemMarker.test(first.trimStart());
        const enItem = text.lang === 'en' && enLeadNorm ? nextItem(first, enLeadNorm.item) : undefined;
        const inherited = zhItem ? zhLeadNorm : enItem ? enLeadNorm : undefined;
        if (/[:：]\s*$/u.test(last)) leadSubject.set(text.lang, text.lang === 'en' ? enLeadSubject(last) : undefined);
        else if (!enItemStart.test(first.trimStart())) leadSubject.delete(text.lang);
        if (text.lang === 'zh') {
          const leadIn = /[:：]\s*$/u.test(last);
          const own = leadIn ? zhLeadOf(last) : undefined;
          zhLeadNorm = own ? zhLeadNormOf(last, own) : zhItem ? zhLeadNorm : undefined;
          zhLeadActor = own ? own.actor : zhItem ? zhLeadActor : undefined;
        }
        // A lead-in ends with a colon, or with its modal verb where the items run on from it (`An Example Member may` ⏎ `1. vote;`).
        if (text.lang === 'en') enLeadNorm = /(?::|\b(?:shall|may|must))\s*$/iu.test(last) ? enLeadNormOf(last, defined) : enItem && enLeadNorm ? { ...enLeadNorm, item: enItem } : undefined;
        /** An item of this paragraph: a clause of its text at `offset`, its addressee and modality. */
        const add = (clause: string, offset: number, actor: string, modality: NormModality): void => {
          const concepts = vocabulary ? conceptsOf(vocabulary, { [text.lang]: clause }) : [];
          drafts.push({
            sectionId: section.id,
            paragraphId: paragraph.id,
            actor,
            modality,
            text: { [text.lang]: clause },
            ...(concepts.length > 0 ? { concepts } : {}),
            span: locator.span(text.folded, offset, offset + clause.length),
          });
        };
        for (const sentence of text.sentences) {
          // An English item under a lead-in ending with its modal verb: its first sentence, whole, is an act of that
          // norm when it has none of its own (its later sentences are read as any).
          if (enItem && inherited && sentence === text.sentences[0] && !findNorm(sentence.text, 'en')) {
            const clause = sentence.text.trim();
            add(clause, sentence.start + sentence.text.indexOf(clause), inherited.actor, inherited.modality);
            continue;
          }
          // Clauses: a sentence split at semicolons, and an English one where a clause with a subject and a modal
          // word of its own is coordinated (`…, and You must include …`).
          for (const { text: piece, start: at } of clausesOf(sentence.text, text.lang)) {
            const start = sentence.start + at;
            const clause = piece.trim();
            // A line of a text-art box, framed by the same character (`*  … shall have       *`), is no clause.
            if (/^([*|#])\s.*\s\1$/u.test(clause)) continue;
            const offset = start + piece.indexOf(clause);
            const norm = findNorm(clause, text.lang);
            if (!norm && inherited && zhItem) add(clause, offset, inherited.actor, inherited.modality);
            if (!norm || isInstrumentClause(clause, norm.index)) continue;
            // `we`, where the text defines no `We`, is its drafters speaking (a preamble's `we must make certain …`):
            // what they must do is no norm of the instrument.
            if (text.lang === 'en' && !defined.has('We') && !defined.has('we') && draftersWe(clause, norm.index)) continue;
            const own = text.lang === 'zh' ? zhAddresseeOf(clause, norm.index) : enAddresseeOf(clause, norm.index, norm.length, defined);
            // A clause that opens with its modal verb (`a. may make proposals …`) is said of the lead-in's subject; with
            // no lead-in naming one it is a piece of a sentence (`* shall have been informed …`, a line of a text-art
            // box), no clause.
            const modalFirst = text.lang === 'en' && clause.slice(0, norm.index).replace(enItemStart, '').trim() === '' && /^(?:shall|may|must)\b/iu.test(clause.slice(norm.index));
            if (modalFirst && own === undefined && lead === undefined) continue;
            add(clause, offset, own ?? (modalFirst ? lead : undefined) ?? (zhItem ? zhLeadActor : undefined) ?? 'unspecified', norm.modality);
          }
        }
      }
    }
  }
  return numberItems<ActionItem>(drafts, (d) => d.paragraphId, 'action');
}
