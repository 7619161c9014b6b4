/**
 * Build the dataset in memory from `data/`: read and check each source and
 * its metadata, parse, assemble the documents, validate the result against the
 * schemas and the integrity rules, and return the files the build writes.
 * Nothing is written here: `build` writes, `check` compares, `diff` reports.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { VFileMessage } from 'vfile-message';
import type { ConceptVocabulary, Document, Manifest } from '../../generated/types/index.js';
import { parseSource, type ParsedSection } from '../parse/index.js';
import { applyCorrections, loadCorrections, structureHints, type AppliedCorrection, type LoadedCorrection } from '../corrections/index.js';
import { checkExpectedCounts, extractItems, linkExpressions } from '../extract/index.js';
import { fold } from '../text/fold.js';
import { LineIndex } from '../text/span.js';
import { findLeak, personalNames, redactDocument, redactText, redactValue } from './redact.js';
import { parseDocument } from 'yaml';
import { yamlLocator } from '../validate/positions.js';
import { packageRoot } from '../paths.js';
import { describeError, errorPointer, validator } from '../validate/ajv.js';
import { checkIntegrity, type SourceInfo } from '../validate/integrity.js';
import { createMessage, hasErrors, ReportedError } from '../validate/messages.js';
import { jsonLocator } from '../validate/positions.js';
import { toDocument, walkSections } from './document.js';
import { parseMetadata } from './metadata.js';
import { readSourceBytes } from './sources.js';
import { exportFiles } from './exports.js';
import { correctionFiles, metadataPath, sourceIds, strayInputs } from './inputs.js';
import { packageModules } from './package.js';
import { toJsonText } from './write.js';

export const dataDir = 'generated/data';
export const documentsDir = `${dataDir}/documents`;

export { correctionFiles, sourceIds } from './inputs.js';

export interface Dataset {
  documents: Document[];
  manifest: Manifest;
  sources: Map<string, SourceInfo>;
  /** Output files: path relative to the root → content. */
  files: Map<string, string>;
  /** Warnings (errors are thrown), and correction problems with `reportCorrections`. */
  messages: VFileMessage[];
  /** What the corrections changed. */
  applied: AppliedCorrection[];
}

/** Check structure corrections against the parse made without them: stale lines are caught by applyCorrections; here, unnecessary ones. */
function unnecessaryStructure(corrections: readonly LoadedCorrection[], id: string, text: string, sections: readonly ParsedSection[]): VFileMessage[] {
  const starts = new Map<number, number>();
  const walk = (list: readonly ParsedSection[]) => {
    for (const s of list) {
      for (const part of Object.values(s.heading?.parts ?? {})) if (part) starts.set(part.range.start, s.level);
      walk(s.children);
    }
  };
  walk(sections);
  const messages: VFileMessage[] = [];
  for (const c of corrections) {
    if (c.value.target !== id || (c.value.op !== 'mark-heading' && c.value.op !== 'not-heading')) continue;
    const match = new RegExp(`^[ \\t\\u3000]*${c.value.line!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[ \\t]*$`, 'mu').exec(text);
    if (!match) continue;
    const offset = match.index + (match[0].length - match[0].trimStart().length);
    const level = starts.get(offset);
    const needless = c.value.op === 'mark-heading' ? level === c.value.level : level === undefined;
    if (needless) messages.push(createMessage(`unnecessary: the parser already ${c.value.op === 'mark-heading' ? `makes "${c.value.line}" a heading at level ${c.value.level}` : `reads "${c.value.line}" as text`} (correction ${c.id})`, { file: c.file, place: c.locate('/op'), ruleId: 'unnecessary', hint: 'the parser now gets this right: delete the correction' }));
  }
  return messages;
}

export interface BuildOptions {
  /** Repository root holding data/ and schemas/ (default: the package root). */
  root?: string;
  /** Correction files to use (paths relative to root); default: every file of data/corrections/. */
  correctionFiles?: readonly string[];
  /** Return problems of corrections in `messages` instead of throwing (for `validate`). */
  reportCorrections?: boolean;
  /** Largest source accepted, in bytes (default 10 MB). */
  maxSourceBytes?: number;
  /** Called before each document is parsed (for progress on long runs). */
  onProgress?: (event: { document: string; index: number; total: number }) => void;
}

function readOptional(path: string): Buffer | undefined {
  return existsSync(path) ? readFileSync(path) : undefined;
}

/** The concept vocabulary, validated. */
export function loadConcepts(root: string): ConceptVocabulary {
  const file = 'schemas/concepts.json';
  const text = readFileSync(join(root, file), 'utf8');
  const value = JSON.parse(text) as ConceptVocabulary;
  const validate = validator('concepts.schema.json');
  if (!validate(value)) {
    const locate = jsonLocator(text);
    throw new ReportedError((validate.errors ?? []).map((e) => createMessage(describeError(e), { file, place: locate(errorPointer(e)), ruleId: 'concepts-schema' })));
  }
  return value;
}

function countParagraphs(doc: Document): { sections: number; paragraphs: number } {
  let sections = 0;
  let paragraphs = 0;
  for (const s of walkSections(doc.sections)) {
    sections++;
    paragraphs += s.paragraphs.length;
  }
  return { sections, paragraphs };
}

/** The manifest of a set of documents. */
export function manifestOf(documents: readonly Document[], concepts: ConceptVocabulary, version: string): Manifest {
  const works = new Map<string, { id: string; title: Document['title']; expressions: string[] }>();
  for (const doc of documents) {
    const work = works.get(doc.work) ?? { id: doc.work, title: doc.title, expressions: [] };
    work.expressions.push(doc.id);
    works.set(doc.work, work);
  }
  return {
    version,
    documents: documents.map((doc) => ({
      id: doc.id,
      work: doc.work,
      title: doc.title,
      kind: doc.kind,
      date: doc.date,
      languages: doc.languages,
      ...(doc.translation ? { translation: doc.translation } : {}),
      counts: { ...countParagraphs(doc), principles: doc.principles.length, actionItems: doc.actionItems.length, claims: doc.claims.length },
      source: doc.source,
    })),
    works: [...works.values()].sort((a, b) => a.id.localeCompare(b.id)).map((w) => ({ ...w, expressions: w.expressions.sort() })),
    concepts: concepts.concepts,
  };
}

/** Build the whole dataset in memory; throws a `ReportedError` listing every problem. */
export function buildDataset(options: BuildOptions = {}): Dataset {
  const root = options.root ?? packageRoot;
  const messages: VFileMessage[] = [];
  const documents: Document[] = [];
  const sources = new Map<string, SourceInfo>();
  const ids = sourceIds(root);
  if (ids.length === 0) throw new ReportedError([createMessage('no sources found in data/sources/', { file: 'data/sources', ruleId: 'no-sources', hint: 'add a source with `cyberspace-policy-data import <file.txt> --id <id>`' })]);
  const concepts = loadConcepts(root);
  messages.push(...strayInputs(root));
  const corrections: LoadedCorrection[] = [];
  const correctionMessages: VFileMessage[] = [];
  for (const file of options.correctionFiles ?? correctionFiles(root)) {
    if (!existsSync(join(root, file))) {
      correctionMessages.push(createMessage('no such file', { file, ruleId: 'file-missing', hint: 'check the path' }));
      continue;
    }
    const loaded = loadCorrections(readFileSync(join(root, file), 'utf8'), file);
    corrections.push(...loaded.corrections);
    correctionMessages.push(...loaded.messages);
  }
  for (const [index, id] of ids.entries()) {
    options.onProgress?.({ document: id, index, total: ids.length });
    const located = metadataPath(root, id);
    messages.push(...located.messages);
    const yamlPath = located.path;
    const txtPath = `data/sources/${id}.txt`;
    const yamlText = readOptional(join(root, yamlPath))?.toString('utf8');
    if (yamlText === undefined) {
      messages.push(createMessage(`no metadata file for ${txtPath}`, { file: txtPath, ruleId: 'metadata-missing', hint: `write ${yamlPath} (\`cyberspace-policy-data import\` writes a stub)` }));
      continue;
    }
    const meta = parseMetadata(yamlText, yamlPath);
    const read = readSourceBytes(readOptional(join(root, txtPath)), txtPath, options.maxSourceBytes === undefined ? {} : { maxBytes: options.maxSourceBytes });
    messages.push(...meta.messages, ...read.messages);
    if (!meta.metadata || !read.source) continue;
    const metadata = meta.metadata;
    if (metadata.review === true) {
      const place = yamlLocator(parseDocument(yamlText), yamlText)('/review');
      messages.push(createMessage(`metadata of ${id} is an import stub not yet reviewed`, { file: yamlPath, place, ruleId: 'metadata-review', fatal: false, hint: 'check every field marked REVIEW against the text, then remove `review: true`' }));
    }
    const format = metadata.format ?? 'text';
    const structural = structureHints(corrections, id);
    const hints = { ...(metadata.hints ?? {}), ...structural };
    if (structural.headings.length + structural.notHeadings.length > 0) {
      correctionMessages.push(...unnecessaryStructure(corrections, id, read.source.text, parseSource(read.source.text, { format, hints: metadata.hints ?? {} }).sections));
    }
    const parsed = parseSource(read.source.text, { format, hints }, txtPath);
    messages.push(...parsed.file.messages);
    const document = toDocument(metadata, read.source, parsed.sections, parsed.skip, parsed.omitted);
    const text = read.source.text;
    const items = extractItems(document, { source: text, concepts, textAt: (span) => fold(text, span.start, span.end, parsed.skip) });
    document.principles = items.principles.map((p) => ({ ...p, name: redactLocalized(p.name), statement: redactLocalized(p.statement) }));
    document.actionItems = items.actionItems.map((a) => ({ ...a, text: redactLocalized(a.text) }));
    document.claims = items.claims.map((c) => ({ ...c, text: redactLocalized(c.text) }));
    if (items.definitions.length > 0) document.definitions = items.definitions.map((d) => ({ ...d, term: redactLocalized(d.term), definition: redactLocalized(d.definition) }));
    for (const problem of checkExpectedCounts(document, metadata.expectedCounts)) {
      const place = yamlLocator(parseDocument(yamlText), yamlText)('/expectedCounts');
      messages.push(createMessage(problem, { file: yamlPath, place, ruleId: 'expected-counts', hint: 'the document states its own totals: fix the parser or extraction rule, add a correction, or fix expectedCounts if it was misread' }));
    }
    documents.push(document);
    sources.set(id, { text: read.source.text, sha256: read.source.sha256, skip: parsed.skip });
  }
  if (hasErrors(messages)) throw new ReportedError(messages);

  const linked = linkExpressions(documents);
  documents.splice(0, documents.length, ...linked.documents);
  const corrected = applyCorrections(documents, corrections, { sources, concepts });
  correctionMessages.push(...corrected.messages);
  // Redaction is the last step before anything is written: titles, metadata, corrected and added texts, items.
  const names = new Map(documents.map((d) => [d.id, personalNames(sources.get(d.id)!.text)]));
  documents.splice(0, documents.length, ...documents.map((d) => redactDocument(d, names.get(d.id)!)));
  const allNames = [...new Set([...names.values()].flat())];
  if (options.reportCorrections) messages.push(...correctionMessages);
  else if (hasErrors(correctionMessages)) throw new ReportedError(correctionMessages);
  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
  const manifest = manifestOf(documents, concepts, version);
  const files = new Map<string, string>();
  const texts = new Map<string, string>();
  for (const doc of documents) {
    const text = toJsonText(doc);
    texts.set(doc.id, text);
    files.set(`${documentsDir}/${doc.id}.json`, text);
  }
  files.set(`${dataDir}/index.json`, toJsonText(manifest));
  files.set(`${dataDir}/discrepancies.json`, toJsonText(redactValue({ discrepancies: linked.discrepancies }, allNames)));
  for (const [name, content] of exportFiles(documents)) files.set(`${dataDir}/${name}`, content);
  for (const [path, content] of packageModules(manifest)) files.set(path, content);

  messages.push(...privacyLeaks(files, names));
  messages.push(...validateDataset({ documents, manifest, sources, files }));
  if (!options.reportCorrections && hasErrors(messages)) throw new ReportedError(messages);
  return { documents, manifest, sources, files, messages, applied: corrected.applied };
}

/** Personal data left in an output file (a bug: redaction covers every string): an error at its place. */
export function privacyLeaks(files: ReadonlyMap<string, string>, names: ReadonlyMap<string, readonly string[]>): VFileMessage[] {
  const messages: VFileMessage[] = [];
  for (const [path, content] of files) {
    const id = /documents\/([^/]+)\.json$/u.exec(path)?.[1];
    const leak = findLeak(content, id ? (names.get(id) ?? []) : []);
    if (leak) messages.push(createMessage(`personal data (${leak.kind}) would be published`, { file: path, place: new LineIndex(content).position(leak.offset), ruleId: 'privacy-leak', hint: 'redaction missed a string: report it; nothing was written' }));
  }
  return messages;
}

function redactLocalized<T extends { en?: string; zh?: string }>(text: T): T {
  const out = { ...text };
  if (out.en !== undefined) out.en = redactText(out.en);
  if (out.zh !== undefined) out.zh = redactText(out.zh);
  return out;
}

/** Schema validation of documents, errors placed in their JSON text. */
export function validateDocuments(documents: readonly Document[], texts: ReadonlyMap<string, string>): VFileMessage[] {
  const validate = validator('document.schema.json');
  const messages: VFileMessage[] = [];
  for (const doc of documents) {
    if (validate(doc as unknown)) continue;
    const locate = jsonLocator(texts.get(doc.id)!);
    for (const error of validate.errors ?? []) {
      messages.push(createMessage(describeError(error), { file: `${documentsDir}/${doc.id}.json`, place: locate(errorPointer(error)), ruleId: 'document-schema', hint: 'see schemas/document.schema.json' }));
    }
  }
  return messages;
}

function validateManifest(manifest: Manifest, text: string): VFileMessage[] {
  const validate = validator('manifest.schema.json');
  if (validate(manifest)) return [];
  const locate = jsonLocator(text);
  return (validate.errors ?? []).map((e) => createMessage(describeError(e), { file: `${dataDir}/index.json`, place: locate(errorPointer(e)), ruleId: 'manifest-schema' }));
}

/**
 * Validate a built dataset: every document and the manifest against their
 * schemas (compiled validators), and the integrity rules; messages placed in
 * the files' JSON texts.
 */
export function validateDataset(dataset: Pick<Dataset, 'documents' | 'manifest' | 'sources' | 'files'>): VFileMessage[] {
  const { documents, manifest, sources, files } = dataset;
  const textOf = (id: string) => files.get(`${documentsDir}/${id}.json`)!;
  const texts = new Map(documents.map((d) => [d.id, textOf(d.id)]));
  const locators = new Map<string, (pointer: string) => { line: number; column: number }>();
  return [
    ...validateDocuments(documents, texts),
    ...validateManifest(manifest, files.get(`${dataDir}/index.json`)!),
    ...checkIntegrity({
      documents,
      sources,
      fileOf: (id) => `${documentsDir}/${id}.json`,
      locate: (id, pointer) => {
        let locate = locators.get(id);
        if (!locate) locators.set(id, (locate = jsonLocator(textOf(id))));
        return locate(pointer);
      },
    }),
  ];
}
