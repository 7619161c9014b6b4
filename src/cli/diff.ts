/**
 * `diff [--json]`: compare the committed generated/data/documents with what a
 * rebuild would write, item by item, for reviewers.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Document } from '../../generated/types/index.js';
import { buildDataset, documentsDir } from '../build/dataset.js';
import { diffDocuments, formatChanges, type Change } from '../build/diff.js';

/** The documents currently in generated/. */
export function committedDocuments(root: string): Document[] {
  const dir = join(root, documentsDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Document);
}

/** The changes a rebuild would make. */
export function pendingChanges(root: string): Change[] {
  return diffDocuments(committedDocuments(root), buildDataset({ root }).documents);
}

export function renderDiff(changes: readonly Change[], json: boolean): string {
  return json ? `${JSON.stringify(changes, null, 2)}\n` : formatChanges(changes);
}
