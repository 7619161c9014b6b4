/**
 * Arguments of the command line: one table of commands (synopsis, options,
 * help), strict parsing with `node:util` `parseArgs`, and one error for every
 * misuse (`UsageError`: exit 2, one line and the command's usage, never a
 * stack trace). `--help`/`-h` works on every command.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { packageRoot } from '../paths.js';

export const programName = 'cyberspace-policy-data';

type Options = NonNullable<ParseArgsConfig['options']>;

interface CommandSpec {
  /** `import <file> --id <id>`: what follows the program name. */
  synopsis: string;
  /** One line: what the command does. */
  summary: string;
  /** Option lines of the help (`--flag  what it does`). */
  optionHelp: readonly string[];
  options: Options;
  /** How many positionals the command takes. */
  positionals: { min: number; max: number };
}

const help = { type: 'boolean', short: 'h' } as const;

/** Every command: its synopsis, options and help. */
const commands: Readonly<Record<string, CommandSpec>> = {
  build: {
    synopsis: 'build [--quiet] [--no-cache]',
    summary: 'regenerate generated/ from data/ (sources, metadata, corrections), validate it, and swap it in at once',
    optionHelp: [
      '--quiet             print nothing but problems',
      '--no-cache          build every document, reading nothing from node_modules/.cache/cyberspace-policy-data',
      `--max-source-bytes <n>  refuse sources larger than n bytes (default 10 MB; env CYBERSPACE_POLICY_DATA_MAX_SOURCE_BYTES)`,
    ],
    options: { quiet: { type: 'boolean', default: false }, 'no-cache': { type: 'boolean', default: false }, 'max-source-bytes': { type: 'string' } },
    positionals: { min: 0, max: 0 },
  },
  validate: {
    synopsis: 'validate [paths...] [--format text|json] [--no-cache]',
    summary: 'validate metadata, corrections and generated data files (default: all of them)',
    optionHelp: [
      '--format text|json  how to print the messages (default: text)',
      "--no-cache          read nothing from the build's cache (node_modules/.cache/cyberspace-policy-data): build and parse what is checked",
    ],
    options: { format: { type: 'string', default: 'text' }, 'no-cache': { type: 'boolean', default: false } },
    positionals: { min: 0, max: Number.POSITIVE_INFINITY },
  },
  check: {
    synopsis: 'check',
    summary: 'regenerate in memory and fail, listing the files, if generated/ is not what the build would write',
    optionHelp: [],
    options: {},
    positionals: { min: 0, max: 0 },
  },
  import: {
    synopsis: 'import <file> --id <id>',
    summary: 'add a new source with a metadata stub filled from the text (marked for review); prints the outline found',
    optionHelp: [
      '--id <id>           the new document id: lower-case words joined by hyphens, at most 80 characters',
      `--max-source-bytes <n>  refuse a text larger than n bytes (default 10 MB; env CYBERSPACE_POLICY_DATA_MAX_SOURCE_BYTES)`,
    ],
    options: { id: { type: 'string' }, 'max-source-bytes': { type: 'string' } },
    positionals: { min: 1, max: 1 },
  },
  outline: {
    synopsis: 'outline <file> [--json]',
    summary: 'print the outline the parser recovers from a text (level, kind, label, number, title, line); writes nothing',
    optionHelp: ['--json              print the outline as JSON, for programs'],
    options: { json: { type: 'boolean', default: false } },
    positionals: { min: 1, max: 1 },
  },
  diff: {
    synopsis: 'diff [--json]',
    summary: 'what a rebuild would change, item by item (run it before `build`)',
    optionHelp: ['--json              print the changes as JSON'],
    options: { json: { type: 'boolean', default: false } },
    positionals: { min: 0, max: 0 },
  },
};

/** A misuse of the command line: printed as one line and the usage, exit 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    /** The command whose usage to print (undefined: the program's). */
    readonly command?: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The package version. */
export function version(): string {
  return (JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string }).version;
}

/** `usage: cyberspace-policy-data <synopsis>` of one command, or the list of commands. */
export function usageLine(command?: string): string {
  const spec = command ? commands[command] : undefined;
  return spec ? `usage: ${programName} ${spec.synopsis}` : `usage: ${programName} <command> [options]   (commands: ${Object.keys(commands).join(', ')}; --help for more)`;
}

/** The full help of a command, or of the program. */
export function helpText(command?: string): string {
  const spec = command ? commands[command] : undefined;
  if (spec) {
    const options = [...spec.optionHelp, '-h, --help          show this help'];
    return `${usageLine(command)}\n\n${spec.summary}\n\noptions:\n${options.map((o) => `  ${o}`).join('\n')}\n`;
  }
  const width = Math.max(...Object.values(commands).map((c) => c.synopsis.length));
  return `usage: ${programName} <command> [options]

commands:
${Object.values(commands)
  .map((c) => `  ${c.synopsis.padEnd(width)}  ${c.summary}`)
  .join('\n')}

  ${programName} <command> --help   the options of a command
  ${programName} --version          the version
`;
}

/** The message of a `parseArgs` error, without Node's advice to use `--`. */
function parseArgsReason(error: Error): string {
  const ambiguous = /^Option '(--[\w-]+)(?: <value>)?' argument is ambiguous/u.exec(error.message);
  if (ambiguous) return `option ${ambiguous[1]} needs a value, not another option`;
  return error.message
    .split('\n')[0]!
    .replace(/\. To specify a positional argument starting with a '-'.*$/u, '')
    .replace(/\.$/u, '');
}

export type Parsed = { help: true } | { help: false; values: Record<string, string | boolean | undefined>; positionals: string[] };

/** Parse a command's arguments strictly; every misuse is a `UsageError`. */
export function parseCommand(command: string, args: readonly string[]): Parsed {
  const spec = commands[command];
  if (!spec) throw new UsageError(`unknown command "${command}"`);
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...args], options: { ...spec.options, help }, allowPositionals: true, strict: true });
  } catch (error) {
    if (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) throw new UsageError(parseArgsReason(error), command);
    throw error;
  }
  if (parsed.values['help'] === true) return { help: true };
  const { min, max } = spec.positionals;
  const n = parsed.positionals.length;
  if (n < min) throw new UsageError(`missing argument${min - n > 1 ? 's' : ''}`, command);
  if (n > max) throw new UsageError(`unexpected argument "${parsed.positionals[max]}"`, command);
  for (const [name, option] of Object.entries(spec.options)) {
    const value = parsed.values[name];
    if (option.type === 'string' && typeof value === 'string' && (value === '' || value.startsWith('-'))) {
      throw new UsageError(`option --${name} needs a value, got "${value}"`, command);
    }
  }
  return { help: false, values: parsed.values as Record<string, string | boolean | undefined>, positionals: parsed.positionals };
}
