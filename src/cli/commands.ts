/**
 * The commands, as a function of arguments and output streams (so tests can
 * call them): build, validate, check. Each command loads the modules only it
 * needs when it runs (a `check` does not load the importer or the differ).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { VFileMessage } from 'vfile-message';
import { dataDir, streamDataset, type Dataset } from '../dataset/build.js';
import { cacheDirOf, DocumentCache } from '../dataset/cache.js';
import { refreshMarked } from '../dataset/catalog.js';
import { maxSourceBytes } from '../dataset/limits.js';
import { withBuildLock } from '../dataset/lock.js';
import { checkpoint, generatedDir, listFiles, recoverInterrupted, StagedGenerated } from '../dataset/swap.js';
import { ComparingSink, writeFilesAtomically, type DatasetSink } from '../dataset/write.js';
import { isCheckout, packageRoot } from '../paths.js';
import { createMessage, formatText, hasErrors, ReportedError, toJson } from '../text/messages.js';
import { helpText, parseCommand, programName, usageLine, UsageError, version, type Parsed } from './args.js';
import { withBuildHeapGrowth } from './heap.js';
import { startWorkers } from '../dataset/parallel.js';

interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

interface RunOptions {
  /** Repository root (default: the package root). */
  root?: string;
}

function report(io: Io, messages: readonly VFileMessage[], format: string): void {
  if (messages.length === 0) return;
  if (format === 'json') io.stdout(`${JSON.stringify(messages.map(toJson), null, 2)}\n`);
  else io.stderr(`${formatText(messages)}\n`);
}

/** What is generated from the schemas alone, by path: the types (`generated/types/index.ts`) and the precompiled validators (`generated/validate/`). */
async function schemaFiles(root: string): Promise<Map<string, string>> {
  // Loaded lazily: type generation needs json-schema-to-typescript, a development dependency.
  const { generateTypes, typesFile } = await import('../dataset/types.js');
  const { validatorFiles } = await import('../validate/standalone.js');
  return new Map([[typesFile, await generateTypes(root)], ...validatorFiles()]);
}

/** Everything `build` writes: dataset files, generated types and precompiled validators. */
export async function expectedFiles(dataset: Dataset): Promise<Map<string, string>> {
  return new Map([...dataset.files, ...(await schemaFiles(packageRoot))]);
}

/** Stream the dataset and what is generated from the schemas into a sink (the heap kept from growing far past what is live: see heap.ts); returns the summary and every path produced. */
function produce(sink: DatasetSink, options: Parameters<typeof streamDataset>[0]) {
  return withBuildHeapGrowth(async () => {
    const summary = streamDataset(options, sink);
    for (const [path, content] of await schemaFiles(options.root ?? packageRoot)) {
      summary.paths.add(path);
      sink.file(path, content);
    }
    return summary;
  });
}

/** The README as it is and with its generated tables (catalogue, concepts) refreshed; undefined without a README. */
function readmeTables(root: string, parts: ReadonlyMap<string, string>): { current: string; refreshed: string } | undefined {
  const path = join(root, 'README.md');
  if (!existsSync(path)) return undefined;
  const current = readFileSync(path, 'utf8');
  return { current, refreshed: refreshMarked(current, parts) };
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

/** The size limit for sources from `--max-source-bytes` or the environment; a bad value is a usage error. */
function sizeLimit(command: string, value: string | boolean | undefined): number {
  const limit = maxSourceBytes(typeof value === 'string' ? value : undefined);
  if (typeof limit === 'string') throw new UsageError(limit, command);
  return limit;
}

/** A system error (a path that cannot be read or written) as a message with its file. */
function systemErrorMessage(error: NodeJS.ErrnoException, root: string): VFileMessage {
  const path = error.path ?? '';
  const file = path && isAbsolute(path) && !relative(root, path).startsWith('..') ? relative(root, path) : path;
  const reason = error.message.replace(/^[A-Z]+: /u, '').replace(/, \w+ '.*'$/u, '');
  return createMessage(reason, { file: file || programName, ruleId: `fs-${(error.code ?? 'error').toLowerCase()}`, hint: 'check the path, its permissions and the free disk space' });
}

/**
 * Print any error as what it is, never as a stack trace: a usage error as one
 * line and the usage (exit 2), reported problems as `file:line:column:
 * message` (exit 1), a file system error at its path (exit 1), and anything
 * else as an internal error (exit 70; the stack with
 * CYBERSPACE_POLICY_DATA_DEBUG=1).
 */
function printError(io: Io, error: unknown, root: string = packageRoot): number {
  if (error instanceof UsageError) {
    io.stderr(`${programName}${error.command ? ` ${error.command}` : ''}: ${error.message}\n${usageLine(error.command)}\n`);
    return 2;
  }
  if (error instanceof ReportedError) {
    io.stderr(`${formatText(error.messages)}\n`);
    return 1;
  }
  const errno = error as NodeJS.ErrnoException;
  if (error instanceof Error && typeof errno.code === 'string' && typeof errno.syscall === 'string') {
    io.stderr(`${formatText([systemErrorMessage(errno, root)])}\n`);
    return 1;
  }
  const debug = process.env['CYBERSPACE_POLICY_DATA_DEBUG'];
  io.stderr(
    `${programName}: internal error: ${error instanceof Error ? error.message : String(error)}\n${debug && error instanceof Error ? `${error.stack}\n` : `  please report it; CYBERSPACE_POLICY_DATA_DEBUG=1 prints the stack trace\n`}`,
  );
  return 70;
}

/** Run a command; resolves to the exit code. Never throws. */
export async function run(argv: string[], io: Io, options: RunOptions = {}): Promise<number> {
  try {
    return await dispatch(argv, io, options);
  } catch (error) {
    return printError(io, error, options.root ?? packageRoot);
  }
}

/** `--help` of a command, or its parsed arguments. */
function parsed(command: string, rest: readonly string[], io: Io): Exclude<Parsed, { help: true }> | undefined {
  const result = parseCommand(command, rest);
  if (!result.help) return result;
  io.stdout(helpText(command));
  return undefined;
}

/** `build`: regenerate generated/ under the build lock, swapped in whole. */
async function buildCommand(rest: readonly string[], io: Io, root: string, _options: RunOptions): Promise<number> {
  const args = parsed('build', rest, io);
  if (!args) return 0;
  const { values } = args;
  const maxBytes = sizeLimit('build', values['max-source-bytes']);
  // Progress only for a person at a terminal: never in CI or when quiet.
  const progress = !values['quiet'] && process.stderr.isTTY && !process.env['CI'];
  const onWait = (pid: number) => io.stderr(`waiting for the build of process ${pid} to finish…\n`);
  return withBuildLock(
    root,
    () =>
      catching(io, 'text', async () => {
        checkpoint('locked');
        for (const line of recoverInterrupted(root)) io.stderr(`${line}\n`);
        // generated/ must be a folder (or absent): a file of that name is the user's, not ours to replace.
        const generatedPath = join(root, generatedDir);
        if (existsSync(generatedPath) && !statSync(generatedPath).isDirectory()) {
          throw new ReportedError([
            createMessage(`${generatedDir} is a file, not a folder`, {
              file: generatedDir,
              ruleId: 'generated-not-a-folder',
              hint: 'the build writes the dataset to the folder generated/: move the file away, then build again',
            }),
          ]);
        }
        const staged = new StagedGenerated(root);
        // The documents that changed since the last build are built by worker threads (when asked for) and this one,
        // the rest read from the cache.
        const cache = values['no-cache'] ? undefined : new DocumentCache(cacheDirOf(root));
        const workers = cache && startWorkers({ root, cacheDir: cache.dir, maxSourceBytes: maxBytes }, cache);
        let summary;
        try {
          summary = await produce(staged, {
            root,
            maxSourceBytes: maxBytes,
            ...(cache ? { cache } : {}),
            ...(workers ? { parallel: workers.board } : {}),
            ...(progress ? { onProgress: ({ document, index, total }) => io.stderr(`\r\u001b[K[${index + 1}/${total}] ${document}`) } : {}),
          });
        } catch (error) {
          staged.abort();
          throw error;
        } finally {
          await workers?.stop();
          if (progress) io.stderr('\r\u001b[K');
        }
        let removed: string[];
        try {
          removed = staged.commit();
        } catch (error) {
          // A swap that fails leaves the previous set (commit restores it) and no staging folder.
          staged.abort();
          throw error;
        }
        cache?.prune();
        const readme = readmeTables(root, summary.readme);
        if (readme && readme.refreshed !== readme.current) writeFilesAtomically(root, new Map([['README.md', readme.refreshed]]));
        report(io, summary.messages, 'text');
        const counts = summary.manifest.documents.reduce(
          (a, d) => ({ s: a.s + d.counts.sections, p: a.p + d.counts.paragraphs, i: a.i + d.counts.principles + d.counts.actionItems + d.counts.claims }),
          { s: 0, p: 0, i: 0 },
        );
        const warnings = summary.messages.filter((m) => !m.fatal).length;
        if (!values['quiet'])
          io.stdout(
            `built ${summary.manifest.documents.length} documents: ${counts.s} sections, ${counts.p} paragraphs, ${counts.i} items, ${summary.applied.length} corrections applied, ${warnings} warnings${removed.length ? `; removed ${removed.join(', ')}` : ''}\n`,
          );
        return 0;
      }),
    { onWait },
  );
}

/** `check`: fail, listing the files, if generated/ (or the README's generated tables) is not what the build would write. */
async function checkCommand(rest: readonly string[], io: Io, root: string, _options: RunOptions): Promise<number> {
  if (!parsed('check', rest, io)) return 0;
  return catching(io, 'text', async () => {
    const sink = new ComparingSink(root);
    // The full work, never a persistent cache: worker threads (when asked for) build documents into a cache of this
    // run only, beside this thread.
    const scratch = mkdtempSync(join(tmpdir(), 'cyberspace-policy-data-check-'));
    let produced;
    try {
      const cache = new DocumentCache(scratch);
      const workers = startWorkers({ root, cacheDir: scratch }, cache, { empty: true });
      try {
        produced = await produce(sink, { root, ...(workers ? { cache, parallel: workers.board } : {}) });
      } finally {
        await workers?.stop();
      }
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
    const { paths, readme: tables } = produced;
    const differ = sink.finish();
    const readme = readmeTables(root, tables);
    if (readme && readme.refreshed !== readme.current) differ.push('README.md (its catalogue or concepts table)');
    for (const name of listFiles(join(root, generatedDir))) {
      const path = `${generatedDir}/${name}`;
      if (!paths.has(path)) differ.push(`${path} (not produced by the build)`);
    }
    if (differ.length > 0) {
      io.stderr(`generated/ is not what the build would write:\n${differ.map((d) => `  ${d}`).join('\n')}\nrun \`npm run build\` and commit the result\n`);
      return 1;
    }
    io.stdout(`generated/ is up to date (${paths.size} files)\n`);
    return 0;
  });
}

/** `validate [paths…]`: check data files and corrections where they lie. */
async function validateCommand(rest: readonly string[], io: Io, root: string, options: RunOptions): Promise<number> {
  const args = parsed('validate', rest, io);
  if (!args) return 0;
  const { values, positionals } = args;
  if (values['format'] !== 'text' && values['format'] !== 'json') throw new UsageError(`--format must be text or json, got "${String(values['format'])}"`, 'validate');
  const format = values['format'];
  return catching(io, format, async () => {
    const base = options.root ? root : process.cwd();
    const paths = positionals.map((p) => relative(root, resolve(base, p)));
    const changes: string[] = [];
    const { validatePaths } = await import('./validate.js');
    const messages = validatePaths(root, paths, changes, { cache: values['no-cache'] !== true });
    // Installed (no checkout), files are named as the user gave them, not relative to the package in node_modules.
    const installed = !options.root && !isCheckout(root);
    if (installed) for (const m of messages) if (m.file) m.file = relative(process.cwd(), resolve(root, m.file)) || m.file;
    report(io, messages, format);
    if (format === 'text' && !hasErrors(messages)) {
      const named = installed ? positionals : paths;
      io.stdout(`valid: ${named.length ? named.join(', ') : installed ? `the documents of the installed package (${relative(process.cwd(), join(root, dataDir))})` : `${dataDir} and data/`}\n`);
      if (changes.length > 0) io.stdout(`would change:\n${changes.map((c) => `  ${c}`).join('\n')}\n`);
    }
    return hasErrors(messages) ? 1 : 0;
  });
}

/** `import <file> --id <id>`: add a source and a metadata stub. */
async function importCommand(rest: readonly string[], io: Io, root: string, options: RunOptions): Promise<number> {
  const args = parsed('import', rest, io);
  if (!args) return 0;
  const { positionals } = args;
  const values = args.values as { id?: string; 'max-source-bytes'?: string };
  // A missing --id is a usage error (exit 2), like any missing argument.
  if (values.id === undefined || values.id === '') throw new UsageError('missing --id <id>: the new document needs an id (lower-case words joined by hyphens)', 'import');
  const { importSource } = await import('./import.js');
  const result = importSource(root, resolve(options.root ? root : process.cwd(), positionals[0]!), values.id, { maxBytes: sizeLimit('import', values['max-source-bytes']) });
  report(io, result.messages, 'text');
  if (hasErrors(result.messages)) return 1;
  io.stdout(
    `imported ${result.path ?? `data/sources/${values.id}.txt`} and a metadata stub data/sources/${values.id}.yaml (review it)\noutline found:\n${result.outline.map((l) => `  ${l}`).join('\n')}\nnext: complete the metadata, review what it adds with \`npm run diff\`, then \`npm run build\` and \`npm test\`\n`,
  );
  return 0;
}

/** `outline <file>`: the outline the parser recovers, nothing written. */
async function outlineCommand(rest: readonly string[], io: Io, root: string, options: RunOptions): Promise<number> {
  const args = parsed('outline', rest, io);
  if (!args) return 0;
  const { positionals } = args;
  const file = positionals[0]!;
  const { formatOutline, outlineFile } = await import('./outline.js');
  const result = outlineFile(isAbsolute(file) ? file : resolve(options.root ? root : process.cwd(), file));
  report(io, result.messages, 'text');
  if (hasErrors(result.messages)) return 1;
  report(io, result.parseMessages ?? [], 'text');
  io.stdout(args.values['json'] === true ? `${JSON.stringify({ warnings: result.warnings, sections: result.entries }, null, 2)}\n` : `${formatOutline(result.entries).join('\n')}\n`);
  return 0;
}

/** `diff`: what a rebuild would change, item by item. */
async function diffCommand(rest: readonly string[], io: Io, root: string, _options: RunOptions): Promise<number> {
  const args = parsed('diff', rest, io);
  if (!args) return 0;
  const { values } = args;
  return catching(io, 'text', async () => {
    const { pendingChanges, renderDiff } = await import('./diff.js');
    io.stdout(renderDiff(pendingChanges(root), values['json'] === true));
    return 0;
  });
}

const commands: Record<string, (rest: readonly string[], io: Io, root: string, options: RunOptions) => Promise<number>> = {
  build: buildCommand,
  check: checkCommand,
  validate: validateCommand,
  import: importCommand,
  outline: outlineCommand,
  diff: diffCommand,
};

const repositoryUrl = 'https://github.com/cyberspace-policy-data/cyberspace-policy-data.git';

/** The commands that regenerate or change the dataset: they need a checkout of the repository. */
const maintainerCommands: ReadonlySet<string> = new Set(['build', 'check', 'import', 'diff']);

async function dispatch(argv: string[], io: Io, options: RunOptions): Promise<number> {
  const root = options.root ?? packageRoot;
  const [command, ...rest] = argv;
  const handler = command === undefined ? undefined : commands[command];
  if (handler && Object.hasOwn(commands, command!)) {
    // An installed package has no data/: the maintainer commands say what they need instead of writing into node_modules.
    if (maintainerCommands.has(command!) && !isCheckout(root) && !rest.some((a) => a === '--help' || a === '-h')) {
      throw new UsageError(
        `\`${command}\` works in a checkout of the repository (git clone ${repositoryUrl}), not in an installed package; installed, the command offers \`validate <files>\` and \`outline <file>\` on your own files`,
        command,
      );
    }
    return handler(rest, io, root, options);
  }
  switch (command) {
    case '--version':
    case '-v':
      io.stdout(`${version()}\n`);
      return 0;
    case '--help':
    case '-h':
    case 'help':
      io.stdout(helpText(rest[0] && rest[0] !== '--help' ? rest[0] : undefined));
      return 0;
    case undefined:
      io.stderr(helpText());
      return 2;
    default:
      throw new UsageError(command.startsWith('-') ? `unknown option "${command}"` : `unknown command "${command}"`);
  }
}
