/**
 * `validate [paths…]`: check data files where they lie. A document JSON file
 * is parsed (syntax errors at their position), validated against the schema
 * and the integrity rules against its source; a metadata YAML file against its
 * schema; no paths means every file of the dataset.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse as parseJson, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { VFileMessage } from 'vfile-message';
import type { Document } from '../../generated/types/index.js';
import { buildDataset, correctionFiles, documentsDir, sourceIds, validateDocuments } from '../build/dataset.js';
import { parseMetadata } from '../build/metadata.js';
import { markupOf } from '../parse/index.js';
import { LineIndex } from '../text/span.js';
import { checkIntegrity, type SourceInfo } from './integrity.js';
import { createMessage } from './messages.js';
import { jsonLocator } from './positions.js';

/** Parse JSON text, reporting syntax errors at their line and column. */
export function parseJsonFile(text: string, file: string): { value?: unknown; messages: VFileMessage[] } {
  const errors: ParseError[] = [];
  const value: unknown = parseJson(text, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length === 0) return { value, messages: [] };
  const index = new LineIndex(text);
  return {
    messages: errors.map((e) => createMessage(`invalid JSON: ${printParseErrorCode(e.error)}`, { file, place: index.position(e.offset), ruleId: 'json-syntax', hint: 'fix the JSON syntax, or regenerate the file with `npm run build`' })),
  };
}

function sourceInfo(root: string, id: string): SourceInfo | undefined {
  const path = join(root, `data/sources/${id}.txt`);
  if (!existsSync(path)) return undefined;
  const bytes = readFileSync(path);
  const yaml = join(root, `data/sources/${id}.yaml`);
  const meta = existsSync(yaml) ? parseMetadata(readFileSync(yaml, 'utf8'), `data/sources/${id}.yaml`).metadata : undefined;
  const text = bytes.toString('utf8');
  return { text, sha256: createHash('sha256').update(bytes).digest('hex'), skip: markupOf(text, meta?.format ?? 'text', meta?.hints ?? {}) };
}

function validateDocumentFiles(root: string, paths: readonly string[]): VFileMessage[] {
  const messages: VFileMessage[] = [];
  const documents: Document[] = [];
  const texts = new Map<string, string>();
  const files = new Map<string, string>();
  for (const path of paths) {
    const text = readFileSync(join(root, path), 'utf8');
    const parsed = parseJsonFile(text, path);
    messages.push(...parsed.messages);
    if (parsed.value === undefined) continue;
    const doc = parsed.value as Document;
    const id = typeof doc.id === 'string' ? doc.id : basename(path, '.json');
    if (id !== basename(path, '.json')) {
      messages.push(createMessage(`document id "${id}" differs from the file name "${basename(path, '.json')}"`, { file: path, place: jsonLocator(text)('/id'), ruleId: 'id-mismatch', hint: 'a document file is named after its id' }));
      continue;
    }
    texts.set(id, text);
    files.set(id, path);
    documents.push(doc);
  }
  const schemaMessages = validateDocuments(documents, texts);
  messages.push(...schemaMessages);
  if (schemaMessages.length > 0) return messages;
  const sources = new Map<string, SourceInfo>();
  for (const doc of documents) {
    const info = sourceInfo(root, doc.id);
    if (info) sources.set(doc.id, info);
  }
  messages.push(
    ...checkIntegrity({
      documents,
      sources,
      fileOf: (id) => files.get(id) ?? `${documentsDir}/${id}.json`,
      locate: (id, pointer) => jsonLocator(texts.get(id)!)(pointer),
    }),
  );
  return messages;
}

/**
 * Check correction files against the current data: the dataset is built with
 * every correction of data/corrections/ plus these files, and the problems and
 * changes of these files are reported.
 */
export function validateCorrectionFiles(root: string, paths: readonly string[]): { messages: VFileMessage[]; changes: string[] } {
  const files = [...new Set([...correctionFiles(root), ...paths])].sort();
  const dataset = buildDataset({ root, correctionFiles: files, reportCorrections: true });
  const mine = new Set(paths);
  return {
    messages: dataset.messages.filter((m) => mine.has(m.file ?? '') || m.ruleId === 'conflict'),
    changes: dataset.applied.filter((a) => mine.has(a.file)).map((a) => `${a.file}: ${a.id}: ${a.target}: ${a.change}`),
  };
}

/** Validate the given paths (relative to root); all data files when empty. */
export function validatePaths(root: string, paths: readonly string[], changes: string[] = []): VFileMessage[] {
  let targets = [...paths];
  if (targets.length === 0) {
    const docs = join(root, documentsDir);
    targets = [
      ...sourceIds(root).map((id) => `data/sources/${id}.yaml`),
      ...(existsSync(docs) ? readdirSync(docs).filter((f) => f.endsWith('.json')).sort().map((f) => `${documentsDir}/${f}`) : []),
      ...correctionFiles(root),
    ];
  }
  const messages: VFileMessage[] = [];
  const documentFiles: string[] = [];
  const corrections: string[] = [];
  for (const path of targets) {
    if (!existsSync(join(root, path))) {
      messages.push(createMessage('no such file', { file: path, ruleId: 'file-missing', hint: 'check the path' }));
    } else if (/\.ya?ml$/u.test(path) && !path.startsWith('data/sources/')) {
      corrections.push(path);
    } else if (/\.ya?ml$/u.test(path)) {
      messages.push(...parseMetadata(readFileSync(join(root, path), 'utf8'), path).messages);
    } else if (path.endsWith('.json')) {
      documentFiles.push(path);
    } else {
      messages.push(createMessage('not a file this validator knows', { file: path, ruleId: 'unknown-file', hint: 'validate data/sources/*.yaml, data/corrections/*.yaml or generated/data/documents/*.json' }));
    }
  }
  messages.push(...validateDocumentFiles(root, documentFiles));
  if (corrections.length > 0) {
    const checked = validateCorrectionFiles(root, corrections);
    messages.push(...checked.messages);
    changes.push(...checked.changes);
  }
  return messages;
}
