/** Shared test helpers: reading the corpus, outlines, temporary repository copies. */
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Section, SourceMetadata } from '../generated/types/index.js';
import { parseSource, type ParseOptions } from '../src/parse/index.js';
import { toDocument } from '../src/dataset/document.js';
import { readSourceBytes } from '../src/dataset/sources.js';
import { sourcePath } from '../src/dataset/inputs.js';
import { packageRoot } from '../src/paths.js';
import { run } from '../src/cli/commands.js';
import { buildDataset, type Dataset } from '../src/dataset/build.js';

export const root = packageRoot;

/** Ids of the corpus documents. */
export const documentIds = readdirSync(join(root, 'data/sources'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''))
  .sort();

/** A document's source file, relative to the root (`<id>.txt`, or `<id>.md` for Markdown). */
export function sourceFileOf(id: string): string {
  return sourcePath(id, readMetadata(id).format);
}

export function readSource(id: string): string {
  return readFileSync(join(root, sourceFileOf(id)), 'utf8');
}

export function readMetadata(id: string): SourceMetadata {
  return parseYaml(readFileSync(join(root, 'data/sources', `${id}.yaml`), 'utf8')) as SourceMetadata;
}

export function parseOptionsOf(id: string): ParseOptions {
  const meta = readMetadata(id);
  return { format: meta.format ?? 'text', hints: meta.hints ?? {} };
}

/** Parse a text with a document's options and assemble its sections. */
export function sectionsOf(id: string, text = readSource(id)): Section[] {
  const parsed = parseSource(text, parseOptionsOf(id));
  const source = readSourceBytes(Buffer.from(text, 'utf8'), sourceFileOf(id)).source!;
  return toDocument(readMetadata(id), source, parsed.sections, parsed.skip, parsed.omitted).sections;
}

/** One line per section: indentation by level, kind, label, English and Chinese titles. */
export function outlineOf(sections: readonly Section[]): string[] {
  const lines: string[] = [];
  const walk = (list: readonly Section[]) => {
    for (const s of list) {
      lines.push(`${'  '.repeat(s.level - 1)}${s.kind} ${s.label ?? '-'} | ${s.title?.en ?? ''} | ${s.title?.zh ?? ''}`.trimEnd());
      walk(s.children);
    }
  };
  walk(sections);
  return lines;
}

/** Whether a document has a hand-checked outline fixture (a newly imported one need not: generic invariants check it). */
export function hasOutline(id: string): boolean {
  return existsSync(join(root, 'test/fixtures/outlines', `${id}.outline`));
}

/** Ids of the documents that have an outline fixture. */
export const outlinedIds = documentIds.filter(hasOutline);

/** Read a hand-written outline fixture (comments with #, blank lines ignored). */
export function readOutline(id: string): string[] {
  return readFileSync(join(root, 'test/fixtures/outlines', `${id}.outline`), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) => l.trimEnd());
}

/** The documents the tests that build in a scratch copy name (they read their sources and metadata). */
const namedInTests = ['intl-strategy-cyberspace-cooperation-2017', 'wsis-review-submission-2015', 'chinese-contribution-internet-governance-2017'];

/**
 * The documents a scratch copy holds: those the tests name, those the
 * corrections target, and the other expressions of their works. Building them
 * exercises the whole pipeline (corrections, linked expressions, redaction) at
 * a fraction of the cost of the whole dataset, which grows with every import.
 */
export const scratchIds: readonly string[] = (() => {
  const targeted = readdirSync(join(root, 'data/corrections'))
    .filter((f) => /\.ya?ml$/u.test(f))
    .flatMap((f) => [...readFileSync(join(root, 'data/corrections', f), 'utf8').matchAll(/^\s*-?\s*target:\s*([a-z0-9-]+)\//gmu)].map((m) => m[1]!));
  const wanted = new Set([...namedInTests, ...targeted]);
  const works = new Set(documentIds.filter((id) => wanted.has(id)).map((id) => readMetadata(id).work));
  return documentIds.filter((id) => wanted.has(id) || works.has(readMetadata(id).work));
})();

/** A temporary copy of the repository's schemas, package.json, corrections and the sources of `scratchIds`, to build in. */
export function tempRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cpd-'));
  for (const entry of ['schemas', 'package.json', 'data/corrections']) cpSync(join(root, entry), join(dir, entry), { recursive: true });
  for (const id of scratchIds) for (const file of [sourceFileOf(id), `data/sources/${id}.yaml`]) cpSync(join(root, file), join(dir, file));
  return dir;
}

let built: Promise<string> | undefined;

/**
 * A scratch copy as `tempRepo` makes it, already built: `generated/` and the build's document cache copied from one
 * build per test worker (the cache's keys hold every input, so a test that changes an input builds that part again).
 * The template is removed when the worker exits.
 */
export async function builtRepo(): Promise<string> {
  const template = await (built ??= (async () => {
    const dir = tempRepo();
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    const result = await cli(dir, 'build', '--quiet');
    if (result.code !== 0) throw new Error(`building the scratch copy failed:\n${result.stderr}`);
    return dir;
  })());
  const dir = mkdtempSync(join(tmpdir(), 'cpd-'));
  cpSync(template, dir, { recursive: true });
  return dir;
}

/** Run the CLI in-process on a repository, capturing what it prints. */
export async function cli(dir: string, ...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = { stdout: '', stderr: '' };
  const code = await run(argv, { stdout: (t) => (out.stdout += t), stderr: (t) => (out.stderr += t) }, { root: dir });
  return { code, ...out };
}

let full: Dataset | undefined;

/** The whole dataset built in memory, once per test worker: tests only read it. */
export function fullDataset(): Dataset {
  return (full ??= buildDataset({ root }));
}
