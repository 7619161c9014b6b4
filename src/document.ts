/**
 * The declaration of every `cyberspace-policy-data/documents/<id>` subpath:
 * its default export is one document. (The modules themselves are built from
 * the document JSON files; see tsup.config.ts.)
 */
import type { Document } from '../generated/types/index.js';

declare const document: Document;
export default document;
