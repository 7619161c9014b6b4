/**
 * The one place that says which files are inputs, shared by `build`,
 * `validate`, `check` and `diff`, so they accept and reject the same files:
 *
 * - `data/sources/<id>.txt` or `<id>.md`: a source as received, its extension
 *   its format (`text` or `markdown`, declared in the metadata); its metadata
 *   is `data/sources/<id>.yaml` (or `<id>.yml`; both at once is an error);
 * - `data/corrections/*.yaml`, `*.yml`, `*.json`: corrections (JSON is read as
 *   the YAML it is a subset of, so positions work the same);
 * - anything else in those folders is reported (a warning), never silently
 *   ignored by one command and read by another.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { VFileMessage } from 'vfile-message';
import { createMessage } from '../text/messages.js';

const sourcesDir = 'data/sources';
const correctionsDir = 'data/corrections';

const correctionPattern = /\.(ya?ml|json)$/u;
const sourcePattern = /\.(txt|md|ya?ml)$/u;

/** What a path (relative to the root, `/`-separated) is, for the loaders. */
type InputKind = 'source' | 'metadata' | 'correction' | 'document' | 'manifest' | 'discrepancies' | 'export' | 'unknown';

/** Classify a path relative to the repository root. */
export function classifyPath(path: string): InputKind {
  const p = path.replaceAll('\\', '/');
  if (p.startsWith(`${sourcesDir}/`)) return /\.(?:txt|md)$/u.test(p) ? 'source' : /\.ya?ml$/u.test(p) ? 'metadata' : 'unknown';
  if (p.startsWith(`${correctionsDir}/`)) return correctionPattern.test(p) ? 'correction' : 'unknown';
  if (/^generated\/data\/documents\/[^/]+\.json$/u.test(p)) return 'document';
  if (p === 'generated/data/index.json') return 'manifest';
  if (p === 'generated/data/discrepancies.json') return 'discrepancies';
  if (/^generated\/data\/[^/]+\.(jsonl|csv)$/u.test(p)) return 'export';
  // A correction kept elsewhere (e.g. proposed from a fork's folder) is still a correction.
  if (/\.ya?ml$/u.test(p)) return 'correction';
  return 'unknown';
}

function filesOf(root: string, dir: string): string[] {
  const abs = join(root, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs)
    .filter((name) => !name.startsWith('.') && statSync(join(abs, name)).isFile())
    .sort();
}

/** Ids of the documents in data/sources (union of .txt, .md, .yaml and .yml base names), sorted. */
export function sourceIds(root: string): string[] {
  return [
    ...new Set(
      filesOf(root, sourcesDir)
        .filter((f) => sourcePattern.test(f))
        .map((f) => f.replace(sourcePattern, '')),
    ),
  ].sort();
}

/** The source file of a document (relative to the root): its format's extension, `.md` for Markdown, `.txt` for plain text. */
export function sourcePath(id: string, format: 'text' | 'markdown' | undefined): string {
  return `${sourcesDir}/${id}.${format === 'markdown' ? 'md' : 'txt'}`;
}

/** The correction files of data/corrections/, sorted. */
export function correctionFiles(root: string): string[] {
  return filesOf(root, correctionsDir)
    .filter((f) => correctionPattern.test(f))
    .map((f) => `${correctionsDir}/${f}`);
}

/** The metadata file of a document: `<id>.yaml`, or `<id>.yml`; an error when both exist. */
export function metadataPath(root: string, id: string): { path: string; messages: VFileMessage[] } {
  const yaml = `${sourcesDir}/${id}.yaml`;
  const yml = `${sourcesDir}/${id}.yml`;
  const both = existsSync(join(root, yaml)) && existsSync(join(root, yml));
  if (both)
    return {
      path: yaml,
      messages: [createMessage(`two metadata files for ${id}: ${id}.yaml and ${id}.yml`, { file: yml, ruleId: 'metadata-duplicate', hint: `keep one of them (${id}.yaml is the convention)` })],
    };
  return { path: existsSync(join(root, yml)) ? yml : yaml, messages: [] };
}

/** Warnings for files in data/sources and data/corrections that no command reads. */
export function strayInputs(root: string): VFileMessage[] {
  const stray = [
    ...filesOf(root, sourcesDir)
      .filter((f) => !sourcePattern.test(f))
      .map((f) => [`${sourcesDir}/${f}`, 'a source is <id>.txt (plain text) or <id>.md (Markdown) with its metadata <id>.yaml'] as const),
    ...filesOf(root, correctionsDir)
      .filter((f) => !correctionPattern.test(f))
      .map((f) => [`${correctionsDir}/${f}`, 'a correction is a .yaml (or .yml, .json) file'] as const),
  ];
  return stray.map(([file, hint]) => createMessage('file ignored: not a source, metadata or correction file', { file, ruleId: 'stray-file', fatal: false, hint: `${hint}; rename or remove it` }));
}
