/**
 * What a rebuild would change, item by item: documents, sections, paragraphs,
 * principles, action items and claims, added, removed or changed (with the
 * fields that changed), keyed by id.
 */
import type { Document } from '../../generated/types/index.js';
import { walkNodes } from '../text/tree.js';

export type Entity = 'document' | 'section' | 'paragraph' | 'principle' | 'actionItem' | 'claim';

export interface Change {
  change: 'added' | 'removed' | 'changed';
  entity: Entity;
  document: string;
  id: string;
  /** For `changed`: the fields whose value differs. */
  fields?: string[];
}

interface Entry {
  entity: Entity;
  document: string;
  value: Record<string, unknown>;
}

/** Every entity of a document by id, sections and documents without their nested lists. */
export function entitiesOf(doc: Document): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  const add = (entity: Entity, id: string, value: object) => entries.set(id, { entity, document: doc.id, value: value as Record<string, unknown> });
  const { sections: _s, principles: _p, actionItems: _a, claims: _c, ...meta } = doc;
  add('document', doc.id, meta);
  for (const section of walkNodes(doc.sections)) {
    const { paragraphs, children, ...rest } = section;
    add('section', section.id, { ...rest, children: children.map((c) => c.id) });
    for (const p of paragraphs) add('paragraph', p.id, p);
  }
  for (const p of doc.principles) add('principle', p.id, p);
  for (const a of doc.actionItems) add('actionItem', a.id, a);
  for (const c of doc.claims) add('claim', c.id, c);
  return entries;
}

/** The changes from `before` to `after`, in a stable order (document, then id). */
export function diffDocuments(before: readonly Document[], after: readonly Document[]): Change[] {
  const a = new Map<string, Entry>();
  const b = new Map<string, Entry>();
  for (const doc of before) for (const [id, e] of entitiesOf(doc)) a.set(id, e);
  for (const doc of after) for (const [id, e] of entitiesOf(doc)) b.set(id, e);
  const changes: Change[] = [];
  for (const [id, e] of a) if (!b.has(id)) changes.push({ change: 'removed', entity: e.entity, document: e.document, id });
  for (const [id, e] of b) {
    const old = a.get(id);
    if (!old) {
      changes.push({ change: 'added', entity: e.entity, document: e.document, id });
      continue;
    }
    const keys = [...new Set([...Object.keys(old.value), ...Object.keys(e.value)])];
    const fields = keys.filter((k) => JSON.stringify(old.value[k]) !== JSON.stringify(e.value[k])).sort();
    if (fields.length > 0) changes.push({ change: 'changed', entity: e.entity, document: e.document, id, fields });
  }
  return changes.sort((x, y) => x.document.localeCompare(y.document) || x.id.localeCompare(y.id) || x.change.localeCompare(y.change));
}

/** A terminal report of changes, grouped by document, with counts. */
export function formatChanges(changes: readonly Change[]): string {
  if (changes.length === 0) return 'no changes: a rebuild would write the same data\n';
  const lines: string[] = [];
  const byDocument = new Map<string, Change[]>();
  for (const c of changes) byDocument.set(c.document, [...(byDocument.get(c.document) ?? []), c]);
  for (const [doc, list] of byDocument) {
    const count = (k: Change['change']) => list.filter((c) => c.change === k).length;
    lines.push(`${doc}: ${count('added')} added, ${count('removed')} removed, ${count('changed')} changed`);
    for (const c of list) lines.push(`  ${c.change === 'added' ? '+' : c.change === 'removed' ? '-' : '~'} ${c.entity} ${c.id}${c.fields ? ` (${c.fields.join(', ')})` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}
