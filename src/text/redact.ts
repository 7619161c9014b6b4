/**
 * Privacy: e-mail addresses, phone numbers and the names of contact persons
 * given in form fields never reach the output. They are replaced by
 * `[redacted]` and counted; the source stays as received.
 *
 * Redaction runs twice: on paragraph texts as they are assembled (so the
 * extraction never sees an address), and as the last step before anything is
 * written, over every string of every document (titles and other metadata,
 * texts changed or added by corrections, items), so nothing can put personal
 * data back. The build then checks every output file for a leak.
 */
import type { Document } from '../../generated/types/index.js';

const emailPattern = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
/**
 * The phone number forms redaction removes, each with an example its test checks. The leak check at the end of
 * a build finds phone numbers by other means (libphonenumber-js, src/text/phones.ts), so that one catches what
 * the other misses; a number only the leak check finds fails the build.
 */
export const phoneForms: ReadonlyArray<{ readonly name: string; readonly pattern: string; readonly example: string }> = [
  { name: 'international, with a country code', pattern: String.raw`\+\d{1,3}(?:[ .-]?(?:\(\d{1,4}\)|\d{1,4})){2,5}`, example: '+33 1 42 68 53 00' },
  { name: 'grouped by three and four (US, and many others)', pattern: String.raw`(?:\(\d{2,4}\)|\d{2,4})[ .-]\d{3,4}[ .-]\d{3,4}`, example: '(202) 555-0142' },
  { name: 'Chinese landline: area code and number', pattern: String.raw`(?:\(0\d{2,3}\)|0\d{2,3})[ -]?\d{7,8}`, example: '010-65201234' },
  { name: 'Chinese mobile', pattern: String.raw`1[3-9]\d(?:[ -]?\d{4}){2}`, example: '13812345678' },
  { name: 'French and other European numbers in pairs', pattern: String.raw`0\d(?:[ .]\d{2}){4}`, example: '01 42 68 53 00' },
];
// `(?=[+(\d])` first: a cheap test that fails at most positions before the Unicode look-behind is tried.
const phonePattern = new RegExp(String.raw`(?=[+(\d])(?<![\p{N}\p{L}+])(?:${phoneForms.map((f) => f.pattern).join('|')})(?![\p{N}\p{L}])`, 'gu');

type RedactionKind = 'email' | 'phone' | 'name';

const redactedMark = '[redacted]';

/**
 * A form field naming a person: `Name:`, `First name:`, `Last name:`,
 * `Contact:`, `Contact person:`, `联系人：`, `姓名：` (not `Name of Organization:`).
 * Its value is the rest of the line, or, when that is empty, the next
 * non-blank line (forms print the answer under the question).
 */
const personField = /^[ \t]*(?:(?:first|last|family|given|middle|full)[ \t]+name|name|contact(?:[ \t]+(?:person|name))?|联系人|姓名)[ \t]*[:：][ \t]*(.*)$/iu;

/** Longest field value taken for a name (a longer one is prose, not a name). */
const maxNameLength = 60;

function nameValue(value: string): string | undefined {
  const v = value.trim();
  if (v.length < 2 || v.length > maxNameLength || v.includes(redactedMark)) return undefined;
  if (/[:：]/u.test(v) || !/[\p{L}]/u.test(v)) return undefined;
  return v;
}

/** Whether a code unit ends a line (`\n` or `\r`, as `personalNames` splits lines: `\r\n`, `\r` or `\n`). */
const isBreak = (code: number): boolean => code === 10 || code === 13;

/** The end of the line that holds offset `at` (the offset of its line break, or the text's length). */
function lineEndAt(text: string, at: number): number {
  let end = at;
  while (end < text.length && !isBreak(text.charCodeAt(end))) end++;
  return end;
}

/**
 * The names of contact persons that a source gives in form fields, longest first. A field has a colon: only the
 * lines that hold one are read (most lines have none), found from one colon to the next, not by splitting the text.
 */
export function personalNames(source: string): string[] {
  const names = new Set<string>();
  let ascii = source.indexOf(':');
  let wide = source.indexOf('：');
  while (ascii >= 0 || wide >= 0) {
    const colon = ascii < 0 ? wide : wide < 0 ? ascii : Math.min(ascii, wide);
    let start = colon;
    while (start > 0 && !isBreak(source.charCodeAt(start - 1))) start--;
    const end = lineEndAt(source, colon);
    const m = personField.exec(source.slice(start, end));
    if (m) {
      let value = m[1]!.trim();
      if (value === '') value = nextLines(source, end, 3).find((l) => l.trim() !== '') ?? '';
      const name = nameValue(value);
      if (name && !personField.test(value)) names.add(name);
    }
    if (ascii >= 0 && ascii < end) ascii = source.indexOf(':', end);
    if (wide >= 0 && wide < end) wide = source.indexOf('：', end);
  }
  return [...names].sort((a, b) => b.length - a.length || a.localeCompare(b));
}

/** Up to `count` lines after the line break at `end` (none when the text ends there). */
function nextLines(text: string, end: number, count: number): string[] {
  const lines: string[] = [];
  let at = end;
  while (lines.length < count && at < text.length) {
    at += text.charCodeAt(at) === 13 && text.charCodeAt(at + 1) === 10 ? 2 : 1;
    const next = lineEndAt(text, at);
    lines.push(text.slice(at, next));
    at = next;
  }
  return lines;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/**
 * The patterns of the lists of names compiled last, oldest first: a list is
 * one document's names (or, at the end of a build, every document's), used
 * many times while that document is assembled and written, then no more. A
 * few are kept, not one per document: a build of many documents must not
 * hold a pattern for each.
 */
const namePatterns = new Map<string, RegExp>();
const keptNamePatterns = 8;

/** A pattern matching any of the names, as whole words where they begin or end with a letter or digit (compiled once per list while it is in use). */
function namesPattern(names: readonly string[]): RegExp | undefined {
  if (names.length === 0) return undefined;
  const cacheKey = names.join('\u0000');
  const cached = namePatterns.get(cacheKey);
  if (cached) return cached;
  if (namePatterns.size >= keptNamePatterns) namePatterns.delete(namePatterns.keys().next().value!);
  const alternatives = names.map(
    (n) => `${/^[\p{L}\p{N}]/u.test(n) && !/^\p{Script=Han}/u.test(n) ? '(?<![\\p{L}\\p{N}])' : ''}${escape(n)}${/[\p{L}\p{N}]$/u.test(n) && !/\p{Script=Han}$/u.test(n) ? '(?![\\p{L}\\p{N}])' : ''}`,
  );
  const pattern = new RegExp(alternatives.join('|'), 'gu');
  namePatterns.set(cacheKey, pattern);
  return pattern;
}

/** Whether a text can hold an e-mail address (it has an `@`): most strings cannot, and skip the pattern. */
const mayHoldEmail = (text: string): boolean => text.includes('@');
/** Whether a text can hold a phone number: every form has six digits with at most a separator between pairs (a cheap pattern without lookbehind). */
const phoneCore = /\d{2}[ .()-]{0,2}\d{2}[ .()-]{0,2}\d{2}/u;
const mayHoldPhone = (text: string): boolean => phoneCore.test(text);

const count = (text: string, pattern: RegExp | undefined) => (pattern ? (text.match(pattern)?.length ?? 0) : 0);

/**
 * What redaction removes from a source's paragraphs and headings, by kind and
 * count: every character of a source lands in the output once, so these are
 * the matches in the source.
 */
export function redactionsOf(source: string, names: readonly string[] = []): Array<{ kind: RedactionKind; count: number }> {
  return tally({ email: mayHoldEmail(source) ? count(source, emailPattern) : 0, phone: count(source, phonePattern), name: count(source, namesPattern(names)) });
}

function tally(counts: Record<RedactionKind, number>): Array<{ kind: RedactionKind; count: number }> {
  return (['email', 'phone', 'name'] as const).filter((k) => counts[k] > 0).map((kind) => ({ kind, count: counts[kind] }));
}

/**
 * Whether redaction could change a text (an `@`, digits like a phone number's, or one of the names, which are
 * matched as written); when not, `redactText` gives it back as it is.
 */
export function mayNeedRedaction(text: string, names: readonly string[] = []): boolean {
  return mayHoldEmail(text) || mayHoldPhone(text) || names.some((name) => text.includes(name));
}

/** Redact a text without counting. */
export function redactText(text: string, names: readonly string[] = []): string {
  const byName = namesPattern(names);
  const withoutEmail = mayHoldEmail(text) ? text.replace(emailPattern, redactedMark) : text;
  const out = mayHoldPhone(withoutEmail) ? withoutEmail.replace(phonePattern, redactedMark) : withoutEmail;
  return byName ? out.replace(byName, redactedMark) : out;
}

/** Keys whose values are identifiers or fixed vocabularies, never free text. */
const identifierKeys: ReadonlySet<string> = new Set([
  'id',
  'sectionId',
  'paragraphId',
  'sameAs',
  'work',
  'corrections',
  'sha256',
  'path',
  'concept',
  'concepts',
  'kind',
  'modality',
  'languages',
  'basis',
  'method',
  'polarity',
  'ruleId',
]);

/** Item lists: their texts repeat their paragraph's, so they are redacted but not counted again. */
const itemKeys: ReadonlySet<string> = new Set(['principles', 'actionItems', 'claims']);

/**
 * Redact every free-text string of a JSON value. `counts` (when given)
 * receives the matches, except inside item lists.
 */
export function redactValue<T>(value: T, names: readonly string[], counts?: Record<RedactionKind, number>): T {
  const byName = namesPattern(names);
  const visit = (v: unknown, counted: boolean): unknown => {
    if (typeof v === 'string') {
      if (counts && counted) {
        if (mayHoldEmail(v)) counts.email += count(v, emailPattern);
        if (mayHoldPhone(v)) counts.phone += count(v, phonePattern);
        counts.name += count(v, byName);
      }
      return redactText(v, names);
    }
    if (Array.isArray(v)) return v.map((x) => visit(x, counted));
    if (v !== null && typeof v === 'object') {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, identifierKeys.has(k) ? x : visit(x, counted && !itemKeys.has(k))]));
    }
    return v;
  };
  return visit(value, true) as T;
}

/**
 * The last step before a document is written: every string redacted, and
 * `redactions` the count of what was removed from its text (e-mail addresses
 * and phone numbers were already taken out of paragraphs, and are counted in
 * `redactions` already; the rest is added). The document is redacted in
 * place (the build owns it, and a copy of every document would only feed the
 * garbage collector) and returned.
 */
export function redactDocument(document: Document, names: readonly string[]): Document {
  const counts: Record<RedactionKind, number> = { email: 0, phone: 0, name: 0 };
  for (const r of document.redactions) counts[r.kind as RedactionKind] += r.count;
  const byName = namesPattern(names);
  const redact = (v: string, counted: boolean): string => {
    const email = mayHoldEmail(v);
    const phone = mayHoldPhone(v);
    if (counted) {
      if (email) counts.email += count(v, emailPattern);
      if (phone) counts.phone += count(v, phonePattern);
      counts.name += count(v, byName);
    }
    // Most strings hold nothing to redact: the pre-tests above already say so.
    return email || phone || byName ? redactText(v, names) : v;
  };
  const visit = (node: Record<string, unknown> | unknown[], counted: boolean): void => {
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const x: unknown = node[i];
        if (typeof x === 'string') node[i] = redact(x, counted);
        else if (x !== null && typeof x === 'object') visit(x as Record<string, unknown>, counted);
      }
      return;
    }
    for (const key of Object.keys(node)) {
      if (identifierKeys.has(key)) continue;
      const x = node[key];
      const inner = counted && !itemKeys.has(key);
      if (typeof x === 'string') node[key] = redact(x, inner);
      else if (x !== null && typeof x === 'object') visit(x as Record<string, unknown>, inner);
    }
  };
  for (const key of Object.keys(document) as Array<keyof Document>) {
    if (key === 'redactions' || identifierKeys.has(key)) continue;
    const x = document[key];
    if (typeof x === 'string') (document as unknown as Record<string, unknown>)[key] = redact(x, !itemKeys.has(key));
    else if (x !== null && typeof x === 'object') visit(x as Record<string, unknown>, !itemKeys.has(key));
  }
  document.redactions = tally(counts);
  return document;
}

/** A character of an address's local part (the class of `emailPattern` before its `@`). */
const localChar = /[\p{L}\p{N}._%+-]/u;
/** An address's domain, matched where it must start (just after the `@`). */
const domainAt = /[\p{L}\p{N}.-]+\.[\p{L}]{2,}/uy;

/**
 * The first match of `emailPattern` in a text, found from its `@`s: an address holds exactly one, and the
 * leftmost match starts where the run of local-part characters before the first `@` followed by a domain
 * starts. The same match as `emailPattern.exec(text)`, without trying the pattern at every position of a
 * large output file that has an `@` somewhere.
 */
function firstEmail(text: string): { offset: number; match: string } | undefined {
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0) {
      // A letter outside the BMP is a surrogate pair: two code units, tested whole.
      const low = text.charCodeAt(start - 1);
      const width = low >= 0xdc00 && low <= 0xdfff && start > 1 ? 2 : 1;
      if (!localChar.test(text.slice(start - width, start))) break;
      start -= width;
    }
    if (start === at) continue;
    domainAt.lastIndex = at + 1;
    const domain = domainAt.exec(text);
    if (domain) return { offset: start, match: text.slice(start, at + 1 + domain[0].length) };
  }
  return undefined;
}

/** Where personal data remains in a text: the offset and kind of the first match, or undefined. */
export function findLeak(text: string, names: readonly string[] = []): { offset: number; kind: RedactionKind; match: string } | undefined {
  const found: Array<{ offset: number; kind: RedactionKind; match: string }> = [];
  const email = mayHoldEmail(text) ? firstEmail(text) : undefined;
  if (email) found.push({ ...email, kind: 'email' });
  // Only the names the text holds at all go into the pattern (most texts hold none: no pattern is run).
  for (const [kind, pattern] of [
    ['phone', mayHoldPhone(text) ? phonePattern : undefined],
    ['name', namesPattern(names.filter((n) => text.includes(n)))],
  ] as const) {
    if (!pattern) continue;
    pattern.lastIndex = 0;
    const m = pattern.exec(text);
    pattern.lastIndex = 0;
    if (m) found.push({ offset: m.index, kind, match: m[0] });
  }
  return found.sort((a, b) => a.offset - b.offset)[0];
}
