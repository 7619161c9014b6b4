/**
 * Validation of built documents before they are written: the schema (compiled
 * validators) and the integrity rules, messages placed in the files' JSON
 * texts. A work's documents are validated together (a claim's `sameAs` points
 * into another expression of the same work).
 */
import type { VFileMessage } from 'vfile-message';
import type { Document, Manifest } from '../../generated/types/index.js';
import { schemaMessages, validator } from './ajv.js';
import { checkIntegrity, type SourceInfo } from './integrity.js';
import { jsonLocator } from '../text/positions.js';

/** Schema validation of documents, errors placed in their JSON text. */
export function validateDocuments(documents: readonly Document[], texts: ReadonlyMap<string, string>, fileOf: (id: string) => string): VFileMessage[] {
  const validate = validator('document.schema.json');
  return documents.flatMap((doc) =>
    schemaMessages(validate, doc, { file: fileOf(doc.id), locate: (pointer) => jsonLocator(texts.get(doc.id)!)(pointer), ruleId: 'document-schema', hint: 'see schemas/document.schema.json' }),
  );
}

/** Schema validation of the manifest. */
export function validateManifest(manifest: Manifest, text: string, file: string): VFileMessage[] {
  return schemaMessages(validator('manifest.schema.json'), manifest, { file, locate: jsonLocator(text), ruleId: 'manifest-schema' });
}

/** Schemas, then integrity, of a set of documents (a work, or the whole dataset) with their JSON texts. */
export function validateBuilt(documents: readonly Document[], texts: ReadonlyMap<string, string>, sources: ReadonlyMap<string, SourceInfo>, fileOf: (id: string) => string): VFileMessage[] {
  const locators = new Map<string, (pointer: string) => { line: number; column: number }>();
  return [
    ...validateDocuments(documents, texts, fileOf),
    ...checkIntegrity({
      documents,
      sources,
      fileOf,
      locate: (id, pointer) => {
        let locate = locators.get(id);
        if (!locate) locators.set(id, (locate = jsonLocator(texts.get(id)!)));
        return locate(pointer);
      },
    }),
  ];
}
