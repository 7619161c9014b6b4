/**
 * The build, streaming: documents are loaded, parsed, extracted, assembled
 * (linked, corrected and redacted with the other expressions of their work),
 * validated and handed to a sink one work at a time, in id order; only the
 * manifest's summary of each document is kept. The sink decides what
 * happens to the files: `build` writes them beside `generated/` and swaps,
 * `check` compares them, `buildDataset` keeps them in memory (for `validate`,
 * `diff` and tests).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { VFileMessage } from 'vfile-message';
import type { Discrepancy, Document, Manifest } from '../../generated/types/index.js';
import type { AppliedCorrection } from '../corrections/index.js';
import { packageRoot } from '../paths.js';
import type { SourceInfo } from '../validate/integrity.js';
import { createMessage, hasErrors, ReportedError } from '../validate/messages.js';
import { validateBuilt, validateManifest } from '../validate/dataset.js';
import { assembleWork, correctionsByDocument, manifestEntry, manifestOfEntries, type ManifestEntry } from './assemble.js';
import { buildDocument, type BuiltDocument } from './document.js';
import { exportChunks, exportHeaders } from './exports.js';
import { sourceIds, strayInputs } from './inputs.js';
import { loadConcepts, loadCorrectionFiles, loadMetadata, loadSource, type MetadataInput } from './load.js';
import { packageModules } from './package.js';
import { findLeak, redactValue } from '../text/redact.js';
import { LineIndex } from '../text/span.js';
import { toJsonText, type DatasetSink, MemorySink } from './write.js';

export const dataDir = 'generated/data';
export const documentsDir = `${dataDir}/documents`;
export const documentFile = (id: string): string => `${documentsDir}/${id}.json`;

export { correctionFiles, sourceIds } from './inputs.js';
export { loadConcepts } from './load.js';
export { manifestOf } from './assemble.js';

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

/** What a streamed build keeps: the summary, never the documents. */
export interface BuildSummary {
  manifest: Manifest;
  /** Warnings (errors are thrown), and correction problems with `reportCorrections`. */
  messages: VFileMessage[];
  /** What the corrections changed. */
  applied: AppliedCorrection[];
  /** Every file handed to the sink (paths relative to the root). */
  paths: Set<string>;
}

export interface Dataset extends Omit<BuildSummary, 'paths'> {
  documents: Document[];
  sources: Map<string, SourceInfo>;
  /** Output files: path relative to the root → content. */
  files: Map<string, string>;
}

/** A document ready to be written, with what its checks need. */
interface Finished {
  document: Document;
  text: string;
  source: SourceInfo;
  names: readonly string[];
}

/** Order of messages about corrections: by file, then place (the order of the correction files). */
function byPlace(a: VFileMessage, b: VFileMessage): number {
  return (a.file ?? '').localeCompare(b.file ?? '') || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}

/**
 * Build the dataset into a sink, one work at a time; throws a `ReportedError`
 * listing every problem (the sink may then hold part of the files: `build`
 * discards them). `onDocument` sees each finished document (for callers that
 * keep them).
 */
export function streamDataset(options: BuildOptions, sink: DatasetSink, onDocument?: (document: Document, source: SourceInfo) => void): BuildSummary {
  const root = options.root ?? packageRoot;
  const ids = sourceIds(root);
  if (ids.length === 0) throw new ReportedError([createMessage('no sources found in data/sources/', { file: 'data/sources', ruleId: 'no-sources', hint: 'add a source with `cyberspace-policy-data import <file.txt> --id <id>`' })]);
  const concepts = loadConcepts(root);
  const stray = strayInputs(root);
  const loaded = loadCorrectionFiles(root, options.correctionFiles);
  const correctionMessages: VFileMessage[] = [...loaded.messages];
  const outputMessages: VFileMessage[] = [];
  const applied: AppliedCorrection[] = [];
  const discrepancies: Discrepancy[] = [];
  const entries: ManifestEntry[] = [];
  const allNames = new Set<string>();
  const paths = new Set<string>();

  // Metadata first (small): it says which documents form a work.
  const perDocument = new Map<string, VFileMessage[]>(ids.map((id) => [id, []]));
  const inputs = new Map<string, MetadataInput>();
  for (const id of ids) {
    const input = loadMetadata(root, id, perDocument.get(id)!);
    if (input) inputs.set(id, input);
  }
  const membersOf = new Map<string, string[]>();
  for (const input of inputs.values()) membersOf.set(input.metadata.work, [...(membersOf.get(input.metadata.work) ?? []), input.id]);
  const { byDocument, unmatched } = correctionsByDocument(loaded.corrections, new Set(inputs.keys()));
  const docErrors = () => [...perDocument.values()].some(hasErrors);

  const emit = (path: string, content: string, names: readonly string[] = [], append = false) => {
    const leak = findLeak(content, names);
    if (leak) outputMessages.push(createMessage(`personal data (${leak.kind}) would be published`, { file: path, place: new LineIndex(content).position(leak.offset), ruleId: 'privacy-leak', hint: 'redaction missed a string: report it; nothing was written' }));
    paths.add(path);
    if (append) sink.append(path, content);
    else sink.file(path, content);
  };
  for (const [name, header] of exportHeaders()) emit(`${dataDir}/${name}`, header, [], true);

  // Documents are written in id order; a work is built when its first expression comes up.
  const ready = new Map<string, Finished | undefined>();
  let next = 0;
  const flush = () => {
    for (; next < ids.length && ready.has(ids[next]!); next++) {
      const finished = ready.get(ids[next]!);
      ready.delete(ids[next]!);
      if (!finished) continue;
      const { document } = finished;
      emit(documentFile(document.id), finished.text, finished.names);
      for (const [name, chunk] of exportChunks(document)) emit(`${dataDir}/${name}`, chunk, [], true);
      entries.push(manifestEntry(document));
      onDocument?.(document, finished.source);
    }
  };

  for (const [index, id] of ids.entries()) {
    if (ready.has(id) || next > index) continue;
    const input = inputs.get(id);
    const group = input ? membersOf.get(input.metadata.work)! : [id];
    const built: BuiltDocument[] = [];
    for (const member of group) {
      const memberInput = inputs.get(member);
      if (!memberInput) continue;
      options.onProgress?.({ document: member, index: ids.indexOf(member), total: ids.length });
      const messages = perDocument.get(member)!;
      const source = loadSource(root, member, messages, options.maxSourceBytes);
      if (!source) continue;
      const doc = buildDocument({ input: memberInput, source, concepts, corrections: byDocument.get(member) ?? [] });
      messages.push(...doc.messages);
      correctionMessages.push(...doc.correctionMessages);
      built.push(doc);
    }
    for (const member of group) ready.set(member, undefined);
    // After an error in any document, the rest are only checked: nothing more is assembled or written.
    if (docErrors() || built.length === 0) continue;
    const sources = new Map(built.map((b) => [b.document.id, b.source]));
    const work = assembleWork(built.map((b) => b.document), built.flatMap((b) => byDocument.get(b.document.id) ?? []), { sources, concepts });
    correctionMessages.push(...work.correctionMessages);
    applied.push(...work.applied);
    discrepancies.push(...work.discrepancies);
    const texts = new Map(work.documents.map((d) => [d.id, toJsonText(d)]));
    outputMessages.push(...validateBuilt(work.documents, texts, sources, documentFile));
    for (const d of work.documents) {
      const names = work.names.get(d.id)!;
      names.forEach((n) => allNames.add(n));
      ready.set(d.id, { document: d, text: texts.get(d.id)!, source: sources.get(d.id)!, names });
    }
    flush();
  }
  flush();

  const messages = [...stray, ...[...perDocument.values()].flat()];
  if (hasErrors(messages)) throw new ReportedError(messages);
  if (unmatched.length > 0) {
    const none = assembleWork([], unmatched, { sources: new Map(ids.map((id) => [id, { text: '', sha256: '', skip: [] }])), concepts });
    correctionMessages.push(...none.correctionMessages);
  }
  const order = new Map(loaded.corrections.map((c, i) => [`${c.file}#${c.id}`, i]));
  applied.sort((a, b) => order.get(`${a.file}#${a.id}`)! - order.get(`${b.file}#${b.id}`)!);
  correctionMessages.sort(byPlace);
  if (options.reportCorrections) messages.push(...correctionMessages);
  else if (hasErrors(correctionMessages)) throw new ReportedError(correctionMessages);

  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
  const manifest = manifestOfEntries(entries, concepts, version);
  const manifestText = toJsonText(manifest);
  emit(`${dataDir}/index.json`, manifestText);
  const position = new Map(ids.map((id, i) => [id, i]));
  const at = (d: Discrepancy, k: number) => position.get(d.values[k]!.document) ?? 0;
  discrepancies.sort((a, b) => at(a, 0) - at(b, 0) || at(a, 1) - at(b, 1));
  emit(`${dataDir}/discrepancies.json`, toJsonText(redactValue({ discrepancies }, [...allNames])));
  for (const [path, content] of packageModules(manifest)) emit(path, content);
  outputMessages.push(...validateManifest(manifest, manifestText, `${dataDir}/index.json`));

  messages.push(...outputMessages);
  if (!options.reportCorrections && hasErrors(messages)) throw new ReportedError(messages);
  return { manifest, messages, applied, paths };
}

/** Build the whole dataset in memory (documents, sources and files kept); throws a `ReportedError` listing every problem. */
export function buildDataset(options: BuildOptions = {}): Dataset {
  const sink = new MemorySink();
  const documents: Document[] = [];
  const sources = new Map<string, SourceInfo>();
  const summary = streamDataset(options, sink, (document, source) => {
    documents.push(document);
    sources.set(document.id, source);
  });
  return { documents, sources, files: sink.files, manifest: summary.manifest, messages: summary.messages, applied: summary.applied };
}

/** Validate a dataset held in memory: every document against the schema and the integrity rules, and the manifest. */
export function validateDataset(dataset: Pick<Dataset, 'documents' | 'manifest' | 'sources' | 'files'>): VFileMessage[] {
  const texts = new Map(dataset.documents.map((d) => [d.id, dataset.files.get(documentFile(d.id))!]));
  return [...validateBuilt(dataset.documents, texts, dataset.sources, documentFile), ...validateManifest(dataset.manifest, dataset.files.get(`${dataDir}/index.json`)!, `${dataDir}/index.json`)];
}
