/**
 * The commands, as a function of arguments and output streams (so tests can
 * call them): build, validate, check.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { VFileMessage } from 'vfile-message';
import { buildDataset, dataDir, documentsDir, type Dataset } from '../build/dataset.js';
import { removeStale, writeFilesAtomically } from '../build/write.js';
import { packageRoot } from '../paths.js';
import { formatText, hasErrors, ReportedError, toJson } from '../validate/messages.js';
import { validatePaths } from '../validate/files.js';
import { pendingChanges, renderDiff } from './diff.js';
import { importSource } from './import.js';
import { formatOutline, outlineFile } from './outline.js';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export interface RunOptions {
  /** Repository root (default: the package root). */
  root?: string;
}

const usage = `usage: cyberspace-policy-data <command> [options]

commands:
  build [--quiet]       regenerate generated/ from data/ and validate it
  validate [paths...]   validate data files and corrections (default: all)
      --format text|json
  check                 fail if generated/ is not what the build would write
  import <file.txt> --id <id>
                        add a new source with a metadata stub; prints the outline found
  diff [--json]         what a rebuild would change, item by item
  outline <file> [--json]
                        print the outline the parser recovers from a text; writes nothing
`;

function report(io: Io, messages: readonly VFileMessage[], format: string): void {
  if (messages.length === 0) return;
  if (format === 'json') io.stdout(`${JSON.stringify(messages.map(toJson), null, 2)}\n`);
  else io.stderr(`${formatText(messages)}\n`);
}

/** Everything `build` writes: dataset files and generated types. */
export async function expectedFiles(dataset: Dataset): Promise<Map<string, string>> {
  const files = new Map(dataset.files);
  // Loaded lazily: type generation needs json-schema-to-typescript, a development dependency.
  const { generateTypes } = await import('../build/types.js');
  files.set('generated/types/index.ts', await generateTypes());
  return files;
}

function catching(io: Io, format: string, fn: () => Promise<number>): Promise<number> {
  return fn().catch((error: unknown) => {
    if (error instanceof ReportedError) {
      report(io, error.messages, format);
      return 1;
    }
    throw error;
  });
}

/** Run a command; resolves to the exit code. */
export async function run(argv: string[], io: Io, options: RunOptions = {}): Promise<number> {
  const root = options.root ?? packageRoot;
  const [command, ...rest] = argv;
  switch (command) {
    case 'build': {
      const { values } = parseArgs({ args: rest, options: { quiet: { type: 'boolean', default: false } } });
      // Progress only for a person at a terminal: never in CI or when quiet.
      const progress = !values.quiet && process.stderr.isTTY && !process.env['CI'];
      return catching(io, 'text', async () => {
        const dataset = buildDataset({ root, ...(progress ? { onProgress: ({ document, index, total }) => io.stderr(`\r\u001b[K[${index + 1}/${total}] ${document}`) } : {}) });
        if (progress) io.stderr('\r\u001b[K');
        const files = await expectedFiles(dataset);
        writeFilesAtomically(root, files);
        const removed = removeStale(root, documentsDir, new Set(files.keys()));
        report(io, dataset.messages, 'text');
        const counts = dataset.manifest.documents.reduce((a, d) => ({ s: a.s + d.counts.sections, p: a.p + d.counts.paragraphs, i: a.i + d.counts.principles + d.counts.actionItems + d.counts.claims }), { s: 0, p: 0, i: 0 });
        const warnings = dataset.messages.filter((m) => !m.fatal).length;
        if (!values.quiet) io.stdout(`built ${dataset.documents.length} documents: ${counts.s} sections, ${counts.p} paragraphs, ${counts.i} items, ${dataset.applied.length} corrections applied, ${warnings} warnings${removed.length ? `; removed ${removed.join(', ')}` : ''}\n`);
        return 0;
      });
    }
    case 'check':
      return catching(io, 'text', async () => {
        const dataset = buildDataset({ root });
        const files = await expectedFiles(dataset);
        const differ: string[] = [];
        for (const [path, content] of files) {
          const abs = join(root, path);
          if (!existsSync(abs)) differ.push(`${path} (missing)`);
          else if (readFileSync(abs, 'utf8') !== content) differ.push(`${path} (differs)`);
        }
        const dir = join(root, documentsDir);
        if (existsSync(dir)) {
          for (const name of (await import('node:fs')).readdirSync(dir)) {
            const path = `${documentsDir}/${name}`;
            if (!files.has(path)) differ.push(`${path} (not produced by the build)`);
          }
        }
        if (differ.length > 0) {
          io.stderr(`generated/ is not what the build would write:\n${differ.map((d) => `  ${d}`).join('\n')}\nrun \`npm run build\` and commit the result\n`);
          return 1;
        }
        io.stdout(`generated/ is up to date (${files.size} files)\n`);
        return 0;
      });
    case 'validate': {
      const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { format: { type: 'string', default: 'text' } } });
      const format = values.format === 'json' ? 'json' : 'text';
      return catching(io, format, async () => {
        const paths = positionals.map((p) => relative(root, resolve(options.root ? root : process.cwd(), p)));
        const changes: string[] = [];
        const messages = validatePaths(root, paths, changes);
        report(io, messages, format);
        if (format === 'text' && !hasErrors(messages)) {
          io.stdout(`valid: ${paths.length ? paths.join(', ') : `${dataDir} and data/`}\n`);
          if (changes.length > 0) io.stdout(`would change:\n${changes.map((c) => `  ${c}`).join('\n')}\n`);
        }
        return hasErrors(messages) ? 1 : 0;
      });
    }
    case 'import': {
      const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { id: { type: 'string' } } });
      if (positionals.length !== 1) {
        io.stderr(`usage: cyberspace-policy-data import <file.txt> --id <id>\n`);
        return 2;
      }
      const result = importSource(root, resolve(options.root ? root : process.cwd(), positionals[0]!), values.id);
      report(io, result.messages, 'text');
      if (hasErrors(result.messages)) return 1;
      io.stdout(`imported data/sources/${values.id}.txt and a metadata stub data/sources/${values.id}.yaml (review it)\noutline found:\n${result.outline.map((l) => `  ${l}`).join('\n')}\nnext: complete the metadata, then \`npm run build\` and \`npm run diff\`\n`);
      return 0;
    }
    case 'outline': {
      const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
      if (positionals.length !== 1) {
        io.stderr(`usage: cyberspace-policy-data outline <file> [--json]\n`);
        return 2;
      }
      const result = outlineFile(resolve(options.root ? root : process.cwd(), positionals[0]!));
      report(io, result.messages, 'text');
      if (hasErrors(result.messages)) return 1;
      for (const warning of result.warnings) io.stderr(`${positionals[0]}: warning: ${warning}\n`);
      io.stdout(values.json ? `${JSON.stringify({ warnings: result.warnings, sections: result.entries }, null, 2)}\n` : `${formatOutline(result.entries).join('\n')}\n`);
      return 0;
    }
    case 'diff': {
      const { values } = parseArgs({ args: rest, options: { json: { type: 'boolean', default: false } } });
      return catching(io, 'text', async () => {
        io.stdout(renderDiff(pendingChanges(root), values.json === true));
        return 0;
      });
    }
    case undefined:
    case '--help':
    case 'help':
      io.stdout(usage);
      return command === undefined ? 1 : 0;
    default:
      io.stderr(`unknown command "${command}"\n${usage}`);
      return 2;
  }
}
