/**
 * `diff [--json]`: compare the committed generated/data/documents with what a
 * rebuild would write, item by item, for reviewers.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Document } from '../../generated/types/index.js';
import type { VFileMessage } from 'vfile-message';
import { buildDataset, documentFile, documentsDir } from '../dataset/build.js';
import { cacheDirOf, DocumentCache } from '../dataset/cache.js';
import { validateDocuments } from '../validate/dataset.js';
import { diffDocuments, formatChanges, type Change } from '../dataset/diff.js';
import { parseJsonFile } from '../validate/json.js';
import { createMessage, ReportedError } from '../text/messages.js';

/**
 * The documents currently in generated/, each parsed and checked against the
 * schema: a truncated or hand-edited file is reported at its position
 * (rebuild to replace it), never compared half-read.
 */
export function committedDocuments(root: string): Document[] {
  const dir = join(root, documentsDir);
  if (!existsSync(dir)) return [];
  const messages: VFileMessage[] = [];
  const documents: Document[] = [];
  const texts = new Map<string, string>();
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const file = `${documentsDir}/${name}`;
    const text = readFileSync(join(dir, name), 'utf8');
    const parsed = parseJsonFile(text, file);
    messages.push(...parsed.messages);
    if (parsed.value === undefined || parsed.messages.length > 0) continue;
    if (typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value)) {
      messages.push(createMessage('a document file holds one JSON object', { file, place: { line: 1, column: 1 }, ruleId: 'document-schema', hint: 'regenerate it with `npm run build`' }));
      continue;
    }
    const doc = parsed.value as Document;
    texts.set(doc.id, text);
    documents.push(doc);
  }
  const schema = validateDocuments(documents, texts, documentFile);
  if (messages.length + schema.length > 0) throw new ReportedError([...messages, ...schema]);
  return documents;
}

/** The changes a rebuild would make. */
export function pendingChanges(root: string): Change[] {
  return diffDocuments(committedDocuments(root), buildDataset({ root, cache: new DocumentCache(cacheDirOf(root)) }).documents);
}

export function renderDiff(changes: readonly Change[], json: boolean): string {
  return json ? `${JSON.stringify(changes, null, 2)}\n` : formatChanges(changes);
}
