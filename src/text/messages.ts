/**
 * Messages are data with a place: every problem the toolkit reports (parser
 * warnings, schema errors mapped back to positions, integrity failures, stale
 * corrections) is a `VFileMessage` with a `ruleId`, so the CLI, the tests and
 * `--format json` all read one structure.
 */
import { VFileMessage } from 'vfile-message';

const messageSource = 'cyberspace-policy-data';

export interface Place {
  line: number;
  column: number;
}

interface MessageOptions {
  file: string;
  place?: Place | undefined;
  ruleId: string;
  /** How to fix it. */
  hint?: string | undefined;
  fatal?: boolean;
  actual?: string;
  expected?: string[];
}

/** Create a message: `fatal` (default true) makes it an error. */
export function createMessage(reason: string, options: MessageOptions): VFileMessage {
  const message = new VFileMessage(reason, {
    ruleId: options.ruleId,
    source: messageSource,
    ...(options.place ? { place: options.place } : {}),
  });
  message.file = options.file;
  message.fatal = options.fatal ?? true;
  if (options.hint) message.note = options.hint;
  if (options.actual !== undefined) message.actual = options.actual;
  if (options.expected) message.expected = options.expected;
  return message;
}

/** A message as plain JSON (`--format json`, the validator API). */
export interface JsonMessage {
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
  severity: 'error' | 'warning' | 'info';
  /** A stable rule name, e.g. `document-schema`, `span-text`, `json-syntax`, `stale-expect`. */
  ruleId: string;
  message: string;
  /** How to fix it. */
  hint?: string;
}

function severity(message: VFileMessage): JsonMessage['severity'] {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info';
}

/** A message as plain JSON. */
export function toJson(message: VFileMessage): JsonMessage {
  const json: JsonMessage = {
    file: message.file ?? '',
    line: message.line ?? 1,
    column: message.column ?? 1,
    severity: severity(message),
    ruleId: message.ruleId ?? 'unknown',
    message: message.reason,
  };
  if (message.note) json.hint = message.note;
  return json;
}

/** `file:line:column: severity message [ruleId]` and, indented, the hint. */
export function formatText(messages: readonly VFileMessage[]): string {
  return messages
    .map((m) => {
      const j = toJson(m);
      return `${j.file}:${j.line}:${j.column}: ${j.severity} ${j.message} [${j.ruleId}]${j.hint ? `\n  hint: ${j.hint}` : ''}`;
    })
    .join('\n');
}

/** Whether any message is an error. */
export function hasErrors(messages: readonly VFileMessage[]): boolean {
  return messages.some((m) => m.fatal === true);
}

/** An error that carries messages, thrown when a command cannot go on. */
export class ReportedError extends Error {
  constructor(readonly messages: VFileMessage[]) {
    super(formatText(messages));
    this.name = 'ReportedError';
  }
}
