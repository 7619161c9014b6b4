/**
 * Limits on what the toolkit accepts, each with a clear message: the size of
 * a source, the form of a document id (length, characters, names that no file
 * system can hold), and the characters a source may contain.
 */

/** Default largest source accepted: 10 MB (the corpus' largest is about 0.3 MB). */
export const defaultMaxSourceBytes = 10 * 1024 * 1024;

/** Environment variable overriding the source size limit (bytes). */
export const maxSourceBytesEnv = 'CYBERSPACE_POLICY_DATA_MAX_SOURCE_BYTES';

/** Longest document id accepted. */
const maxIdLength = 80;

/** Names Windows reserves for devices, with or without an extension: not usable as file names. */
const reservedNames: ReadonlySet<string> = new Set(['con', 'prn', 'aux', 'nul', ...[1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap((n) => [`com${n}`, `lpt${n}`])]);

/**
 * The size limit in bytes: `value` (a flag), else the environment variable,
 * else the default. Returns an error string for a value that is not a
 * positive integer.
 */
export function maxSourceBytes(value: string | undefined, env: Readonly<Record<string, string | undefined>> = process.env): number | string {
  const raw = value ?? env[maxSourceBytesEnv];
  if (raw === undefined || raw === '') return defaultMaxSourceBytes;
  return /^[1-9]\d*$/u.test(raw) ? Number(raw) : `the source size limit must be a positive number of bytes, got "${raw}"`;
}

/** What is wrong with a document id, with how to fix it; undefined when it is fine. */
export function idProblem(id: string): { reason: string; hint: string } | undefined {
  if (id.length > maxIdLength)
    return { reason: `id is ${id.length} characters long (at most ${maxIdLength})`, hint: 'use a shorter id: a few lower-case words joined by hyphens, e.g. my-document-2024' };
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/u.test(id)) return { reason: `invalid id "${id}"`, hint: 'use lower-case letters, digits and hyphens, e.g. my-document-2024' };
  if (reservedNames.has(id)) return { reason: `id "${id}" is a reserved device name on Windows`, hint: 'choose a longer, descriptive id, e.g. my-document-2024' };
  return undefined;
}

/** Whether a code unit is a C0 control character a text may not contain (tab, LF, CR and FF are allowed). */
function forbiddenControl(code: number): boolean {
  return code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c;
}

/** The offset and code of the first forbidden control character of a text, or undefined. */
export function firstControlCharacter(text: string): { offset: number; code: number } | undefined {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (forbiddenControl(code)) return { offset: i, code };
  }
  return undefined;
}

/** `U+0000 (NUL)`: how to name a control character in a message. */
export function describeControl(code: number): string {
  const names = [
    'NUL',
    'SOH',
    'STX',
    'ETX',
    'EOT',
    'ENQ',
    'ACK',
    'BEL',
    'BS',
    'HT',
    'LF',
    'VT',
    'FF',
    'CR',
    'SO',
    'SI',
    'DLE',
    'DC1',
    'DC2',
    'DC3',
    'DC4',
    'NAK',
    'SYN',
    'ETB',
    'CAN',
    'EM',
    'SUB',
    'ESC',
    'FS',
    'GS',
    'RS',
    'US',
  ];
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')} (${names[code] ?? 'control'})`;
}

/**
 * Deepest nesting of block containers a source may open on one line: block quotes (`>`) and list levels (an
 * indented list marker counts one level per two columns). Real documents stay under ten; 5,000 nested quotes
 * in 5 KB would overflow the parser's stack, so such a text is refused before parsing, naming the file.
 */
export const maxNestingDepth = 100;

/** The first line whose container nesting exceeds `limit`: its offset and depth, or undefined. */
export function firstDeepNesting(text: string, limit = maxNestingDepth): { offset: number; depth: number } | undefined {
  let lineStart = 0;
  while (lineStart < text.length) {
    let end = text.indexOf('\n', lineStart);
    if (end < 0) end = text.length;
    let depth = 0;
    let columns = 0;
    let i = lineStart;
    for (; i < end; i++) {
      const c = text[i];
      if (c === '>') depth++;
      else if (c === ' ') columns++;
      else if (c === '\t') columns += 4;
      else break;
    }
    // An indented list marker: its indentation counts as list levels.
    if (/^(?:[-*+]|\d{1,9}[.)])(?:\s|$)/u.test(text.slice(i, i + 11))) depth += Math.floor(columns / 2) + 1;
    if (depth > limit) return { offset: lineStart, depth };
    lineStart = end + 1;
  }
  return undefined;
}

/**
 * Most inline markers one paragraph may hold: emphasis delimiter runs (`*`, `_`, `~`: `*a*` holds two) and
 * footnote calls (`[^1]`). remark-parse (micromark) resolves them by splicing the paragraph's list of events, once
 * per pair of emphasis and once per run of text it merges, so a paragraph's time grows with the square of its
 * markers: 50,000 characters of `*a* **b** ` in one paragraph take 0.7 s, twice as many 2 s, and a few megabytes
 * would take hours; 6,000 footnote calls in one paragraph take five times as long as 3,000. Real paragraphs hold
 * a few dozen (42 at most in the dataset and the corpus); a text over the limit is refused before parsing, naming
 * the paragraph. A bullet opening a line is no marker.
 */
export const maxInlineMarkers = 1000;

/** The first paragraph (lines between blank lines) holding more than `limit` inline markers: its offset and count. */
export function firstCrowdedParagraph(text: string, limit = maxInlineMarkers): { offset: number; runs: number } | undefined {
  let paragraph = -1;
  let runs = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let end = text.indexOf('\n', lineStart);
    if (end < 0) end = text.length;
    const line = text.slice(lineStart, end);
    if (line.trim() === '') paragraph = -1;
    else {
      if (paragraph < 0) {
        paragraph = lineStart;
        runs = 0;
      }
      const marks = line.match(/[*_~]+|\[\^/gu);
      if (marks) {
        runs += marks.length - (/^\s*[*+-]\s/u.test(line) ? 1 : 0);
        if (runs > limit) return { offset: paragraph, runs };
      }
    }
    lineStart = end + 1;
  }
  return undefined;
}
