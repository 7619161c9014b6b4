/**
 * Types of the extraction stage: the entities are the generated types
 * (`generated/types/index.ts`, from the JSON Schemas); `Document` here is the
 * part of a document this stage reads and writes.
 */
import type { FoldedText } from '../text/fold.js';
import type {
  ActionItem,
  Claim,
  ConceptVocabulary,
  Definition,
  ExpectedCounts,
  LanguageSpans,
  LocalizedText,
  Paragraph,
  Principle,
  Quantity,
  Section,
  Span,
  Stance,
} from '../../generated/types/index.js';

export type { ActionItem, Claim, ConceptVocabulary, Definition, ExpectedCounts, LanguageSpans, LocalizedText, Paragraph, Principle, Quantity, Section, Span, Stance };

import type { Lang } from '../text/script.js';

export type { Lang };

export type SectionKind = Section['kind'];

export type Modality = ActionItem['modality'];

export type ClaimKind = 'statistic' | 'position' | 'event';

/** The parts of a Document this stage reads and writes. */
export interface Document {
  id: string;
  work: string;
  title?: LocalizedText;
  kind?: string;
  languages?: Lang[];
  sections: Section[];
  principles: Principle[];
  actionItems: ActionItem[];
  claims: Claim[];
}

/** A figure that differs between two expressions of one work (schemas/discrepancies.schema.json). */
export type { Discrepancy } from '../../generated/types/index.js';

/** What `extractItems` needs besides the document. */
export interface ExtractContext {
  source: string;
  concepts: ConceptVocabulary;
  /** Fold the source at a span exactly as the parser folded the paragraph texts. */
  textAt: (span: Span) => FoldedText;
  /** The words by which the document names itself (metadata `voice` and its issuer's names); `we`/`我们`/`我国` always. */
  voice?: readonly string[];
}

export interface Extracted {
  principles: Principle[];
  actionItems: ActionItem[];
  claims: Claim[];
  definitions: Definition[];
}
