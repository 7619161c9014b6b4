/**
 * Read a source text as received: it must exist, be non-empty and be UTF-8.
 * Its sha256 and byte size identify it.
 */
import { createHash } from 'node:crypto';
import type { VFileMessage } from 'vfile-message';
import { LineIndex } from '../text/span.js';
import { createMessage } from '../text/messages.js';
import { foreignScript, otherLatinLanguage } from '../text/script.js';
import { defaultMaxSourceBytes, describeControl, firstControlCharacter, firstCrowdedParagraph, firstDeepNesting, maxInlineMarkers, maxNestingDepth, maxSourceBytesEnv } from './limits.js';

export interface SourceText {
  text: string;
  sha256: string;
  bytes: number;
}

export interface ReadSourceOptions {
  /** Largest source accepted, in bytes (default 10 MB). */
  maxBytes?: number;
}

/** The message for a source over the size limit. */
export function tooLargeMessage(file: string, bytes: number, maxBytes: number) {
  return createMessage(`source is ${bytes} bytes, more than the limit of ${maxBytes} bytes`, {
    file,
    ruleId: 'source-too-large',
    hint: `split the text, or raise the limit with --max-source-bytes <n> or ${maxSourceBytesEnv}=<n> if it really is one document`,
  });
}

/** Binary formats a document is often saved in, by the bytes they start with (a declared table, each tested). */
export const binaryFormats: ReadonlyArray<{ readonly name: string; readonly magic: readonly number[]; readonly hint: string }> = [
  { name: 'a PDF', magic: [0x25, 0x50, 0x44, 0x46, 0x2d], hint: 'extract its text (e.g. `pdftotext -layout file.pdf file.txt`), check it against the PDF, and import the text' },
  {
    name: 'a ZIP archive (a .docx, .odt or .epub document)',
    magic: [0x50, 0x4b, 0x03, 0x04],
    hint: 'save the document as plain text or Markdown (e.g. `pandoc file.docx -t gfm -o file.md`) and import that',
  },
  {
    name: 'an old Microsoft Office document (.doc)',
    magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    hint: 'save the document as plain text (UTF-8) from the program that opens it, and import that',
  },
  { name: 'a PNG image', magic: [0x89, 0x50, 0x4e, 0x47], hint: 'a scanned page needs its text typed or recognised (OCR) and checked; import that text' },
  { name: 'a JPEG image', magic: [0xff, 0xd8, 0xff], hint: 'a scanned page needs its text typed or recognised (OCR) and checked; import that text' },
];

/**
 * Decode and check source bytes; `file` is the path to report. A source must
 * exist, be non-empty, within the size limit, valid UTF-8, free of control
 * characters other than tab, line feed, carriage return and form feed, and
 * written in English or Chinese (not mostly in another script).
 */
export function readSourceBytes(bytes: Uint8Array | undefined, file: string, options: ReadSourceOptions = {}): { source?: SourceText; messages: VFileMessage[] } {
  const maxBytes = options.maxBytes ?? defaultMaxSourceBytes;
  if (bytes !== undefined && bytes.length > maxBytes) return { messages: [tooLargeMessage(file, bytes.length, maxBytes)] };
  if (bytes === undefined) {
    return { messages: [createMessage('source file is missing', { file, ruleId: 'source-missing', hint: 'add the text as received, or remove its metadata file' })] };
  }
  if (bytes.length === 0 || new TextDecoder().decode(bytes).trim() === '') {
    return { messages: [createMessage('source file is empty', { file, ruleId: 'source-empty', hint: 'add the text as received; an empty source cannot be parsed' })] };
  }
  // A document saved in a binary format (a PDF, a word processor's file) is no text: say which, and how to get its text.
  const binary = binaryFormats.find((f) => f.magic.every((b, i) => bytes[i] === b));
  if (binary) {
    return {
      messages: [createMessage(`the file is ${binary.name}, not a text`, { file, place: { line: 1, column: 1 }, ruleId: 'source-binary', hint: binary.hint })],
    };
  }
  const invalidAt = firstInvalidUtf8(bytes);
  if (invalidAt >= 0) {
    const lines = new TextDecoder().decode(bytes.subarray(0, invalidAt)).split('\n');
    return {
      messages: [
        createMessage(`source is not valid UTF-8 (byte ${invalidAt})`, {
          file,
          place: { line: lines.length, column: lines[lines.length - 1]!.length + 1 },
          ruleId: 'source-encoding',
          hint: `convert the file to UTF-8 (e.g. \`iconv -f ${utf16Bom(bytes) ?? 'GB18030'} -t UTF-8\`), keeping its text as received`,
        }),
      ],
    };
  }
  // ignoreBOM keeps a byte order mark in the text, so offsets match the file read as a JavaScript string;
  // `fatal` makes the decoder itself refuse what the check above might let through (no U+FFFD is ever published).
  const text = new TextDecoder('utf-8', { ignoreBOM: true, fatal: true }).decode(bytes);
  const control = firstControlCharacter(text);
  if (control) {
    return {
      messages: [
        createMessage(`source contains the control character ${describeControl(control.code)}`, {
          file,
          place: new LineIndex(text).position(control.offset),
          ruleId: 'source-control-character',
          hint: 'remove it (a text as published has none; it is usually a conversion error), or convert the file again from the original',
        }),
      ],
    };
  }
  const deep = firstDeepNesting(text);
  if (deep) {
    return {
      messages: [
        createMessage(`source nests ${deep.depth} block quotes or list levels on one line (at most ${maxNestingDepth})`, {
          file,
          place: new LineIndex(text).position(deep.offset),
          ruleId: 'source-too-deep',
          hint: 'a document as published nests a few levels at most: check that the file is the text itself, not generated markup',
        }),
      ],
    };
  }
  const crowded = firstCrowdedParagraph(text);
  if (crowded) {
    return {
      messages: [
        createMessage(
          `a paragraph holds ${crowded.runs} or more emphasis or footnote markers (\`*\`, \`_\`, \`~\`, \`[^\`; at most ${maxInlineMarkers}): the Markdown parser's time grows with their square`,
          {
            file,
            place: new LineIndex(text).position(crowded.offset),
            ruleId: 'source-too-many-markers',
            hint: 'a paragraph as published holds a few dozen at most: separate its parts with blank lines, or check that the file is the text itself, not generated markup',
          },
        ),
      ],
    };
  }
  // A text in a language the dataset does not hold: mostly in a foreign script, or in Latin letters another language's.
  const foreign = foreignScript(text);
  const latin = foreign ? undefined : otherLatinLanguage(text);
  if (foreign || latin) {
    const what = foreign ? `${foreign.name} letters (${Math.round(foreign.share * 100)}% of its letters)` : latin;
    return {
      messages: [
        createMessage(`source is written in ${what}, a language the dataset does not hold`, {
          file,
          place: foreign ? new LineIndex(text).position(foreign.offset) : { line: 1, column: 1 },
          ruleId: 'source-language',
          hint: 'the dataset holds texts in English and Chinese: import an English or Chinese version of the document (a translation says so in its metadata), or leave out the part in another language',
        }),
      ],
    };
  }
  // Bidirectional overrides and isolates can make a text read differently from what it holds ("Trojan Source"):
  // kept, since a source is kept as received, but said.
  const bidi = /[\u202A-\u202E\u2066-\u2069]/u.exec(text);
  const warnings = bidi
    ? [
        createMessage(`source contains the bidirectional control character U+${bidi[0].codePointAt(0)!.toString(16).toUpperCase()}`, {
          file,
          place: new LineIndex(text).position(bidi.index),
          ruleId: 'source-bidi-control',
          fatal: false,
          hint: 'such characters make a text display differently from what it holds: check that the original has them',
        }),
      ]
    : [];
  return { source: { text, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length }, messages: warnings };
}

/** `UTF-16LE`/`UTF-16BE` for bytes that open with a UTF-16 byte order mark. */
function utf16Bom(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16LE';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16BE';
  return undefined;
}

/**
 * Byte offset of the first byte that breaks UTF-8, or -1: the well-formed sequences of Unicode's table 3-7, so
 * overlong forms (`C0 80`, `E0 80 80`, `F0 80 80 80`), surrogates (`ED A0 80`) and code points above U+10FFFF
 * (`F4 90 80 80`) are refused, as `TextDecoder` with `fatal: true` refuses them.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    // The second byte's range is narrower after E0, ED, F0 and F4.
    const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    const second = bytes[i + 1];
    if (need > 0 && (second === undefined || second < low || second > high)) return i;
    for (let k = 2; k <= need; k++) if (i + k >= bytes.length || (bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return -1;
}
