/**
 * What an integrity rule gets. The runner (../integrity.ts) walks each
 * document once and hands every entity that has a span (section, paragraph,
 * principle, action item, claim) to every rule; after all documents, each
 * rule may check what points between them.
 */
import type { Document, LanguageSpans, LocalizedText, Span } from '../../../generated/types/index.js';
import type { SkipRange } from '../../text/fold.js';

/** A source as the integrity rules see it: its text, hash and markup to leave out. */
export interface SourceInfo {
  text: string;
  sha256: string;
  skip: readonly SkipRange[];
}

/** Report a problem at a JSON Pointer of the document's file. */
export type Report = (pointer: string, reason: string, ruleId: string, hint: string) => void;

/** The ids seen so far across the documents checked together (for uniqueness and references). */
export interface Seen {
  /** Where each id was first seen (its file, and the entity, whose JSON Pointer is formatted only when a duplicate is reported) and what it names. */
  ids: Map<string, { file: string; entity: Pick<Entity, 'pointer'>; kind: EntityKind }>;
}

/** What an entity is. */
export type EntityKind = 'section' | 'paragraph' | 'principle' | 'action-item' | 'claim';

/** How an entity's text must relate to the text at its span. */
export type Compare = 'equal' | 'contains';

/** One entity of a document, as the walk meets it. */
export interface Entity {
  kind: EntityKind;
  id: string;
  /** Where it is in the document's JSON (formatted when read: most entities are never reported). */
  readonly pointer: string;
  /** Its span fields; none for a section without a heading (it has no span). */
  item: { span?: Span; spans?: LanguageSpans; corrections?: string[] } | undefined;
  /** The text its span must reproduce (a section's title, a principle's name…), if it has one. */
  text: LocalizedText | undefined;
  compare: Compare;
}

export interface DocumentContext {
  document: Document;
  /** The document's source, when it is at hand (the rules that compare texts with it skip without it). */
  source: SourceInfo | undefined;
  /** Whether a missing source is a problem: in a checkout it is; for a copy of a published document it is not. */
  sourceExpected: boolean;
  /** The file the document is reported as. */
  file: string;
  /** Personal names of the source (redacted in the output). */
  names: readonly string[];
  report: Report;
  seen: Seen;
}

/** An integrity rule: what it checks, under which rule ids, and when. */
export interface IntegrityRule {
  /** The rule ids its messages carry. */
  readonly ruleIds: readonly string[];
  readonly description: string;
  /** Once per document, before its entities. */
  document?(ctx: DocumentContext): void;
  /** Once per entity of a document (`ctx.source` undefined when the source is not at hand). */
  entity?(entity: Entity, ctx: DocumentContext): void;
  /** Once per document, after every document was walked. */
  references?(ctx: DocumentContext): void;
}
