/**
 * Load correction files (`data/corrections/*.yaml`): YAML with node ranges
 * kept, validated against `schemas/correction.schema.json`, each correction
 * given its id and a locator for its keys, so every later message can point at
 * the offending key.
 */
import { basename } from 'node:path';
import type { VFileMessage } from 'vfile-message';
import type { Correction } from '../../generated/types/index.js';
import { errorMessages, validator } from '../validate/ajv.js';
import type { Place } from '../text/messages.js';
import { yamlLocator } from '../text/positions.js';
import { parseYamlText } from '../validate/yaml.js';

export interface LoadedCorrection {
  /** The correction's id (explicit, or the file name with `#<n>` in a list). */
  id: string;
  file: string;
  value: Correction;
  /** Place of a key of this correction (e.g. `/expect`). */
  locate: (pointer: string) => Place;
}

/** Parse and validate a correction file's text. */
export function loadCorrections(text: string, file: string): { corrections: LoadedCorrection[]; messages: VFileMessage[] } {
  const parsed = parseYamlText(text, file);
  const yaml = parsed.document;
  if (!yaml || parsed.messages.length > 0) return { corrections: [], messages: parsed.messages };
  const messages: VFileMessage[] = [];
  const value = parsed.value;
  const locate = yamlLocator(yaml, text);
  const validate = validator('correction.schema.json');
  if (!validate(value)) {
    // oneOf reports both branches; keep the errors of the branch the file is written in.
    const list = Array.isArray(value);
    const errors = (validate.errors ?? []).filter((e) => e.keyword !== 'oneOf' && (list ? !e.schemaPath.startsWith('#/oneOf/0') : !e.schemaPath.startsWith('#/oneOf/1')) && e.keyword !== 'if');
    messages.push(...errorMessages(errors, { file, locate, ruleId: 'schema', hint: 'see schemas/correction.schema.json and CONTRIBUTING.md for the fields of a correction' }));
    return { corrections: [], messages };
  }
  const stem = basename(file).replace(/\.(ya?ml|json)$/u, '');
  const items = (Array.isArray(value) ? value : [value]) as Correction[];
  const corrections = items.map((correction, i) => {
    const prefix = Array.isArray(value) ? `/${i}` : '';
    return {
      id: correction.id ?? (Array.isArray(value) ? `${stem}#${i + 1}` : stem),
      file,
      value: correction,
      locate: (pointer: string) => locate(`${prefix}${pointer}`),
    };
  });
  return { corrections, messages };
}
