/**
 * Local interfaces for the extraction stage, property for property the shapes
 * of the JSON Schemas in `schemas/` (document, section, paragraph, principle,
 * action item, claim, defs). They are replaced by the generated types
 * (`generated/types/index.ts`) when the pipeline is merged; keep the names.
 */
import type { FoldedText } from '../text/fold.js';

export type Lang = 'en' | 'zh';

export interface LocalizedText {
  en?: string;
  zh?: string;
}

export interface Span {
  start: number;
  end: number;
  line: number;
  column: number;
}

export interface LanguageSpans {
  en: Span;
  zh: Span;
}

export interface ListMarker {
  marker: string;
  ordered: boolean;
}

export interface Paragraph {
  id: string;
  text: LocalizedText;
  list?: ListMarker;
  lead?: string;
  span?: Span;
  spans?: LanguageSpans;
  corrections?: string[];
}

export type SectionKind =
  | 'preface'
  | 'chapter'
  | 'section'
  | 'subsection'
  | 'panel'
  | 'conclusion'
  | 'contents'
  | 'front-matter'
  | 'back-matter';

export interface Section {
  id: string;
  label?: string;
  kind: SectionKind;
  level: number;
  title?: LocalizedText;
  span?: Span;
  spans?: LanguageSpans;
  paragraphs: Paragraph[];
  children: Section[];
  corrections?: string[];
}

export interface Quantity {
  raw: string;
  value: number;
  unit: string;
  asOf?: string;
  qualifier?: string;
}

export interface Stance {
  actor: string;
  polarity: 'supports' | 'opposes';
  target: string;
}

export interface Principle {
  id: string;
  sectionId: string;
  paragraphId?: string;
  name: LocalizedText;
  concept: string;
  statement: LocalizedText;
  span?: Span;
  spans?: LanguageSpans;
  corrections?: string[];
}

export type Modality = 'commitment' | 'recommendation' | 'proposal';

export interface ActionItem {
  id: string;
  sectionId: string;
  paragraphId: string;
  actor: string;
  modality: Modality;
  text: LocalizedText;
  concepts?: string[];
  span?: Span;
  spans?: LanguageSpans;
  corrections?: string[];
}

export type ClaimKind = 'statistic' | 'position' | 'event';

export interface Claim {
  id: string;
  sectionId: string;
  paragraphId: string;
  kind: ClaimKind;
  text: LocalizedText;
  quantities?: Quantity[];
  stance?: Stance;
  sameAs?: string[];
  span?: Span;
  spans?: LanguageSpans;
  corrections?: string[];
}

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
  [key: string]: unknown;
}

export interface Concept {
  label: LocalizedText;
  description: string;
  terms: { en?: string[]; zh?: string[] };
}

/** The concept vocabulary as stored in `schemas/concepts.json`. */
export interface ConceptVocabulary {
  concepts: Record<string, Concept>;
}

/** Totals a document states about itself (metadata `expectedCounts`). */
export interface ExpectedCounts {
  principles?: number;
  actionItems?: number;
  claims?: number;
  sections?: Record<string, number>;
}

/** A figure that differs between two expressions of one work. */
export interface Discrepancy {
  work: string;
  claims: [string, string];
  unit: string;
  asOf?: string;
  values: Array<{ document: string; raw: string; value: number }>;
}

/** What `extractItems` needs besides the document. */
export interface ExtractContext {
  source: string;
  concepts: ConceptVocabulary;
  /** Fold the source at a span exactly as the parser folded the paragraph texts. */
  textAt: (span: Span) => FoldedText;
}

export interface Extracted {
  principles: Principle[];
  actionItems: ActionItem[];
  claims: Claim[];
}
