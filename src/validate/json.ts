/** JSON files as the dataset stores them: parsed with syntax errors placed at their line and column. */
import { parse as parseJson, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { VFileMessage } from 'vfile-message';
import { LineIndex } from '../text/span.js';
import { createMessage } from '../text/messages.js';

/** Parse JSON text, reporting syntax errors at their line and column. */
export function parseJsonFile(text: string, file: string): { value?: unknown; messages: VFileMessage[] } {
  const errors: ParseError[] = [];
  const value: unknown = parseJson(text, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length === 0) return { value, messages: [] };
  const index = new LineIndex(text);
  return {
    // The first error only: the ones after it follow from it.
    messages: errors.slice(0, 1).map((e) =>
      createMessage(`invalid JSON: ${printParseErrorCode(e.error)}`, {
        file,
        place: index.position(e.offset),
        ruleId: 'json-syntax',
        hint: 'fix the JSON syntax, or regenerate the file with `npm run build`',
      }),
    ),
  };
}
