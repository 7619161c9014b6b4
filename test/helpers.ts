/** Shared test helpers: reading the corpus, outlines, temporary repository copies. */
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Section, SourceMetadata } from '../generated/types/index.js';
import { parseSource, type ParseOptions } from '../src/parse/index.js';
import { toDocument } from '../src/dataset/document.js';
import { readSourceBytes } from '../src/dataset/sources.js';
import { packageRoot } from '../src/paths.js';
import { run } from '../src/cli/commands.js';

export const root = packageRoot;

/** Ids of the corpus documents. */
export const documentIds = readdirSync(join(root, 'data/sources'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.replace(/\.txt$/, ''))
  .sort();

export function readSource(id: string): string {
  return readFileSync(join(root, 'data/sources', `${id}.txt`), 'utf8');
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
  const source = readSourceBytes(Buffer.from(text, 'utf8'), `${id}.txt`).source!;
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

/** A temporary copy of the repository's data, schemas and package.json, to build in. */
export function tempRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cpd-'));
  for (const entry of ['data', 'schemas', 'package.json']) cpSync(join(root, entry), join(dir, entry), { recursive: true });
  return dir;
}

/** Run the CLI in-process on a repository, capturing what it prints. */
export async function cli(dir: string, ...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = { stdout: '', stderr: '' };
  const code = await run(argv, { stdout: (t) => (out.stdout += t), stderr: (t) => (out.stderr += t) }, { root: dir });
  return { code, ...out };
}
