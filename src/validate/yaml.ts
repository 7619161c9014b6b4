/**
 * Read YAML the same way everywhere (metadata, corrections): syntax errors at
 * their line and column, duplicate keys refused, and aliases bounded, so a
 * "billion laughs" file is refused with a message instead of exhausting memory.
 */
import { parseDocument, visit, type Document as YamlDocument } from 'yaml';
import type { VFileMessage } from 'vfile-message';
import { LineIndex } from '../text/span.js';
import { createMessage } from '../text/messages.js';

/** Most alias expansions a data file may use (yaml's own default; our files use none). */
const maxAliasCount = 100;

interface ParsedYaml {
  document?: YamlDocument;
  value?: unknown;
  messages: VFileMessage[];
}

/** Parse YAML text into a value; problems are messages placed in `file`. */
export function parseYamlText(text: string, file: string): ParsedYaml {
  const document = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  const messages = document.errors.map((error) =>
    createMessage(`malformed YAML: ${error.message.split('\n')[0]}`, {
      file,
      place: error.linePos?.[0] ? { line: error.linePos[0].line, column: error.linePos[0].col } : { line: 1, column: 1 },
      ruleId: 'yaml-syntax',
      hint: 'fix the YAML syntax (indentation, quoting, a missing colon)',
    }),
  );
  if (messages.length > 0) return { messages };
  try {
    return { document, value: document.toJS({ maxAliasCount }), messages };
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    let offset = 0;
    visit(document, {
      Alias(_, node) {
        offset = node.range?.[0] ?? 0;
        return visit.BREAK;
      },
    });
    return {
      messages: [
        createMessage(`YAML aliases expand too much (${error.message.replace(/\.$/u, '')})`, {
          file,
          place: new LineIndex(text).position(offset),
          ruleId: 'yaml-aliases',
          hint: 'write the values out instead of using anchors (&) and aliases (*): data files need none',
        }),
      ],
    };
  }
}
