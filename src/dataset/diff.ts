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
  /** For `changed`: those fields' values before and after; for `added` and `removed`: the entity's text, where it has one. */
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
}

/** Ids compared as a reader counts: `para_2` before `para_10`. */
const idOrder = new Intl.Collator('en', { numeric: true });

/** The words of an entity, for a reviewer: its text, title, name or statement. */
function wordsOf(value: Record<string, unknown>): Record<string, unknown> | undefined {
  for (const key of ['text', 'title', 'name', 'statement']) if (value[key] !== undefined) return { [key]: value[key] };
  return undefined;
}

interface Entry {
  entity: Entity;
  document: string;
  value: Record<string, unknown>;
}

/** Every entity of a document by id, sections and documents without their nested lists. */
function entitiesOf(doc: Document): Map<string, Entry> {
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
  for (const [id, e] of a) {
    if (b.has(id)) continue;
    const words = wordsOf(e.value);
    changes.push({ change: 'removed', entity: e.entity, document: e.document, id, ...(words ? { before: words } : {}) });
  }
  for (const [id, e] of b) {
    const old = a.get(id);
    if (!old) {
      const words = wordsOf(e.value);
      changes.push({ change: 'added', entity: e.entity, document: e.document, id, ...(words ? { after: words } : {}) });
      continue;
    }
    const keys = [...new Set([...Object.keys(old.value), ...Object.keys(e.value)])];
    const fields = keys.filter((k) => JSON.stringify(old.value[k]) !== JSON.stringify(e.value[k])).sort();
    if (fields.length > 0) {
      const pick = (v: Record<string, unknown>) => Object.fromEntries(fields.filter((f) => v[f] !== undefined).map((f) => [f, v[f]]));
      changes.push({ change: 'changed', entity: e.entity, document: e.document, id, fields, before: pick(old.value), after: pick(e.value) });
    }
  }
  return changes.sort((x, y) => idOrder.compare(x.document, y.document) || idOrder.compare(x.id, y.id) || x.change.localeCompare(y.change));
}

/** A value for a terminal line: JSON, cut at 160 characters. */
function shown(value: unknown): string {
  if (value === undefined) return '(none)';
  const text = JSON.stringify(value);
  return text.length > 160 ? `${text.slice(0, 159)}…` : text;
}

/** A terminal report of changes, grouped by document, with counts, and the words before and after. */
export function formatChanges(changes: readonly Change[]): string {
  if (changes.length === 0) return 'no changes: a rebuild would write the same data\n';
  const lines: string[] = [];
  const byDocument = new Map<string, Change[]>();
  for (const c of changes) byDocument.set(c.document, [...(byDocument.get(c.document) ?? []), c]);
  for (const [doc, list] of byDocument) {
    const count = (k: Change['change']) => list.filter((c) => c.change === k).length;
    lines.push(`${doc}: ${count('added')} added, ${count('removed')} removed, ${count('changed')} changed`);
    for (const c of list) {
      lines.push(`  ${c.change === 'added' ? '+' : c.change === 'removed' ? '-' : '~'} ${c.entity} ${c.id}${c.fields ? ` (${c.fields.join(', ')})` : ''}`);
      if (c.change === 'changed') for (const f of c.fields ?? []) lines.push(`      ${f}: ${shown(c.before?.[f])} → ${shown(c.after?.[f])}`);
      else for (const [f, v] of Object.entries(c.before ?? c.after ?? {})) lines.push(`      ${f}: ${shown(v)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
