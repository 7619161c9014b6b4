/* eslint-disable */
/**
 * DO NOT EDIT: generated from schemas/*.schema.json by `npm run build`
 * (src/dataset/types.ts). Edit the schemas and regenerate.
 *
 * inputs sha256: 5d5f2d6708ebe89ee00219aa025632ea076fd700a030939c20eb3df6f84c94bd
 * output sha256: b758d88409be350b73de5586d0ae6cb4ec6d9a05ee8335cd814d51248dcba032
 */
/**
 * Id of a principle, action item or claim: the id of the paragraph (or section) it comes from followed by `__<kind>_<n>`.
 */
export type ItemId = string;
/**
 * Id of a section: `<document-id>/` followed by an Akoma Ntoso style eId, level abbreviations joined by `__`, each with the number printed in its label (or its position), e.g. `intl-strategy-cyberspace-cooperation-2017/chp_2__sec_3`.
 */
export type SectionId = string;
/**
 * Id of a paragraph: its section id followed by `__para_<n>`, n counting from 1 within the section.
 */
export type ParagraphId = string;
/**
 * Key of an entry of the concept vocabulary (schemas/concepts.json).
 */
export type ConceptKey = string;
/**
 * Ids of the corrections (data/corrections/) that changed this item, in the order they were applied.
 *
 * @minItems 1
 */
export type CorrectionIds = string[];
/**
 * ISO 8601 year, year-month or date.
 */
export type YearMonth = string;
/**
 * BCP 47 primary language subtag of a text in the corpus: `en` English, `zh` Chinese.
 */
export type Language = 'en' | 'zh';
/**
 * A file of data/corrections/: one correction, or a list of them. A correction fixes what the parser got wrong, or a typo of a source, without touching the source or the generated files.
 */
export type CorrectionFile = Correction | Correction[];
/**
 * Id of a work: the abstract text that one or more documents (expressions, e.g. an official and a machine translation) express.
 */
export type WorkId = string;
/**
 * Id of a document: lower-case words joined by hyphens, equal to the base name of its source file in data/sources/.
 */
export type DocumentId = string;
/**
 * What kind of document it is.
 */
export type DocumentKind =
  | 'strategy'
  | 'white-paper'
  | 'submission'
  | 'position-paper'
  | 'initiative'
  | 'law'
  | 'regulation'
  | 'treaty'
  | 'executive-order'
  | 'notice'
  | 'joint-statement'
  | 'report'
  | 'other';

/**
 * Every entity of the dataset (a root for type generation only).
 */
export interface CyberspacePolicyDataSchemas {
  ActionItem?: ActionItem;
  Claim?: Claim;
  Concept?: Concept;
  ConceptKey?: ConceptKey;
  ConceptTerms?: ConceptTerms;
  ConceptVocabulary?: ConceptVocabulary;
  Concepts?: Concepts;
  Correction?: Correction;
  CorrectionFile?: CorrectionFile;
  CorrectionIds?: CorrectionIds;
  Counts?: Counts;
  Definition?: Definition;
  Discrepancies?: Discrepancies;
  Discrepancy?: Discrepancy;
  Document?: Document;
  DocumentId?: DocumentId;
  DocumentKind?: DocumentKind;
  DocumentSummary?: DocumentSummary;
  ExpectedCounts?: ExpectedCounts;
  ItemId?: ItemId;
  Language?: Language;
  LanguageSpans?: LanguageSpans;
  ListMarker?: ListMarker;
  LocalizedText?: LocalizedText;
  Manifest?: Manifest;
  NewItem?: NewItem;
  Omission?: Omission;
  Origin?: Origin;
  Paragraph?: Paragraph;
  ParagraphId?: ParagraphId;
  ParserHints?: ParserHints;
  PartialDate?: PartialDate;
  Principle?: Principle;
  Quantity?: Quantity;
  Redaction?: Redaction;
  Reference?: Reference;
  Rights?: Rights;
  Section?: Section;
  SectionId?: SectionId;
  Source?: Source;
  SourceMetadata?: SourceMetadata;
  Span?: Span;
  Stance?: Stance;
  StatedValue?: StatedValue;
  Status?: Status;
  Translation?: Translation;
  Work?: Work;
  WorkId?: WorkId;
  YearMonth?: YearMonth;
}
/**
 * A concrete commitment, proposal or recommendation for action.
 */
export interface ActionItem {
  /**
   * `<paragraph id>__action_<n>`.
   */
  id: ItemId;
  /**
   * The section it is stated in.
   */
  sectionId: SectionId;
  /**
   * The paragraph it is stated in.
   */
  paragraphId: ParagraphId;
  /**
   * Who is to act, as the text says: `China`, `the international community`, `all countries`; for a norm its addressee (`网络运营者`, `Each Party`, `the Secretary of Commerce`), or `unspecified` where the text names none.
   */
  actor: string;
  /**
   * `commitment` (will, is committed to, commit to, 将), `recommendation` (should, 应), `proposal` (advocates, calls for, proposes, supports, 倡导/主张/支持/倡议); in binding instruments (laws, regulations, treaties, executive orders): `obligation` (shall, must, 应当, 必须), `prohibition` (shall not, may not, must not, 不得, 禁止), `permission` (may, 可以), where `actor` is the addressee of the norm.
   */
  modality: 'commitment' | 'recommendation' | 'proposal' | 'obligation' | 'prohibition' | 'permission';
  /**
   * The sentence or list item that states it.
   */
  text: LocalizedText;
  /**
   * Concepts of the vocabulary the action concerns.
   */
  concepts?: ConceptKey[];
  /**
   * Where the text lies in the source.
   */
  span?: Span;
  /**
   * Where each language's text lies, for a bilingual pair.
   */
  spans?: LanguageSpans;
  corrections?: CorrectionIds;
}
/**
 * A text in the languages the source has it in. A key is present only where the source contains that text: nothing is machine-translated.
 */
export interface LocalizedText {
  /**
   * The English text, as the source has it (whitespace folded).
   */
  en?: string;
  /**
   * The Chinese text, as the source has it (whitespace folded).
   */
  zh?: string;
}
/**
 * Where an item's text lies in its source file: UTF-16 offsets into the file read as a JavaScript string (end exclusive), and the 1-based line and column of start.
 */
export interface Span {
  /**
   * UTF-16 offset of the first character (0-based).
   */
  start: number;
  /**
   * UTF-16 offset one past the last character.
   */
  end: number;
  /**
   * 1-based line of start.
   */
  line: number;
  /**
   * 1-based column of start, in UTF-16 code units.
   */
  column: number;
}
/**
 * One span per language, for a bilingual pair whose two texts lie in different places of the source.
 */
export interface LanguageSpans {
  /**
   * Span of the English text.
   */
  en: Span;
  /**
   * Span of the Chinese text.
   */
  zh: Span;
}
/**
 * An assertion the document makes, one sentence, with what makes it checkable.
 */
export interface Claim {
  /**
   * `<paragraph id>__claim_<n>`.
   */
  id: ItemId;
  /**
   * The section it is stated in.
   */
  sectionId: SectionId;
  /**
   * The paragraph it is stated in.
   */
  paragraphId: ParagraphId;
  /**
   * `statistic` states a figure; `position`: the document's actor supports, opposes, advocates or believes something; `event`: something dated that happened.
   */
  kind: 'statistic' | 'position' | 'event';
  /**
   * The sentence.
   */
  text: LocalizedText;
  /**
   * The figures the sentence states, in order.
   *
   * @minItems 1
   */
  quantities?: Quantity[];
  /**
   * For position claims: who supports or opposes what.
   */
  stance?: Stance;
  /**
   * Ids of claims with the same figures in other expressions of the same work.
   *
   * @minItems 1
   */
  sameAs?: ItemId[];
  /**
   * Where the sentence lies in the source.
   */
  span?: Span;
  /**
   * Where each language's sentence lies, for a bilingual pair.
   */
  spans?: LanguageSpans;
  corrections?: CorrectionIds;
}
/**
 * A figure stated in a sentence, with its scale expanded and its unit.
 */
export interface Quantity {
  /**
   * The figure as printed, e.g. `1.05 billion`, `74.4%`, `10.51亿`.
   */
  raw: string;
  /**
   * The numeric value with its scale word expanded (billion, million, trillion, 亿, 万): `1.05 billion` is 1050000000.
   */
  value: number;
  /**
   * What is counted or measured, e.g. `percent`, `yuan`, `internet users`.
   */
  unit: string;
  /**
   * The date the sentence gives the figure for (`By June 2022` is `2022-06`).
   */
  asOf?: YearMonth;
  /**
   * A bound printed with the figure: `more than`, `nearly`, `over`, `about`.
   */
  qualifier?: string;
}
/**
 * The position a claim expresses: who supports or opposes what.
 */
export interface Stance {
  /**
   * Who holds the position, as the text names them.
   */
  actor: string;
  /**
   * Whether the actor supports or opposes the target.
   */
  polarity: 'supports' | 'opposes';
  /**
   * What is supported or opposed, as the text says it.
   */
  target: string;
}
/**
 * One concept of the vocabulary.
 */
export interface Concept {
  /**
   * A short name.
   */
  label: LocalizedText;
  /**
   * What the concept covers.
   */
  description: string;
  /**
   * Words and phrases that name the concept in each language, matched case-insensitively against principle names and action texts.
   */
  terms: ConceptTerms;
}
/**
 * Terms by language.
 */
export interface ConceptTerms {
  en?: string[];
  zh?: string[];
}
/**
 * The concept vocabulary: keys that let the same principle or theme be followed across documents and years.
 */
export interface ConceptVocabulary {
  /**
   * Concepts by key.
   */
  concepts: Concepts;
}
/**
 * Concepts by key.
 */
export interface Concepts {
  [k: string]: Concept | undefined;
}
/**
 * One reviewed fix: its target, what the target is expected to contain now, the operation, why, and who proposed it.
 */
export interface Correction {
  /**
   * Stable id of the correction, recorded on the items it changes; defaults to the file name (with `#<n>` for the n-th of a list).
   */
  id?: string;
  /**
   * What to correct: a section, paragraph or item id, or (for `mark-heading` and `not-heading`) a document id.
   */
  target: string;
  /**
   * What the target contains now: text that must occur in it (for text operations and `remove-item`), or the current value of the field (for `reclassify`). When the source or the parser changes and this no longer holds, the correction is reported as stale.
   */
  expect: string;
  /**
   * The operation.
   */
  op: 'replace-text' | 'reclassify' | 'remove-item' | 'add-item' | 'mark-heading' | 'not-heading';
  /**
   * The language of the text to change (`replace-text`, `add-item`); default: the only language of the target.
   */
  lang?: Language;
  /**
   * `replace-text`: the exact text to replace; it must occur once in the target.
   */
  find?: string;
  /**
   * `replace-text`: the text to put in its place.
   */
  replace?: string;
  /**
   * `reclassify`: the field to change.
   */
  field?: 'modality' | 'actor' | 'concept' | 'kind';
  /**
   * `reclassify`: the new value of the field.
   */
  value?: string;
  item?: NewItem;
  /**
   * `mark-heading`, `not-heading`: the exact text of the source line (trimmed).
   */
  line?: string;
  /**
   * `mark-heading`: the depth the heading has in the tree, 1 = top.
   */
  level?: number;
  /**
   * Why the correction is right (the source says so, a typo, a parser error…).
   */
  reason: string;
  /**
   * Who proposed it (name or handle).
   */
  proposedBy: string;
  /**
   * Address of the discussion, if any.
   */
  issue?: string;
}
/**
 * `add-item`: an item the extraction missed, located by its exact text in the target paragraph (the span is computed from it).
 */
export interface NewItem {
  /**
   * What to add.
   */
  kind: 'actionItem' | 'claim';
  /**
   * The exact text of the item, as it stands in the paragraph.
   */
  text: string;
  /**
   * Action item: who is to act.
   */
  actor?: string;
  /**
   * Action item: commitment, recommendation or proposal.
   */
  modality?: 'commitment' | 'recommendation' | 'proposal';
  /**
   * Claim: statistic, position or event.
   */
  claimKind?: 'statistic' | 'position' | 'event';
}
/**
 * How many of each entity a document holds.
 */
export interface Counts {
  sections: number;
  paragraphs: number;
  principles: number;
  actionItems: number;
  claims: number;
  /**
   * Action items that are norms of a binding text: obligations, prohibitions, permissions.
   */
  norms: number;
  /**
   * Action items of modality `commitment`.
   */
  commitments: number;
  definitions: number;
}
/**
 * A term the document defines, and its definition.
 */
export interface Definition {
  /**
   * `<paragraph id>__def_<n>`.
   */
  id: ItemId;
  /**
   * The section it is stated in.
   */
  sectionId: SectionId;
  /**
   * The paragraph it is stated in.
   */
  paragraphId: ParagraphId;
  /**
   * The term as printed, without quotes.
   */
  term: LocalizedText;
  /**
   * What the document says it means (after `是指`, `means`, `includes`).
   */
  definition: LocalizedText;
  /**
   * Where the whole definition (term and meaning) lies in the source.
   */
  span: Span;
}
/**
 * Figures that differ between expressions of one work (generated/data/discrepancies.json): reported, not hidden, e.g. the official "1.05 billion" against the machine-translated "1.051 billion" internet users.
 */
export interface Discrepancies {
  /**
   * The discrepancies, sorted by the id of their first claim, then unit.
   */
  discrepancies: Discrepancy[];
}
/**
 * One figure stated differently by two claims of two expressions of the same work: same unit (and date), different values.
 */
export interface Discrepancy {
  /**
   * The work both documents express.
   */
  work: WorkId;
  /**
   * The ids of the two claims, in the order of their documents.
   *
   * @minItems 2
   * @maxItems 2
   */
  claims: ItemId[];
  /**
   * What the figure counts or measures, as in the claims' quantities.
   */
  unit: string;
  /**
   * The date both claims give the figure for.
   */
  asOf?: YearMonth;
  /**
   * The figure as each document states it, in the order of `claims`.
   *
   * @minItems 2
   * @maxItems 2
   */
  values: StatedValue[];
}
/**
 * A figure as one document states it.
 */
export interface StatedValue {
  /**
   * The id of the document.
   */
  document: DocumentId;
  /**
   * The figure as printed, e.g. `1.051 billion`.
   */
  raw: string;
  /**
   * The figure's value, scale expanded.
   */
  value: number;
}
/**
 * One policy document of the corpus: its metadata, its section tree and the principles, action items and claims it states.
 */
export interface Document {
  id: DocumentId;
  /**
   * Id of the work; expressions of one text share it.
   */
  work: WorkId;
  /**
   * The document's title in the languages the source has it in.
   */
  title: LocalizedText;
  /**
   * What kind of document it is.
   */
  kind: DocumentKind;
  /**
   * The issuing bodies.
   *
   * @minItems 1
   */
  issuer: LocalizedText[];
  /**
   * When the document was issued, as precisely as known.
   */
  date: PartialDate;
  /**
   * Languages present in the text, in order of first appearance.
   *
   * @minItems 1
   */
  languages: Language[];
  /**
   * Present when the text is a translation (after Akoma Ntoso's FRBRtranslation).
   */
  translation?: Translation;
  /**
   * Where the text came from.
   */
  origin: Origin;
  /**
   * Why the text may be redistributed, with the basis.
   */
  rights: Rights;
  /**
   * Legal or editorial status of the text, where it matters (a draft for comment, an act in force, one superseded).
   */
  status?: Status;
  /**
   * The source file the document was parsed from.
   */
  source: Source;
  /**
   * Curated remarks on the document (from its metadata file).
   */
  notes?: string[];
  /**
   * What was redacted from the output (personal contact data), by kind and count: occurrences replaced in the document's metadata, headings and paragraphs (items repeating a paragraph's text are redacted too but not counted again); the source stays as received.
   */
  redactions: Redaction[];
  /**
   * Source ranges deliberately left out of every section: markup with no text in the body (HTML comments, thematic breaks). Every other non-blank character of the source is in a section.
   */
  omitted?: Omission[];
  /**
   * The section tree, in source order.
   *
   * @minItems 1
   */
  sections: Section[];
  /**
   * Principles the document sets out, in source order.
   */
  principles: Principle[];
  /**
   * Commitments, proposals and recommendations, in source order.
   */
  actionItems: ActionItem[];
  /**
   * Statistic, position and event claims, in source order.
   */
  claims: Claim[];
  /**
   * Terms the document defines (`本法下列用语的含义：（一）网络，是指…`, `"computer system" means …`), in source order.
   */
  definitions?: Definition[];
}
/**
 * A date as precise as it is known, with how it is known.
 */
export interface PartialDate {
  /**
   * ISO 8601 calendar date, year-month or year.
   */
  value: string;
  /**
   * `stated`: the text or its issuer states it; `inferred`: deduced from the text; `published`: the date of publication of this copy.
   */
  basis: 'stated' | 'inferred' | 'published';
  /**
   * How the date was established, where it is not obvious.
   */
  note?: string;
}
/**
 * How a translated text was made.
 */
export interface Translation {
  /**
   * `official`: issued by the author; `third-party`: made by someone else (a journal, a researcher), by hand; `machine`: machine translation; `unknown`.
   */
  method: 'official' | 'third-party' | 'machine' | 'unknown';
  /**
   * Whether this text may be quoted as the document's own words.
   */
  authoritative: boolean;
  /**
   * The language translated from, as a BCP 47 tag (`zh`, `ko`, `ru`); it need not be one the dataset has text in.
   */
  fromLanguage?: string;
  /**
   * What else a reader should know about the translation.
   */
  note?: string;
}
/**
 * Where a source text was obtained.
 */
export interface Origin {
  /**
   * Who published the copy the source was taken from.
   */
  publisher: string;
  /**
   * Where the publisher put the text (the page it was read or scraped from).
   */
  url?: string;
  /**
   * The repository copy or archive the source file was taken from, with its revision: `<repository>@<commit>:<path>` for a git repository.
   */
  copy?: string;
  /**
   * When that copy was made or fetched, as precisely as known.
   */
  retrieved?: string;
  /**
   * Anything else known about the copy.
   */
  note?: string;
}
/**
 * Why the text may be redistributed in this dataset.
 */
export interface Rights {
  /**
   * `excluded-from-copyright`: an official text that the law of its state leaves outside copyright (laws, regulations, official documents of state organs); `public-domain`: a work in the public domain (e.g. a work of the U.S. Government); `unclear`: no basis is established (e.g. a third party's translation): the text is kept for research and is removed on request.
   */
  status: 'excluded-from-copyright' | 'public-domain' | 'unclear';
  /**
   * The rule or fact the status rests on (e.g. `Copyright Law of the PRC, Art. 5`, `17 U.S.C. § 105`).
   */
  basis: string;
  /**
   * What else a re-user should know (parts of the file that are not the official text, such as a republisher's news lead).
   */
  note?: string;
}
/**
 * Legal or editorial status of a text.
 */
export interface Status {
  /**
   * `draft`: published for comment; `in-force`: an act in force; `superseded`: replaced or amended by a later text.
   */
  value: 'draft' | 'in-force' | 'superseded';
  /**
   * When the status began (e.g. the date an act came into force), as precisely as known.
   */
  since?: string;
  /**
   * What a reader should know (the comment period, the amending act).
   */
  note?: string;
}
/**
 * The source file a document was parsed from.
 */
export interface Source {
  /**
   * Path of the file relative to the repository root.
   */
  path: string;
  /**
   * SHA-256 of the file's bytes, lower-case hex.
   */
  sha256: string;
  /**
   * Size of the file in bytes.
   */
  bytes: number;
}
/**
 * A kind of personal data replaced by `[redacted]` in the output, with how often.
 */
export interface Redaction {
  /**
   * What was redacted: an e-mail address, a phone number, or the name of a contact person given in a form field (`Name:`, `Contact:`, `联系人：`).
   */
  kind: 'email' | 'phone' | 'name';
  /**
   * How many occurrences were replaced.
   */
  count: number;
}
/**
 * A source range left out of the sections, and why.
 */
export interface Omission {
  /**
   * `markup`: Markdown or HTML with no text (`<!-- -->`, `---`).
   */
  reason: 'markup';
  span: Span;
}
/**
 * A section of a document's tree: its heading, its own paragraphs and its child sections.
 */
export interface Section {
  /**
   * Unique id: `<document-id>/` + Akoma Ntoso style eId.
   */
  id: SectionId;
  /**
   * The numbering as printed, without its punctuation: `Chapter II`, `二`, `(3)`, `Panel 6`, `I`.
   */
  label?: string;
  /**
   * What the section is. `part`, `chapter`, `section`, `title`, `article` and `annex` are named by the words of their label where it has them (`第三条`, `Article 14`, `SECTION 1`); numbered headings without such words are `chapter`/`section`/`subsection` by depth; `preface` also holds untitled text before the first heading. `contents` is a table of contents kept as one section; `front-matter` and `back-matter` hold the text around the body (news header, form fields, source lines).
   */
  kind:
    | 'preface'
    | 'part'
    | 'chapter'
    | 'section'
    | 'subsection'
    | 'title'
    | 'article'
    | 'annex'
    | 'panel'
    | 'conclusion'
    | 'contents'
    | 'front-matter'
    | 'back-matter';
  /**
   * The number printed in the label, as an integer: `第十二条` → 12, `Article 14` → 14, `Chapter II` → 2, `(c)` → 3.
   */
  number?: number;
  /**
   * Depth in the tree, 1 = top.
   */
  level: number;
  /**
   * The heading text without its numbering, lines joined; absent for front and back matter, which have no printed heading.
   */
  title?: LocalizedText;
  /**
   * Where the heading lies in the source (absent without a printed heading).
   */
  span?: Span;
  /**
   * Where each language's heading lies, for a heading printed in both languages in different places.
   */
  spans?: LanguageSpans;
  /**
   * The section's own paragraphs, before its first child.
   */
  paragraphs: Paragraph[];
  /**
   * Sub-sections, in source order.
   */
  children: Section[];
  corrections?: CorrectionIds;
}
/**
 * A paragraph of a section: page-break fragments joined, a bilingual pair kept together.
 */
export interface Paragraph {
  /**
   * The section id followed by `__para_<n>`.
   */
  id: ParagraphId;
  /**
   * The paragraph text in the languages the source has it in.
   */
  text: LocalizedText;
  /**
   * Present when the paragraph is an item of a bulleted or numbered list that is not a heading.
   */
  list?: ListMarker;
  /**
   * A short run-in heading sentence the paragraph opens with, e.g. `Strengthening personal information protection.`; the text keeps it too.
   */
  lead?: string;
  /**
   * Cross-references the paragraph makes, in text order.
   */
  references?: Reference[];
  /**
   * Where the text lies in the source (single-language paragraph). Exactly one of span and spans is present.
   */
  span?: Span;
  /**
   * Where each language's text lies (bilingual pair). Exactly one of span and spans is present.
   */
  spans?: LanguageSpans;
  corrections?: CorrectionIds;
}
/**
 * The marker of a list item as printed.
 */
export interface ListMarker {
  /**
   * The marker as printed: `•`, `(1)`, `1.`.
   */
  marker: string;
  /**
   * Whether the marker numbers the item.
   */
  ordered: boolean;
}
/**
 * A cross-reference: words that point at another unit of this document or at another instrument.
 */
export interface Reference {
  /**
   * The words as printed: `本法第二十一条`, `第二十七条、第二十八条`, `前款`, `Article 14`, `subsection (c) of this section`, `《中华人民共和国网络安全法》`, `Executive Order 14028`.
   */
  text: string;
  /**
   * The section (or paragraph) id it resolves to inside the same document. A list of articles (`第二十七条、第二十八条`) is one reference per article.
   */
  target?: string;
  /**
   * The other instrument it names, where it leaves the document.
   */
  external?: string;
  span: Span;
}
/**
 * A named normative principle the document sets out as such (under a principles heading, or as one of an enumerated set).
 */
export interface Principle {
  /**
   * `<section or paragraph id>__principle_<n>`.
   */
  id: ItemId;
  /**
   * The section the principle is stated in.
   */
  sectionId: SectionId;
  /**
   * The paragraph that names the principle, when it is named by a paragraph's run-in lead rather than a heading.
   */
  paragraphId?: ParagraphId;
  /**
   * The principle's name as printed.
   */
  name: LocalizedText;
  /**
   * Key of the concept vocabulary, shared by the same principle across documents and years.
   */
  concept: ConceptKey;
  /**
   * The text that states the principle: the first sentence of its first paragraph.
   */
  statement: LocalizedText;
  /**
   * Where the name lies in the source.
   */
  span?: Span;
  /**
   * Where each language's name lies, for a bilingual heading.
   */
  spans?: LanguageSpans;
  corrections?: CorrectionIds;
}
/**
 * A document as listed in the manifest.
 */
export interface DocumentSummary {
  id: DocumentId;
  work: WorkId;
  title: LocalizedText;
  kind: DocumentKind;
  /**
   * @minItems 1
   */
  issuer: LocalizedText[];
  date: PartialDate;
  languages: Language[];
  translation?: Translation;
  status?: Status;
  rights: Rights;
  origin: Origin;
  counts: Counts;
  source: Source;
}
/**
 * Totals the document states about itself; the build fails if the extracted items disagree.
 */
export interface ExpectedCounts {
  /**
   * Number of principles the document states.
   */
  principles?: number;
  /**
   * Number of action items.
   */
  actionItems?: number;
  /**
   * Number of claims, where a reviewer has counted them.
   */
  claims?: number;
  /**
   * Sections by id whose count of child sections or list paragraphs is stated, e.g. `{ "…/chp_3": 6 }`.
   */
  sections?: {
    [k: string]: number | undefined;
  };
}
/**
 * generated/data/index.json: the dataset's version, its documents, works and concept vocabulary.
 */
export interface Manifest {
  /**
   * Version of the dataset (the package version).
   */
  version: string;
  /**
   * The documents, sorted by id.
   */
  documents: DocumentSummary[];
  /**
   * The works, sorted by id.
   */
  works: Work[];
  /**
   * The concept vocabulary.
   */
  concepts: Concepts;
}
/**
 * A work and the documents that express it.
 */
export interface Work {
  id: WorkId;
  title: LocalizedText;
  /**
   * Ids of the documents expressing the work, sorted.
   *
   * @minItems 1
   */
  expressions: DocumentId[];
}
/**
 * Declared per-document knowledge for the parser, where its general rules need help.
 */
export interface ParserHints {
  /**
   * For a `text` source: `markdown` when its `*x*`/`**x**` are emphasis markup, left out of texts; `none` (default) otherwise.
   */
  emphasis?: 'markdown' | 'none';
  /**
   * How paragraphs are marked: `blank-lines` (a blank line ends a paragraph), `indent` (each line is a sentence; a paragraph starts at an indented line), `auto` (decide from the text).
   */
  paragraphs?: 'auto' | 'blank-lines' | 'indent';
  /**
   * Numbering styles from the outermost to the innermost level, overriding the conventional order (e.g. `[roman, arabic-dot, arabic-paren]`).
   */
  headingStyles?: (
    | 'part'
    | 'pillar'
    | 'chapter'
    | 'objective'
    | 'section'
    | 'roman'
    | 'cjk-enum'
    | 'upper-dot'
    | 'cjk-paren'
    | 'arabic-dot'
    | 'decimal-2'
    | 'decimal-3'
    | 'decimal-4'
    | 'arabic-paren'
    | 'article'
  )[];
  /**
   * Lines (their text, trimmed, as printed without markup) that start the back matter of this source: where a publisher's or scraper's page around the text begins (`Related articles`, an app's interface line), for a page the general rules do not see the end of. The first such line after the body's first half starts it.
   */
  backMatter?: string[];
  /**
   * `true` when the text has no headings (a statement in running paragraphs): a reviewed fact, so the build does not warn that it found none.
   */
  noHeadings?: boolean;
}
/**
 * Curated metadata of a source text (data/sources/<document-id>.yaml): everything known about it that the text does not say, and the declared hints the parser needs.
 */
export interface SourceMetadata {
  /**
   * The document id; must equal the file's base name.
   */
  id: DocumentId;
  /**
   * Id of the work this document expresses.
   */
  work: WorkId;
  /**
   * Title in the languages the source has it in.
   */
  title: LocalizedText;
  /**
   * Kind of document.
   */
  kind: DocumentKind;
  /**
   * Issuing bodies.
   *
   * @minItems 1
   */
  issuer: LocalizedText[];
  /**
   * The words by which the text names itself when it commits or proposes (`China`, `中方`, `the Chinese government`, `the United States`), besides its issuer's names and the generic `we`/`我们`/`我国`: the extraction takes these subjects' commitments as the document's own. Declared per document, never in code.
   */
  voice?: string[];
  date: PartialDate;
  /**
   * Languages present in the text.
   *
   * @minItems 1
   */
  languages: Language[];
  translation?: Translation;
  origin: Origin;
  rights: Rights;
  status?: Status;
  /**
   * Curated remarks, copied to the document.
   */
  notes?: string[];
  /**
   * How to read the source: `text` (plain text: nothing is Markdown; see `hints.emphasis`) or `markdown` (CommonMark + GFM with YAML front matter, as law libraries and scrapers publish).
   */
  format?: 'text' | 'markdown';
  /**
   * Set by `import` on a generated stub: the metadata has not been checked by a person yet.
   */
  review?: boolean;
  hints?: ParserHints;
  expectedCounts?: ExpectedCounts;
}
