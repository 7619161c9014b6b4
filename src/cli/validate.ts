/**
 * `validate [paths…]`: check data files where they lie. A document JSON file
 * is parsed (syntax errors at their position), validated against the schema
 * and the integrity rules against its source; a metadata YAML file against its
 * schema; no paths means every file of the dataset.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { VFileMessage } from 'vfile-message';
import type { Document } from '../../generated/types/index.js';
import { buildDataset, documentFile, documentsDir } from '../dataset/build.js';
import { cacheDirOf, DocumentCache, markupInputOf } from '../dataset/cache.js';
import { validateDocuments } from '../validate/dataset.js';
import { classifyPath, correctionFiles, metadataPath, sourceIds, sourcePath, strayInputs } from '../dataset/inputs.js';
import { parseMetadata } from '../dataset/metadata.js';
import { readSourceBytes } from '../dataset/sources.js';
import { listFiles } from '../dataset/swap.js';
import { schemaMessages, validator } from '../validate/ajv.js';
import { markupOf } from '../parse/index.js';
import { checkIntegrity, type SourceInfo } from '../validate/integrity.js';
import { createMessage } from '../text/messages.js';
import { jsonLocator } from '../text/positions.js';
import { parseJsonFile } from '../validate/json.js';
import { committedDocuments } from './diff.js';
import { validateCorrection } from '../validator.js';
import { isCheckout } from '../paths.js';
import { parse as parseYaml } from 'yaml';

/**
 * A document's source with its markup: the skip ranges the last build kept (see cache.ts), so that validating a
 * document does not parse its source again; parsed here only when no build kept them.
 */
function sourceInfo(root: string, id: string, cache: DocumentCache | undefined): SourceInfo | undefined {
  const { path: yamlPath } = metadataPath(root, id);
  const yaml = join(root, yamlPath);
  const meta = existsSync(yaml) ? parseMetadata(readFileSync(yaml, 'utf8'), yamlPath).metadata : undefined;
  const path = join(root, sourcePath(id, meta?.format));
  if (!existsSync(path)) return undefined;
  const bytes = readFileSync(path);
  const text = bytes.toString('utf8');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const markup = { ...markupInputOf(meta), sha256 };
  let skip = cache?.markup(markup);
  if (!skip) {
    skip = markupOf(text, markup.format, meta?.hints ?? {});
    // Kept only where a build keeps its cache (a checkout with its node_modules), never in a user's own folder.
    if (cache && existsSync(join(root, 'node_modules'))) cache.keepMarkup(markup, skip);
  }
  return { text, sha256, skip };
}

/** What a file outside the layout holds, by its extension and its top-level keys. */
function contentKind(root: string, path: string): 'document' | 'correction' | 'metadata' | 'unknown' {
  if (!/\.(?:json|ya?ml)$/iu.test(path)) return 'unknown';
  const text = readFileSync(join(root, path), 'utf8');
  let value: unknown;
  try {
    value = /\.json$/iu.test(path) ? JSON.parse(text) : parseYaml(text);
  } catch {
    // Unparseable: a .json is most likely a document, a YAML file a correction; their validators place the error.
    return /\.json$/iu.test(path) ? 'document' : 'correction';
  }
  const first = Array.isArray(value) ? value[0] : value;
  if (first === null || typeof first !== 'object') return 'unknown';
  const keys = new Set(Object.keys(first));
  if (!Array.isArray(value) && keys.has('sections') && keys.has('id')) return 'document';
  if (keys.has('target') && keys.has('op')) return 'correction';
  if (!Array.isArray(value) && keys.has('id') && keys.has('kind') && keys.has('issuer')) return 'metadata';
  return 'unknown';
}

/** A correction outside data/corrections/: checked against the published documents, as the validator API does. */
function validateLooseCorrection(root: string, path: string): VFileMessage[] {
  const checked = validateCorrection(readFileSync(join(root, path), 'utf8'), { file: path, documents: committedDocuments(root) });
  return checked.map((m) =>
    createMessage(m.message, { file: m.file, place: { line: m.line, column: m.column }, ruleId: m.ruleId, fatal: m.severity === 'error', ...(m.hint ? { hint: m.hint } : {}) }),
  );
}

/**
 * Validate document files: schema, then integrity (against their sources where the root has them). `inLayout`:
 * files of generated/data/documents/, named after their ids; a copy elsewhere may have any name.
 */
function validateDocumentFiles(root: string, paths: readonly string[], cache: DocumentCache | undefined, inLayout = true): VFileMessage[] {
  if (paths.length === 0) return [];
  const messages: VFileMessage[] = [];
  const documents: Document[] = [];
  const texts = new Map<string, string>();
  const files = new Map<string, string>();
  for (const path of paths) {
    const text = readFileSync(join(root, path), 'utf8');
    const parsed = parseJsonFile(text, path);
    messages.push(...parsed.messages);
    if (parsed.value === undefined) continue;
    if (typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value)) {
      messages.push(createMessage('a document file holds one JSON object', { file: path, place: { line: 1, column: 1 }, ruleId: 'document-schema', hint: 'regenerate it with `npm run build`' }));
      continue;
    }
    const doc = parsed.value as Document;
    const id = typeof doc.id === 'string' ? doc.id : basename(path, '.json');
    if (inLayout && id !== basename(path, '.json')) {
      messages.push(
        createMessage(`document id "${id}" differs from the file name "${basename(path, '.json')}"`, {
          file: path,
          place: jsonLocator(text)('/id'),
          ruleId: 'id-mismatch',
          hint: 'a document file is named after its id',
        }),
      );
      continue;
    }
    texts.set(id, text);
    files.set(id, path);
    documents.push(doc);
  }
  const schemaMessages = validateDocuments(documents, texts, (id) => files.get(id) ?? documentFile(id));
  messages.push(...schemaMessages);
  if (schemaMessages.length > 0) return messages;
  const sources = new Map<string, SourceInfo>();
  for (const doc of documents) {
    const info = sourceInfo(root, doc.id, cache);
    if (info) sources.set(doc.id, info);
  }
  messages.push(
    ...checkIntegrity({
      documents,
      sources,
      fileOf: (id) => files.get(id) ?? `${documentsDir}/${id}.json`,
      locate: (id, pointer) => jsonLocator(texts.get(id)!)(pointer),
      // Where there are no sources (an installed package) or for a copy outside the layout, the source rules are
      // skipped and the others run.
      sourcesExpected: inLayout && isCheckout(root),
    }),
  );
  return messages;
}

/**
 * Check correction files against the current data: the dataset is built with
 * every correction of data/corrections/ plus these files, and the problems and
 * changes of these files are reported.
 */
function validateCorrectionFiles(root: string, paths: readonly string[], cache: DocumentCache | undefined): { messages: VFileMessage[]; changes: string[] } {
  const files = [...new Set([...correctionFiles(root), ...paths])].sort();
  // The documents no correction of these files touches are read from the build's cache: about one document's cost.
  const dataset = buildDataset({ root, correctionFiles: files, reportCorrections: true, ...(cache ? { cache } : {}), phoneSecondOpinion: false });
  const mine = new Set(paths);
  return {
    messages: dataset.messages.filter((m) => mine.has(m.file ?? '') || m.ruleId === 'conflict'),
    changes: dataset.applied.filter((a) => mine.has(a.file)).map((a) => `${a.file}: ${a.id}: ${a.target}: ${a.change}`),
  };
}

/** A generated JSON file other than a document (index.json, discrepancies.json) against its schema. */
function validateGeneratedJson(root: string, path: string, schema: string): VFileMessage[] {
  const text = readFileSync(join(root, path), 'utf8');
  const parsed = parseJsonFile(text, path);
  if (parsed.value === undefined || parsed.messages.length > 0) return parsed.messages;
  return schemaMessages(validator(schema), parsed.value, {
    file: path,
    locate: jsonLocator(text),
    ruleId: schema.replace('.schema.json', '-schema'),
    hint: `see schemas/${schema}; regenerate the file with \`npm run build\``,
  });
}

/** A source text: readable, within the limits (encoding, size, control characters). */
function validateSource(root: string, path: string): VFileMessage[] {
  return readSourceBytes(readFileSync(join(root, path)), path).messages;
}

/** Every data file the validator knows: metadata, generated JSON, corrections. */
function defaultTargets(root: string): string[] {
  const docs = join(root, documentsDir);
  return [
    ...sourceIds(root).map((id) => metadataPath(root, id).path),
    ...(existsSync(docs)
      ? readdirSync(docs)
          .filter((f) => f.endsWith('.json'))
          .sort()
          .map((f) => `${documentsDir}/${f}`)
      : []),
    ...['generated/data/index.json', 'generated/data/discrepancies.json'].filter((p) => existsSync(join(root, p))),
    ...correctionFiles(root),
  ];
}

/** Expand folders into the files they hold (those the validator knows). */
function expand(root: string, paths: readonly string[]): string[] {
  return paths.flatMap((path) => {
    const abs = join(root, path);
    if (!existsSync(abs) || !statSync(abs).isDirectory()) return [path];
    const prefix = path.replace(/\/+$/u, '');
    return listFiles(abs)
      .map((f) => (prefix === '' || prefix === '.' ? f : `${prefix}/${f}`))
      .filter((f) => classifyPath(f) !== 'unknown' && classifyPath(f) !== 'export')
      .sort();
  });
}

/**
 * Validate the given paths (relative to root); all data files when empty.
 * Files are classified as `build` reads them (src/dataset/inputs.ts), so both
 * accept and reject the same files.
 */
export function validatePaths(root: string, paths: readonly string[], changes: string[] = [], options: { cache?: boolean } = {}): VFileMessage[] {
  // The build's cache: the documents no correction touches, and each source's markup (see src/dataset/cache.ts).
  const cache = options.cache === false ? undefined : new DocumentCache(cacheDirOf(root));
  const targets = paths.length === 0 ? defaultTargets(root) : expand(root, paths);
  const messages: VFileMessage[] = paths.length === 0 ? strayInputs(root) : [];
  const documentFiles: string[] = [];
  const looseDocuments: string[] = [];
  const corrections: string[] = [];
  for (const path of targets) {
    if (!existsSync(join(root, path))) {
      messages.push(createMessage('no such file', { file: path, ruleId: 'file-missing', hint: 'check the path' }));
      continue;
    }
    // Outside the layout a file is known by what it holds; a correction is checked against the published
    // documents where there is no checkout to build.
    const layout = /^(?:data|generated)\//u.test(path.replaceAll('\\', '/'));
    switch (layout ? classifyPath(path) : 'elsewhere') {
      case 'correction':
        corrections.push(path);
        break;
      case 'metadata':
        messages.push(...parseMetadata(readFileSync(join(root, path), 'utf8'), path).messages);
        break;
      case 'source':
        messages.push(...validateSource(root, path));
        break;
      case 'document':
        documentFiles.push(path);
        break;
      case 'manifest':
        messages.push(...validateGeneratedJson(root, path, 'manifest.schema.json'));
        break;
      case 'discrepancies':
        messages.push(...validateGeneratedJson(root, path, 'discrepancies.schema.json'));
        break;
      case 'export':
        messages.push(
          createMessage('an export written by the build: check it with `check`, not `validate`', {
            file: path,
            ruleId: 'unknown-file',
            hint: 'run `cyberspace-policy-data check` to see whether generated/ is what the build would write',
          }),
        );
        break;
      default: {
        // A file outside the repository's layout (a user's copy of a document, a correction being written):
        // known by what it holds.
        const kind = contentKind(root, path);
        if (kind === 'document') looseDocuments.push(path);
        else if (kind === 'correction' && isCheckout(root)) corrections.push(path);
        else if (kind === 'correction') messages.push(...validateLooseCorrection(root, path));
        else if (kind === 'metadata') messages.push(...parseMetadata(readFileSync(join(root, path), 'utf8'), path).messages);
        else
          messages.push(
            createMessage('not a file this validator knows', {
              file: path,
              ruleId: 'unknown-file',
              hint: 'validate a document (.json), a correction (.yaml, .yml, .json) or a metadata file (.yaml), or in a checkout data/sources/*.yaml, *.txt or *.md, data/corrections/*, generated/data/index.json or generated/data/documents/*.json',
            }),
          );
      }
    }
  }
  messages.push(...validateDocumentFiles(root, documentFiles, cache));
  messages.push(...validateDocumentFiles(root, looseDocuments, cache, false));
  if (corrections.length > 0) {
    const checked = validateCorrectionFiles(root, corrections, cache);
    messages.push(...checked.messages);
    changes.push(...checked.changes);
  }
  return messages;
}
