/**
 * The second opinion on phone numbers: libphonenumber-js (Google's libphonenumber metadata, kept up to date by
 * its maintainers) finds the numbers valid in the regions whose documents the dataset holds, written the way
 * their publishers write them. Used by the leak check at the end of a build, not by redaction, so that the two
 * find phone numbers by different means.
 */
import { findNumbers, type CountryCode } from 'libphonenumber-js/max';

/**
 * Regions whose national number formats are looked for (numbers with a `+` country code are found whatever the
 * region). Not DE: its short area codes make dates (`2022-11-07`) valid numbers.
 */
const phoneRegions: readonly CountryCode[] = ['CN', 'US', 'FR', 'GB'];

/**
 * Candidates: runs of seven or more digits with the punctuation numbers are printed with between them (and a
 * leading `+`). Only these windows are handed to libphonenumber-js: the output files are large, and most of
 * their text cannot hold a number.
 */
const candidates = /\+?\(?\d(?:[ ().-]{0,3}\d){6,}/gu;

const punctuated = /[ +().-]/u;
/** A Chinese mobile number's digits: the one bare run of digits taken for a phone number (a window must hold one). */
const chineseMobileDigits = String.raw`1[3-9]\d{9}`;
const chineseMobile = new RegExp(chineseMobileDigits, 'u');
const onlyChineseMobile = new RegExp(`^${chineseMobileDigits}$`, 'u');

/**
 * Two runs of digits joined by one hyphen, with no space or bracket (`1000-59999`, a range; `1003.1-2008`, a
 * standard's number): a range or an identifier, unless printed as a local number is (`555-1234`) or a Chinese
 * landline with its area code (`010-12345678`).
 */
function rangeOrIdentifier(match: string): boolean {
  return /^\d+(?:\.\d+)*-\d+$/u.test(match) && !/^(?:\d{3}-\d{4}|0\d{2,3}-\d{7,8})$/u.test(match);
}

/** The first phone number of a text, by libphonenumber-js, or undefined. */
export function findPhoneNumber(text: string): { offset: number; match: string } | undefined {
  for (const c of text.matchAll(candidates)) {
    // Some context around the window, for numbers libphonenumber reads with a prefix (`Tel.`, `+`).
    const from = Math.max(0, c.index - 4);
    const window = text.slice(from, c.index + c[0].length + 4);
    // What `firstIn` accepts is made of digits and `+ ( ) . -` and spaces, and is not a bare run of digits unless a
    // Chinese mobile number: a window with neither can hold nothing it accepts (a hash's or an identifier's digits).
    if (!punctuated.test(window) && !chineseMobile.test(window)) continue;
    const found = firstIn(window);
    // Digits right after `#` are an issue's or an item's number (`bug#20515`), whatever follows them.
    if (found && text[from + found.offset - 1] !== '#') return { offset: from + found.offset, match: found.match };
  }
  return undefined;
}

function firstIn(text: string): { offset: number; match: string } | undefined {
  let first: { offset: number; match: string } | undefined;
  for (const region of phoneRegions) {
    // Only digits with the punctuation numbers are printed with (not `1050000000;74` of a CSV cell), and not a
    // bare run of digits, which is a figure or an identifier (`1050000000`), unless it is a Chinese mobile number.
    const found = findNumbers(text, { defaultCountry: region, v2: true })
      .map((n) => ({ offset: n.startsAt, match: text.slice(n.startsAt, n.endsAt) }))
      .find(({ match }) => /^\+?\(?\d[\d ().-]*\d$/u.test(match) && (!/^\d+$/u.test(match) || onlyChineseMobile.test(match)) && !rangeOrIdentifier(match));
    if (found && (!first || found.offset < first.offset)) first = found;
  }
  return first;
}
