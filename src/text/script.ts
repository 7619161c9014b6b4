/**
 * Language of a text by script: the ratio of Han to Latin letters. Right where
 * statistical guessers (franc) go wrong on short text.
 */
export type Lang = 'en' | 'zh';

const han = /\p{Script=Han}/u;
const latin = /\p{Script=Latin}/u;

/** Count Han and Latin letters (ASCII letters counted without a regular expression, for speed). */
export function scriptCounts(text: string): { han: number; latin: number } {
  let h = 0;
  let l = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) l++;
    } else if (code >= 0x4e00 && code <= 0x9fff) h++;
    // Punctuation blocks common in both languages: ‘’“”… (U+2000–206F) are neither script; in the CJK
    // symbols (U+3000–303F) only 々〇 and the Hangzhou numerals are Han; among the full-width forms
    // (U+FF00–FFEF) only the letters are Latin.
    else if (code >= 0x2000 && code <= 0x206f) continue;
    else if (code >= 0x3000 && code <= 0x303f) {
      if (code === 0x3005 || code === 0x3007 || (code >= 0x3021 && code <= 0x3029) || (code >= 0x3038 && code <= 0x303b)) h++;
    } else if (code >= 0xff00 && code <= 0xffef) {
      if ((code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)) l++;
    } else if (han.test(text[i]!)) h++;
    else if (latin.test(text[i]!)) l++;
  }
  return { han: h, latin: l };
}

/**
 * The language of a text: `zh` when Han letters outweigh Latin ones (a Han
 * letter counts as much as three Latin letters, a word's worth), `en` when
 * it has Latin letters, undefined when it has neither.
 */
export function languageOf(text: string): Lang | undefined {
  const { han: h, latin: l } = scriptCounts(text);
  if (h === 0 && l === 0) return undefined;
  return h * 3 >= l ? 'zh' : 'en';
}

/** Whether a text is written in capitals: two capitals in a row and no small letter (`2. GRANT OF RIGHTS`). */
export function isAllCapitals(text: string): boolean {
  return /\p{Lu}{2}/u.test(text) && !/\p{Ll}/u.test(text);
}

/**
 * Scripts of languages the dataset does not hold (it holds English and Chinese), as declared ranges of code points:
 * a text written mostly in one of them is refused, never read as English or Chinese (`foreignScript`). Japanese
 * is told from Chinese by its kana, which Chinese does not use.
 */
export const foreignScripts: ReadonlyArray<{ readonly name: string; readonly ranges: ReadonlyArray<readonly [number, number]>; readonly example: string }> = [
  {
    name: 'Japanese kana',
    ranges: [
      [0x3040, 0x30ff],
      [0x31f0, 0x31ff],
      [0xff66, 0xff9f],
    ],
    example: 'これはテストです',
  },
  {
    name: 'Korean Hangul',
    ranges: [
      [0x1100, 0x11ff],
      [0x3130, 0x318f],
      [0xac00, 0xd7af],
    ],
    example: '이것은 시험입니다',
  },
  { name: 'Cyrillic', ranges: [[0x0400, 0x052f]], example: 'Это пример' },
  {
    name: 'Arabic',
    ranges: [
      [0x0600, 0x06ff],
      [0x0750, 0x077f],
    ],
    example: 'هذا مثال',
  },
  { name: 'Greek', ranges: [[0x0370, 0x03ff]], example: 'Αυτό είναι ένα παράδειγμα' },
  { name: 'Hebrew', ranges: [[0x0590, 0x05ff]], example: 'זו דוגמה' },
  { name: 'Devanagari', ranges: [[0x0900, 0x097f]], example: 'यह एक उदाहरण है' },
  { name: 'Thai', ranges: [[0x0e00, 0x0e7f]], example: 'นี่คือตัวอย่าง' },
];

/** The ranges of `foreignScripts` flat, for a loop that allocates nothing: from, to, the script's index. */
const foreignRanges = Uint32Array.from(foreignScripts.flatMap((script, s) => script.ranges.flatMap(([from, to]) => [from, to, s])));

/** Share of a text's letters in one foreign script above which the text is in that script's language. */
const foreignShare = 0.2;
/** Fewer foreign letters than this say nothing (a name, a symbol, a quoted word). */
const fewestForeign = 50;

/**
 * The foreign script a text is mostly written in: its name, its share of the letters and the offset of its first
 * letter; undefined when Latin and Han letters make up at least four fifths of them (a bilingual Chinese–English
 * text, an English text quoting a Greek symbol or a Russian title).
 */
export function foreignScript(text: string): { name: string; share: number; offset: number } | undefined {
  const counts = new Array<number>(foreignScripts.length).fill(0);
  const first = new Array<number>(foreignScripts.length).fill(-1);
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) letters++;
      continue;
    }
    if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xc0 && code <= 0x24f)) {
      letters++;
      continue;
    }
    // Code points below the first foreign range or in the CJK punctuation blocks belong to no foreign script.
    if (code < 0x370 || (code >= 0x2000 && code < 0x3040)) continue;
    if (code >= 0xff00 && (code < 0xff66 || code > 0xff9f)) continue;
    for (let r = 0; r < foreignRanges.length; r += 3) {
      if (code >= foreignRanges[r]! && code <= foreignRanges[r + 1]!) {
        const s = foreignRanges[r + 2]!;
        counts[s]!++;
        letters++;
        if (first[s] === -1) first[s] = i;
        break;
      }
    }
  }
  let best = -1;
  for (let s = 0; s < counts.length; s++) if (counts[s]! >= fewestForeign && (best < 0 || counts[s]! > counts[best]!)) best = s;
  if (best < 0 || counts[best]! / letters < foreignShare) return undefined;
  return { name: foreignScripts[best]!.name, share: counts[best]! / letters, offset: first[best]! };
}

/**
 * Languages written in Latin letters that the dataset does not hold, by their commonest short words (a declared
 * table; English's own below): a text whose words are mostly one of them is refused (`otherLatinLanguage`), never
 * read as English. Words that English shares are left out (`a`, `in`, `on`, `an`, `do`, `die`, `also`).
 */
export const otherLatinLanguages: ReadonlyArray<{ readonly name: string; readonly words: ReadonlySet<string>; readonly example: string }> = [
  {
    name: 'French',
    words: new Set(['le', 'la', 'les', 'des', 'du', 'et', 'est', 'une', 'pour', 'dans', 'qui', 'que', 'sur', 'par', 'au', 'aux', 'ou', 'ne', 'pas', 'sont', 'cette', 'ses', 'leur']),
    example: 'Le concédant accorde au réutilisateur un droit de libre réutilisation des données pour une durée illimitée.',
  },
  {
    name: 'Spanish',
    words: new Set(['el', 'los', 'las', 'del', 'y', 'es', 'una', 'para', 'por', 'con', 'que', 'se', 'su', 'sus', 'como', 'al', 'lo', 'entre', 'sobre']),
    example: 'El licenciante concede al usuario el derecho de usar los datos para fines comerciales y no comerciales.',
  },
  {
    name: 'German',
    words: new Set(['der', 'das', 'und', 'ist', 'nicht', 'mit', 'für', 'von', 'zu', 'den', 'dem', 'des', 'ein', 'eine', 'sich', 'auf', 'auch', 'werden', 'wird', 'oder']),
    example: 'Der Lizenzgeber gewährt dem Nutzer das Recht, die Daten für alle Zwecke zu verwenden und zu verbreiten.',
  },
  {
    name: 'Portuguese',
    words: new Set(['os', 'das', 'dos', 'e', 'uma', 'para', 'por', 'com', 'que', 'não', 'ao', 'aos', 'seu', 'sua', 'pelo', 'pela', 'como']),
    example: 'O licenciante concede ao usuário o direito de usar os dados para fins comerciais e não comerciais.',
  },
  {
    name: 'Italian',
    words: new Set(['il', 'lo', 'gli', 'della', 'delle', 'dei', 'e', 'è', 'una', 'per', 'con', 'che', 'non', 'del', 'al', 'alla', 'sono']),
    example: 'Il licenziante concede al licenziatario il diritto di usare i dati per fini commerciali e non commerciali.',
  },
];
const englishWords = new Set(['the', 'of', 'and', 'to', 'is', 'are', 'that', 'for', 'with', 'by', 'this', 'be', 'shall', 'or', 'not', 'it', 'which', 'from', 'as', 'its']);

/**
 * The other language a text in Latin letters is written in, when its commonest words are that language's four times
 * as often as English's (a text of at least a hundred such words, read up to its first five thousand); undefined for
 * English, a bilingual English text, and a text mostly in Han letters.
 */
export function otherLatinLanguage(text: string): string | undefined {
  const counts = new Array<number>(otherLatinLanguages.length).fill(0);
  let english = 0;
  let words = 0;
  for (const [found] of text.matchAll(/\p{Script=Latin}+/gu)) {
    const word = found.toLowerCase();
    words++;
    if (englishWords.has(word)) english++;
    for (let i = 0; i < otherLatinLanguages.length; i++) if (otherLatinLanguages[i]!.words.has(word)) counts[i]!++;
    // The first few thousand words tell.
    if (words >= 5000) break;
  }
  if (words < 100) return undefined;
  let best = 0;
  for (let i = 1; i < counts.length; i++) if (counts[i]! > counts[best]!) best = i;
  return counts[best]! >= 20 && counts[best]! >= 4 * english ? otherLatinLanguages[best]!.name : undefined;
}
