/**
 * Integrity checks beyond the schema, run from the registry of rules
 * (./rules/): each document's rules, then one walk over its entities handing
 * each to every rule, then, when all documents were walked, the checks of
 * what points between them. Each message points at the offending value of the
 * document's JSON file.
 */
import type { VFileMessage } from 'vfile-message';
import type { Document } from '../../generated/types/index.js';
import { walkTree } from '../text/tree.js';
import { personalNames } from '../text/redact.js';
import { createMessage, type Place } from '../text/messages.js';
import { integrityRules, type DocumentContext, type Entity, type IntegrityRule, type Seen, type SourceInfo } from './rules/index.js';

export type { SourceInfo } from './rules/index.js';

interface IntegrityInput {
  documents: readonly Document[];
  /** Source texts by document id. */
  sources: ReadonlyMap<string, SourceInfo>;
  /** The file to report for a document. */
  fileOf: (documentId: string) => string;
  /** Locate a JSON Pointer inside a document's file. */
  locate: (documentId: string, pointer: string) => Place | undefined;
  /** The rules to run (default: every rule of the registry). */
  rules?: readonly IntegrityRule[];
  /**
   * Whether every document must have its source (default true, as in a checkout). False for copies of published
   * documents validated where no sources are (an installed package, a user's folder): the source rules are skipped,
   * every other rule (ids, references) runs.
   */
  sourcesExpected?: boolean;
}

/** Every entity of a document with a span, in document order (sections and their paragraphs, then the items). */
function* entitiesOf(doc: Document): Generator<Entity> {
  for (const { node: s, pointer } of walkTree(doc.sections, '/sections')) {
    // A heading's span is the printed heading, and its title is that heading as printed (numbering and inline markup
    // included): the span gives the title exactly.
    yield { kind: 'section', id: s.id, pointer, item: s.title ? s : undefined, text: s.title, compare: 'equal' };
    for (let j = 0; j < s.paragraphs.length; j++) {
      const p = s.paragraphs[j]!;
      yield { kind: 'paragraph', id: p.id, pointer: `${pointer}/paragraphs/${j}`, item: p, text: p.text, compare: 'equal' };
    }
  }
  for (let i = 0; i < doc.principles.length; i++) {
    const p = doc.principles[i]!;
    yield { kind: 'principle', id: p.id, pointer: `/principles/${i}`, item: p, text: p.name, compare: 'contains' };
  }
  for (let i = 0; i < doc.actionItems.length; i++) {
    const a = doc.actionItems[i]!;
    yield { kind: 'action-item', id: a.id, pointer: `/actionItems/${i}`, item: a, text: a.text, compare: 'equal' };
  }
  for (let i = 0; i < doc.claims.length; i++) {
    const c = doc.claims[i]!;
    yield { kind: 'claim', id: c.id, pointer: `/claims/${i}`, item: c, text: c.text, compare: 'equal' };
  }
}

/** Run the integrity rules over a dataset (or a work): each document, then the references between them. */
export function checkIntegrity(input: IntegrityInput): VFileMessage[] {
  const rules = input.rules ?? integrityRules;
  const messages: VFileMessage[] = [];
  const seen: Seen = { ids: new Map() };
  const contexts = input.documents.map((document): DocumentContext => {
    const file = input.fileOf(document.id);
    const source = input.sources.get(document.id);
    return {
      document,
      source,
      file,
      names: source ? personalNames(source.text) : [],
      sourceExpected: input.sourcesExpected ?? true,
      report: (pointer, reason, ruleId, hint) => messages.push(createMessage(reason, { file, place: input.locate(document.id, pointer), ruleId, hint })),
      seen,
    };
  });
  const entityRules = rules.filter((r) => r.entity);
  for (const ctx of contexts) {
    for (const rule of rules) rule.document?.(ctx);
    // Without the source the walk still runs: ids are recorded for the references, spans are skipped.
    for (const entity of entitiesOf(ctx.document)) for (const rule of entityRules) rule.entity!(entity, ctx);
  }
  for (const ctx of contexts) for (const rule of rules) rule.references?.(ctx);
  return messages;
}
