/**
 * `cyberspace-policy-data/load`: one document at a time, typed, from its JSON
 * file in the package, without loading the other documents, the query API or
 * a module per document. `loadDocument(id)` is `readFileSync` and
 * `JSON.parse` of the document's file (`dist/data/documents/<id>.json` in the
 * package, compact; `generated/data/documents/<id>.json` in a checkout run
 * from source) once the id is known
 * to be one of this release: after this module is loaded, a document costs
 * what parsing its file costs (BENCHMARKS.md, section 3).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Document } from '../generated/types/index.js';
import { documentIds, type DocumentId } from '../generated/types/ids.js';
import { packageRoot } from './paths.js';

export type { Document } from '../generated/types/index.js';
export type { DocumentId } from '../generated/types/ids.js';
export { documentIds } from '../generated/types/ids.js';

const known: ReadonlySet<string> = new Set(documentIds);

/** Where the documents are: beside this module in the package (`dist/data/documents/`), else the repository's generated/. */
const shipped = fileURLToPath(new URL('./data/documents/', import.meta.url));
const documentsDir = existsSync(shipped) ? shipped : join(packageRoot, 'generated/data/documents');

/** The path of a document's JSON file in the installed package. */
export function documentPath(id: DocumentId): string {
  if (!known.has(id)) throw new RangeError(`unknown document id "${String(id)}": the ids of this release are in documentIds`);
  return join(documentsDir, `${id}.json`);
}

/**
 * A document, read and parsed from its file: a new object at each call (the
 * root entry point's `getDocument` and the module subpath share one object
 * per process instead). Throws a `RangeError` for an id not of this release.
 */
export function loadDocument(id: DocumentId): Document {
  return JSON.parse(readFileSync(documentPath(id), 'utf8')) as Document;
}
