/**
 * The validator API of the package (`cyberspace-policy-data/validate`), the
 * same checks the command line runs, returning plain messages:
 * `{ file, line, column, severity, ruleId, message, hint? }`.
 */
import { createHash } from 'node:crypto';
import type { ConceptVocabulary, Document } from '../generated/types/index.js';
import { applyCorrections, loadCorrections } from './corrections/index.js';
import { markupOf } from './parse/index.js';
import { schemaMessages, validator } from './validate/ajv.js';
import { parseJsonFile } from './validate/json.js';
import { checkIntegrity } from './validate/integrity.js';
import { toJson, type JsonMessage } from './text/messages.js';
import { jsonLocator } from './text/positions.js';
import { toJsonText } from './text/json.js';
import type { VFileMessage } from 'vfile-message';

/** One problem, placed in a file (1-based line and column): the messages of the CLI, as JSON. */
export type ValidationMessage = JsonMessage;

export interface ValidateDocumentOptions {
  /** The file name to report (default `document.json`). */
  file?: string;
  /**
   * The document's source text (`data/sources/<id>.txt` as received). Given,
   * the integrity rules run too: source sha256, exactly one of span/spans,
   * spans reproducing the text, unique ids, resolving references.
   */
  source?: string | Uint8Array;
  /** How the source is read: `text` (default) or `markdown`, as in its metadata. */
  format?: 'text' | 'markdown';
  /** The source's parser hints (metadata `hints`), for `format: text` sources whose emphasis is markup. */
  hints?: { emphasis?: 'markdown' | 'none' };
}

export interface ValidateCorrectionOptions {
  /** The file name to report (default `correction.yaml`). */
  file?: string;
  /**
   * The documents to check the correction against (e.g. the package's
   * `documents`): unknown targets, stale expected text, ambiguous finds,
   * conflicts, invalid results and unnecessary corrections are reported.
   * Without them, only the schema is checked.
   */
  documents?: readonly Document[];
  /** The concept vocabulary for `reclassify` of a concept (default: the concepts the documents use). */
  concepts?: ConceptVocabulary;
}

function plain(messages: readonly VFileMessage[]): ValidationMessage[] {
  return messages.map((m) => {
    const { hint, ...rest } = toJson(m);
    return hint === undefined ? rest : { ...rest, hint };
  });
}

/** JSON text and value from either a JSON string or a value (then placed in its canonical serialisation). */
function read(value: unknown, file: string): { text: string; value?: unknown; messages: VFileMessage[] } {
  if (typeof value !== 'string') return { text: toJsonText(value), value, messages: [] };
  const parsed = parseJsonFile(value, file);
  return { text: value, ...(parsed.value === undefined ? {} : { value: parsed.value }), messages: parsed.messages };
}

/**
 * Validate a document: a parsed value or the JSON text of a document file
 * (positions then point into that text; for a value, into its 2-space JSON
 * serialisation, as the dataset stores it). Returns every problem found, an
 * empty list for a valid document.
 */
export function validateDocument(value: unknown, options: ValidateDocumentOptions = {}): ValidationMessage[] {
  const file = options.file ?? 'document.json';
  const input = read(value, file);
  if (input.value === undefined) return plain(input.messages);
  const locate = jsonLocator(input.text);
  const problems = schemaMessages(validator('document.schema.json'), input.value, { file, locate, ruleId: 'document-schema', hint: 'see schemas/document.schema.json' });
  if (problems.length > 0) return plain(problems);
  if (options.source === undefined) return [];
  const doc = input.value as Document;
  const bytes = typeof options.source === 'string' ? Buffer.from(options.source, 'utf8') : Buffer.from(options.source);
  const text = bytes.toString('utf8');
  const sources = new Map([[doc.id, { text, sha256: createHash('sha256').update(bytes).digest('hex'), skip: markupOf(text, options.format ?? 'text', options.hints ?? {}) }]]);
  return plain(checkIntegrity({ documents: [doc], sources, fileOf: () => file, locate: (_id, pointer) => locate(pointer) }));
}

/**
 * Validate a correction (its YAML or JSON text, or a parsed value) against
 * `schemas/correction.schema.json` and, given `documents`, against the data:
 * the same checks as `cyberspace-policy-data validate data/corrections/x.yaml`,
 * each message placed at the offending key.
 */
export function validateCorrection(value: unknown, options: ValidateCorrectionOptions = {}): ValidationMessage[] {
  const file = options.file ?? 'correction.yaml';
  const text = typeof value === 'string' ? value : JSON.stringify(value, null, 2);
  const loaded = loadCorrections(text, file);
  if (loaded.messages.length > 0 || !options.documents) return plain(loaded.messages);
  const copies = structuredClone(options.documents) as Document[];
  const concepts = { concepts: Object.fromEntries(new Set(copies.flatMap((d) => d.principles.map((p) => [p.concept, {}])))) } as unknown as ConceptVocabulary;
  return plain(applyCorrections(copies, loaded.corrections, { sources: new Map(), concepts: options.concepts ?? concepts }).messages);
}

/** Messages as a compiler prints them: `file:line:column: severity message [ruleId]`, hint indented. */
export function formatMessages(messages: readonly ValidationMessage[]): string {
  return messages.map((m) => `${m.file}:${m.line}:${m.column}: ${m.severity} ${m.message} [${m.ruleId}]${m.hint ? `\n  hint: ${m.hint}` : ''}`).join('\n');
}
