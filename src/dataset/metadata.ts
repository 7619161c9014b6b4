/**
 * Load a source's metadata file (`data/sources/<id>.yaml`): YAML parse errors,
 * schema errors and an id that differs from the file name are reported at
 * their line and column.
 */
import { basename } from 'node:path';
import type { VFileMessage } from 'vfile-message';
import type { SourceMetadata } from '../../generated/types/index.js';
import { schemaMessages, validator } from '../validate/ajv.js';
import { createMessage } from '../text/messages.js';
import { yamlLocator } from '../text/positions.js';
import { parseYamlText } from '../validate/yaml.js';
import { idProblem } from './limits.js';

interface LoadedMetadata {
  metadata?: SourceMetadata;
  messages: VFileMessage[];
}

/** Parse and validate metadata text; `file` is the path to report. */
export function parseMetadata(text: string, file: string): LoadedMetadata {
  const messages: VFileMessage[] = [];
  const parsed = parseYamlText(text, file);
  const document = parsed.document;
  if (!document || parsed.messages.length > 0) return { messages: parsed.messages };
  const value = parsed.value;
  const locate = yamlLocator(document, text);
  const problems = schemaMessages(validator('metadata.schema.json'), value, {
    file,
    locate,
    ruleId: 'metadata-schema',
    hint: 'see schemas/metadata.schema.json for the fields a metadata file may have',
  });
  if (problems.length > 0) return { messages: problems };
  const metadata = value as SourceMetadata;
  const problem = idProblem(metadata.id);
  if (problem) return { messages: [createMessage(problem.reason, { file, place: locate('/id'), ruleId: 'id-invalid', hint: problem.hint })] };
  const expected = basename(file).replace(/\.ya?ml$/u, '');
  if (metadata.id !== expected) {
    messages.push(
      createMessage(`document id "${metadata.id}" differs from the file name "${expected}"`, {
        file,
        place: locate('/id'),
        ruleId: 'id-mismatch',
        hint: `rename the file to ${metadata.id}.yaml (and its source to ${metadata.id}.${metadata.format === 'markdown' ? 'md' : 'txt'}) or set id: ${expected}`,
      }),
    );
    return { messages };
  }
  return { metadata, messages };
}
