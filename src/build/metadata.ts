/**
 * Load a source's metadata file (`data/sources/<id>.yaml`): YAML parse errors,
 * schema errors and an id that differs from the file name are reported at
 * their line and column.
 */
import { basename } from 'node:path';
import { parseDocument } from 'yaml';
import type { VFileMessage } from 'vfile-message';
import type { SourceMetadata } from '../../generated/types/index.js';
import { describeError, errorPointer, validator } from '../validate/ajv.js';
import { createMessage } from '../validate/messages.js';
import { yamlLocator } from '../validate/positions.js';

export interface LoadedMetadata {
  metadata?: SourceMetadata;
  messages: VFileMessage[];
}

/** Parse and validate metadata text; `file` is the path to report. */
export function parseMetadata(text: string, file: string): LoadedMetadata {
  const messages: VFileMessage[] = [];
  const document = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  for (const error of document.errors) {
    const [line, column] = error.linePos?.[0] ? [error.linePos[0].line, error.linePos[0].col] : [1, 1];
    messages.push(createMessage(`malformed YAML: ${error.message.split('\n')[0]}`, { file, place: { line, column }, ruleId: 'yaml-syntax', hint: 'fix the YAML syntax (indentation, quoting, a missing colon)' }));
  }
  if (messages.length > 0) return { messages };
  const value: unknown = document.toJS();
  const locate = yamlLocator(document, text);
  const validate = validator('metadata.schema.json');
  if (!validate(value)) {
    for (const error of validate.errors ?? []) {
      messages.push(createMessage(describeError(error), { file, place: locate(errorPointer(error)), ruleId: 'metadata-schema', hint: 'see schemas/metadata.schema.json for the fields a metadata file may have' }));
    }
    return { messages };
  }
  const metadata = value as SourceMetadata;
  const expected = basename(file).replace(/\.ya?ml$/u, '');
  if (metadata.id !== expected) {
    messages.push(createMessage(`document id "${metadata.id}" differs from the file name "${expected}"`, { file, place: locate('/id'), ruleId: 'id-mismatch', hint: `rename the file to ${metadata.id}.yaml (and its source to ${metadata.id}.txt) or set id: ${expected}` }));
    return { messages };
  }
  return { metadata, messages };
}
