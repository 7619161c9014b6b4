/**
 * cyberspace-policy-data: the dataset and its types.
 *
 * The generated types (`Document`, `Section`, `Paragraph`, `Principle`,
 * `ActionItem`, `Claim`, …) come from the JSON Schemas; `DocumentId`, `WorkId`
 * and `ConceptKey` are narrowed here to the ids of this release.
 */
export type * from '../generated/types/index.js';
export type { ConceptKey, DocumentId, WorkId } from '../generated/types/ids.js';
export { conceptKeys, documentIds, workIds } from '../generated/types/ids.js';
export type { ConceptItems, Item } from './query/index.js';
export {
  claimsByKind,
  concepts,
  documents,
  documentsWhere,
  exportFile,
  getDocument,
  getItem,
  getParagraph,
  getSection,
  isDocumentId,
  itemsOfConcept,
  manifest,
  paragraphsOf,
  sectionsOf,
  works,
} from './query/index.js';
export type { DocumentFilter, ExportFileName } from './query/index.js';
