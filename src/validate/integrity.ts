/**
 * Integrity checks beyond the schema, run from the registry of rules
 * (./rules/): each document's rules, then one walk over its entities handing
 * each to every rule, then, when all documents were walked, the checks of
 * what points between them. Each message points at the offending value of the
 * document's JSON file.
 */
import type { VFileMessage } from 'vfile-message';
import type { Document } from '../../generated/types/index.js';
import { personalNames } from '../text/redact.js';
import { createMessage, type Place } from '../text/messages.js';
import { integrityRules, type DocumentContext, type Entity, type EntityKind, type IntegrityRule, type Seen, type SourceInfo } from './rules/index.js';

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

/** An entity as the walk meets it: its JSON Pointer, the path of its list and its index, is joined when read. */
class WalkedEntity implements Entity {
  constructor(
    readonly kind: EntityKind,
    readonly id: string,
    private readonly list: string,
    private readonly index: number,
    readonly item: Entity['item'],
    readonly text: Entity['text'],
    readonly compare: Entity['compare'],
  ) {}
  get pointer(): string {
    return `${this.list}/${this.index}`;
  }
}

/**
 * Hand every entity of a document with a span to `visit`, in document order (sections and their paragraphs, then
 * the items): a plain walk, no generator, and no pointer built unless a rule reads it (the integrity rules see every
 * paragraph of the dataset on each validation).
 */
function forEachEntity(doc: Document, visit: (entity: Entity) => void): void {
  const sections = (list: Document['sections'], path: string): void => {
    for (let i = 0; i < list.length; i++) {
      const s = list[i]!;
      // A heading's span is the printed heading, and its title is that heading as printed (numbering and inline markup
      // included): the span gives the title exactly.
      visit(new WalkedEntity('section', s.id, path, i, s.title ? s : undefined, s.title, 'equal'));
      const paragraphs = s.paragraphs.length > 0 ? `${path}/${i}/paragraphs` : '';
      for (let j = 0; j < s.paragraphs.length; j++) {
        const p = s.paragraphs[j]!;
        visit(new WalkedEntity('paragraph', p.id, paragraphs, j, p, p.text, 'equal'));
      }
      if (s.children.length > 0) sections(s.children, `${path}/${i}/children`);
    }
  };
  sections(doc.sections, '/sections');
  for (let i = 0; i < doc.principles.length; i++) visit(new WalkedEntity('principle', doc.principles[i]!.id, '/principles', i, doc.principles[i], doc.principles[i]!.name, 'contains'));
  for (let i = 0; i < doc.actionItems.length; i++) visit(new WalkedEntity('action-item', doc.actionItems[i]!.id, '/actionItems', i, doc.actionItems[i], doc.actionItems[i]!.text, 'equal'));
  for (let i = 0; i < doc.claims.length; i++) visit(new WalkedEntity('claim', doc.claims[i]!.id, '/claims', i, doc.claims[i], doc.claims[i]!.text, 'equal'));
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
    forEachEntity(ctx.document, (entity) => {
      for (const rule of entityRules) rule.entity!(entity, ctx);
    });
  }
  for (const ctx of contexts) for (const rule of rules) rule.references?.(ctx);
  return messages;
}
