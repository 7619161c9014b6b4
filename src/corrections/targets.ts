/**
 * What corrections work on: the targets of a set of documents by id (sections,
 * paragraphs, items), and the helpers the operations share.
 */
import type { ActionItem, Claim, ConceptVocabulary, Correction, Document, LocalizedText, Paragraph, Principle, Section } from '../../generated/types/index.js';
import type { Lang } from '../text/script.js';
import { walkNodes } from '../text/tree.js';
import type { SourceInfo } from '../validate/integrity.js';
import type { LoadedCorrection } from './load.js';

export type Target =
  | { type: 'section'; doc: Document; node: Section }
  | { type: 'paragraph'; doc: Document; node: Paragraph; section: Section }
  | { type: 'principle'; doc: Document; node: Principle }
  | { type: 'actionItem'; doc: Document; node: ActionItem }
  | { type: 'claim'; doc: Document; node: Claim };

/** What a correction changed (or would change). */
export interface AppliedCorrection {
  id: string;
  file: string;
  target: string;
  change: string;
}

export interface ApplyContext {
  sources: ReadonlyMap<string, SourceInfo>;
  concepts: ConceptVocabulary;
}

export function index(documents: readonly Document[]): Map<string, Target> {
  const targets = new Map<string, Target>();
  for (const doc of documents) {
    for (const section of walkNodes(doc.sections)) {
      targets.set(section.id, { type: 'section', doc, node: section });
      for (const p of section.paragraphs) targets.set(p.id, { type: 'paragraph', doc, node: p, section });
    }
    for (const p of doc.principles) targets.set(p.id, { type: 'principle', doc, node: p });
    for (const a of doc.actionItems) targets.set(a.id, { type: 'actionItem', doc, node: a });
    for (const c of doc.claims) targets.set(c.id, { type: 'claim', doc, node: c });
  }
  return targets;
}

/** Levenshtein distance, for "did you mean" hints. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

export function nearest(id: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let score = Infinity;
  for (const candidate of candidates) {
    const d = distance(id, candidate);
    if (d < score) [best, score] = [candidate, d];
  }
  return best;
}

export function targetText(target: Target): LocalizedText | undefined {
  switch (target.type) {
    case 'section':
      return target.node.title;
    case 'principle':
      return target.node.statement;
    default:
      return target.node.text;
  }
}

/** Section and paragraph ids of a document whose text contains `expect` (to tell a wrong target from a stale one). */
export function holdersOf(targets: ReadonlyMap<string, Target>, doc: Document, expect: string, except: string): string[] {
  const found: string[] = [];
  for (const [id, t] of targets) {
    if (t.doc !== doc || id === except || (t.type !== 'paragraph' && t.type !== 'section')) continue;
    const text = targetText(t);
    if (text && Object.values(text).some((v) => typeof v === 'string' && v.includes(expect))) found.push(id);
  }
  return found;
}

export function occurrences(text: string, find: string): number {
  let n = 0;
  for (let at = text.indexOf(find); at >= 0; at = text.indexOf(find, at + find.length)) n++;
  return n;
}

export function record(node: { corrections?: string[] }, id: string): void {
  node.corrections = [...(node.corrections ?? []), id];
}

/** The language a text operation works on. */
export function operationLanguage(text: LocalizedText, lang: Lang | undefined): Lang | undefined {
  if (lang) return text[lang] === undefined ? undefined : lang;
  const langs = (['en', 'zh'] as const).filter((l) => text[l] !== undefined);
  return langs.length === 1 ? langs[0] : undefined;
}

/** One correction being applied: what an operation gets. */
export interface OperationStep {
  /** The correction's fields. */
  c: Correction;
  correction: LoadedCorrection;
  target: Target;
  targets: ReadonlyMap<string, Target>;
  ctx: ApplyContext;
  /** Report why the correction cannot be applied, at a key of its file. */
  fail: (pointer: string, reason: string, ruleId: string, hint: string) => void;
}

/** An operation: applies the correction in place and returns what it changed, or reports a failure and returns undefined. */
export type Operation = (step: OperationStep) => string | undefined;
