/**
 * The build, streaming: documents are loaded, parsed, extracted, assembled
 * (linked, corrected and redacted with the other expressions of their work),
 * validated and handed to a sink one work at a time (works in the order of
 * their first document id); only the manifest's summary of each document is
 * kept. The sink decides what
 * happens to the files: `build` writes them beside `generated/` and swaps,
 * `check` compares them, `buildDataset` keeps them in memory (for `validate`,
 * `diff` and tests).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { VFileMessage } from 'vfile-message';
import type { ConceptVocabulary, Discrepancy, Document, Manifest } from '../../generated/types/index.js';
import type { AppliedCorrection } from '../corrections/index.js';
import { packageRoot } from '../paths.js';
import type { SourceInfo } from '../validate/integrity.js';
import { createMessage, hasErrors, ReportedError } from '../text/messages.js';
import { validateBuilt, validateManifest } from '../validate/dataset.js';
import { assembleWork, correctionsByDocument, manifestEntry, manifestOfEntries, type ManifestEntry } from './assemble.js';
import { buildDocument, type BuiltDocument, type DocumentJob } from './document.js';
import { buildAndKeep, documentKey, markupInputOf, outputKey, type DocumentCache } from './cache.js';
import { catalogueOutputs, conceptMentions, type ConceptMentions } from './catalog.js';
import { exportChunks, exportHeaders } from './exports.js';
import { sourceIds, strayInputs } from './inputs.js';
import { loadConcepts, loadCorrectionFiles, loadMetadata, loadSource, type MetadataInput } from './load.js';
import { packageModules } from './package.js';
import type { ClaimBoard } from './parallel.js';
import { findLeak, redactValue } from '../text/redact.js';
import { findPhoneNumber } from '../text/phones.js';
import { LineIndex } from '../text/span.js';
import { toJsonText, type DatasetSink, MemorySink } from './write.js';

export const dataDir = 'generated/data';
export const documentsDir = `${dataDir}/documents`;
export const documentFile = (id: string): string => `${documentsDir}/${id}.json`;

interface BuildOptions {
  /** Repository root holding data/ and schemas/ (default: the package root). */
  root?: string;
  /** Correction files to use (paths relative to root); default: every file of data/corrections/. */
  correctionFiles?: readonly string[];
  /** Return problems of corrections in `messages` instead of throwing (for `validate`). */
  reportCorrections?: boolean;
  /** Largest source accepted, in bytes (default 10 MB). */
  maxSourceBytes?: number;
  /**
   * Whether the output is also searched for phone numbers by libphonenumber-js, the second opinion of the leak
   * check (default true). `validate`, which writes nothing, leaves it out; `build` and `check` run it.
   */
  phoneSecondOpinion?: boolean;
  /** Where to find and keep each document's build (cache.ts); none: every document is built. */
  cache?: DocumentCache;
  /** Worker threads building documents into `cache` meanwhile (parallel.ts): the board the build shares with them. */
  parallel?: ClaimBoard;
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
  /** The README's generated tables (marker name → Markdown): the catalogue and the concepts by year. */
  readme: Map<string, string>;
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

/**
 * A copy that owns its strings, for what the build keeps to its end: a string
 * cut from a larger one (a title parsed from a metadata file, a name found in
 * a source) can be a slice of it in V8, which keeps the whole of the larger
 * string alive.
 */
const detached = <T>(value: T): T => structuredClone(value);

/** Most documents the build holds, built ahead of their turn while waiting for a worker's (`fromWorkers`). */
const maxAhead = 2;

/** Order of messages about corrections: by file, then place (the order of the correction files). */
function byPlace(a: VFileMessage, b: VFileMessage): number {
  return (a.file ?? '').localeCompare(b.file ?? '') || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}

/** One streamed build: its inputs, what it keeps (the manifest summary, messages, corrections applied) and the documents waiting for their turn. */
class StreamingBuild {
  private readonly root: string;
  private readonly ids: string[];
  private readonly concepts: ConceptVocabulary;
  private readonly loaded: ReturnType<typeof loadCorrectionFiles>;
  /** The work of each document whose metadata is valid (it says which documents form a work). */
  private readonly workOf = new Map<string, string>();
  /**
   * The metadata read up front, waiting for its document's turn and dropped
   * then: the build holds the metadata (a few KB each) of the documents not
   * yet built, not of the whole corpus to the end, and reads each file once.
   */
  private readonly pending = new Map<string, MetadataInput>();
  /** Problems of each document's text and metadata, in id order. */
  private readonly perDocument: Map<string, VFileMessage[]>;
  /** Whether a document so far had an error (then nothing more is assembled or written). */
  private failed = false;
  private readonly membersOf = new Map<string, string[]>();
  private readonly grouped: ReturnType<typeof correctionsByDocument>;
  private readonly correctionMessages: VFileMessage[];
  private readonly outputMessages: VFileMessage[] = [];
  private readonly applied: AppliedCorrection[] = [];
  private readonly discrepancies: Discrepancy[] = [];
  private readonly entries: ManifestEntry[] = [];
  /** What each written document says of each concept (a few ids per document). */
  private readonly mentions: ConceptMentions[] = [];
  private readonly allNames = new Set<string>();
  readonly paths = new Set<string>();
  /** Documents already built (with the other expressions of their work). */
  private readonly done = new Set<string>();
  /** Documents built before their turn while a worker built the one due (`fromWorkers`). */
  private readonly ahead = new Map<string, BuiltDocument>();

  constructor(
    private readonly options: BuildOptions,
    private readonly sink: DatasetSink,
    private readonly onDocument?: (document: Document, source: SourceInfo) => void,
  ) {
    this.root = options.root ?? packageRoot;
    this.ids = sourceIds(this.root);
    if (this.ids.length === 0)
      throw new ReportedError([
        createMessage('no sources found in data/sources/', { file: 'data/sources', ruleId: 'no-sources', hint: 'add a source with `cyberspace-policy-data import <file.txt> --id <id>`' }),
      ]);
    this.concepts = loadConcepts(this.root);
    this.loaded = loadCorrectionFiles(this.root, options.correctionFiles);
    this.correctionMessages = [...this.loaded.messages];
    // Metadata first: it says which documents form a work; each waits in `pending` for its turn.
    this.perDocument = new Map(this.ids.map((id) => [id, []]));
    for (const id of this.ids) {
      const messages = this.perDocument.get(id)!;
      const input = loadMetadata(this.root, id, messages);
      if (input) {
        this.workOf.set(id, detached(input.metadata.work));
        this.pending.set(id, input);
      }
      if (hasErrors(messages)) this.failed = true;
    }
    for (const [id, work] of this.workOf) {
      const members = this.membersOf.get(work);
      if (members) members.push(id);
      else this.membersOf.set(work, [id]);
    }
    this.grouped = correctionsByDocument(this.loaded.corrections, new Set(this.workOf.keys()));
  }

  run(): BuildSummary {
    const stray = strayInputs(this.root);
    for (const [name, header] of exportHeaders()) this.emit(`${dataDir}/${name}`, header, [], true);
    // A work is built, validated and written when its first expression comes up; then only its summary is kept.
    for (const id of this.ids) {
      if (this.done.has(id)) continue;
      const work = this.workOf.get(id);
      for (const finished of this.buildWork(work === undefined ? [id] : this.membersOf.get(work)!)) this.write(finished);
    }
    const messages = [...stray, ...[...this.perDocument.values()].flat()];
    if (hasErrors(messages)) throw new ReportedError(messages);
    messages.push(...this.finishCorrections());
    const manifest = this.writeSummaries();
    const catalogue = catalogueOutputs(manifest, this.mentions);
    for (const [name, content] of catalogue.files) this.emit(`${dataDir}/${name}`, content);
    messages.push(...this.outputMessages);
    if (!this.options.reportCorrections && hasErrors(messages)) throw new ReportedError(messages);
    return { manifest, messages, applied: this.applied, paths: this.paths, readme: catalogue.readme };
  }

  /** Hand a file (or a piece of one) to the sink, after checking it for personal data. */
  private emit(path: string, content: string, names: readonly string[] = [], append = false): void {
    this.paths.add(path);
    // A document's file that passed the same checks before (same text, names and checks) is not searched again.
    const { cache } = this.options;
    const phones = !append && this.options.phoneSecondOpinion !== false;
    const passKey = cache && !append ? outputKey(`leak${phones ? '+phones' : ''}`, [path, content, ...names]) : undefined;
    if (!passKey || !cache!.passed(passKey)) {
      const before = this.outputMessages.length;
      this.checkLeaks(path, content, names, phones);
      if (passKey && this.outputMessages.length === before) cache!.pass(passKey);
    }
    if (append) this.sink.append(path, content);
    else this.sink.file(path, content);
  }

  /** Report personal data left in a file (or a piece of one). */
  private checkLeaks(path: string, content: string, names: readonly string[], phones: boolean): void {
    // Two means: the patterns redaction used, and libphonenumber-js, which redaction does not use. The second
    // opinion reads each document once, in its JSON file: an export line (`append`) is the same strings cut
    // into fields, and the separators between fields (`,` `"` `:`) cannot join two fields into one number.
    const phone = phones ? findPhoneNumber(content) : undefined;
    const leak = findLeak(content, names) ?? (phone ? { offset: phone.offset, kind: 'phone' as const, match: phone.match } : undefined);
    if (leak)
      this.outputMessages.push(
        createMessage(`personal data (${leak.kind}) would be published`, {
          file: path,
          place: new LineIndex(content).position(leak.offset),
          ruleId: 'privacy-leak',
          hint: 'redaction missed a string: report it; nothing was written',
        }),
      );
  }

  /** Build, assemble and validate the documents of one work (nothing when a document so far had an error). */
  private buildWork(group: readonly string[]): Finished[] {
    const built: BuiltDocument[] = [];
    for (const member of group) {
      if (!this.workOf.has(member)) continue;
      this.options.onProgress?.({ document: member, index: this.ids.indexOf(member), total: this.ids.length });
      const messages = this.perDocument.get(member)!;
      const input = this.pending.get(member);
      this.pending.delete(member);
      const source = input && loadSource(this.root, member, input.metadata.format, messages, this.options.maxSourceBytes);
      if (input && source) {
        const doc = this.buildOrRead({ input, source, concepts: this.concepts, corrections: this.grouped.byDocument.get(member) ?? [] });
        messages.push(...doc.messages);
        this.correctionMessages.push(...doc.correctionMessages);
        built.push(doc);
      }
      if (hasErrors(messages)) this.failed = true;
    }
    for (const member of group) this.done.add(member);
    // After an error in any document, the rest are only checked: nothing more is assembled or written.
    if (this.failed || built.length === 0) return [];
    const sources = new Map(built.map((b) => [b.document.id, b.source]));
    const work = assembleWork(
      built.map((b) => b.document),
      built.flatMap((b) => this.grouped.byDocument.get(b.document.id) ?? []),
      { sources, concepts: this.concepts },
    );
    this.correctionMessages.push(...work.correctionMessages);
    this.applied.push(...work.applied);
    this.discrepancies.push(...detached(work.discrepancies));
    const texts = new Map(work.documents.map((d) => [d.id, toJsonText(d)]));
    // Schemas and integrity: a pure function of the documents' texts and their sources, remembered by the cache.
    const cache = this.options.cache;
    const passKey =
      cache &&
      outputKey(
        'validate',
        work.documents.flatMap((d) => [texts.get(d.id)!, sources.get(d.id)!.sha256, JSON.stringify(sources.get(d.id)!.skip)]),
      );
    if (!passKey || !cache.passed(passKey)) {
      const found = validateBuilt(work.documents, texts, sources, documentFile);
      this.outputMessages.push(...found);
      if (passKey && found.length === 0) cache.pass(passKey);
    }
    return work.documents.map((d) => {
      const names = work.names.get(d.id)!;
      names.forEach((n) => this.allNames.add(detached(n)));
      return { document: d, text: texts.get(d.id)!, source: sources.get(d.id)!, names };
    });
  }

  /**
   * With workers, at a document's turn: its build when this thread built it ahead; else, while a worker builds it,
   * the next free documents are built ahead (at most `maxAhead` kept), then the worker is waited for. Afterwards the
   * document is in the cache (a worker built it) or this thread's to build.
   */
  private fromWorkers(id: string): BuiltDocument | undefined {
    const board = this.options.parallel!;
    const ahead = this.ahead.get(id);
    if (ahead) {
      this.ahead.delete(id);
      return ahead;
    }
    while (board.take(id) === 'held') {
      const next = this.ahead.size < maxAhead ? board.claimNext(true) : undefined;
      if (next === undefined) {
        board.waitFor(id);
        return undefined;
      }
      this.buildAhead(board.ids[next]!);
    }
    return undefined;
  }

  /** Build a document before its turn, as its turn would (its problems are read again then: they are not kept here). */
  private buildAhead(id: string): void {
    const input = this.pending.get(id);
    const source = input && loadSource(this.root, id, input.metadata.format, [], this.options.maxSourceBytes);
    if (!input || !source) return;
    const job: DocumentJob = { input, source, concepts: this.concepts, corrections: this.grouped.byDocument.get(id) ?? [] };
    this.ahead.set(id, buildAndKeep(job, this.options.cache));
  }

  /** A document's build: read from the cache when it is there, else built (and kept when clean). */
  private buildOrRead(job: DocumentJob): BuiltDocument {
    const cache = this.options.cache;
    if (!cache) return buildDocument(job);
    const ahead = this.options.parallel && this.fromWorkers(job.input.id);
    if (ahead) return ahead;
    const key = documentKey(job.input, job.source, job.corrections, job.concepts);
    const markup = markupInputOf(job.input.metadata);
    const hit = cache.get(key, job.source);
    if (hit) {
      // The source's markup stays kept while its document is (validate reads it).
      cache.holdMarkup({ ...markup, sha256: job.source.sha256 }, hit.source.skip);
      return hit;
    }
    const built = buildDocument(job);
    cache.set(key, built, markup);
    return built;
  }

  /** Write a document and its export lines, then forget it but for its manifest entry. */
  private write(finished: Finished): void {
    const { document } = finished;
    this.emit(documentFile(document.id), finished.text, finished.names);
    for (const [name, chunk] of exportChunks(document)) this.emit(`${dataDir}/${name}`, chunk, [], true);
    this.entries.push(detached(manifestEntry(document)));
    this.mentions.push(conceptMentions(document, this.concepts));
    this.onDocument?.(document, finished.source);
  }

  /** Corrections whose document does not exist, in the order of the files; returns their messages to report (or throws them). */
  private finishCorrections(): VFileMessage[] {
    const { unmatched } = this.grouped;
    if (unmatched.length > 0) {
      const none = assembleWork([], unmatched, { sources: new Map(this.ids.map((id) => [id, { text: '', sha256: '', skip: [] }])), concepts: this.concepts });
      this.correctionMessages.push(...none.correctionMessages);
    }
    const order = new Map(this.loaded.corrections.map((c, i) => [`${c.file}#${c.id}`, i]));
    this.applied.sort((a, b) => order.get(`${a.file}#${a.id}`)! - order.get(`${b.file}#${b.id}`)!);
    this.correctionMessages.sort(byPlace);
    if (this.options.reportCorrections) return this.correctionMessages;
    if (hasErrors(this.correctionMessages)) throw new ReportedError(this.correctionMessages);
    return [];
  }

  /** The files made from the summary: manifest, discrepancies, package modules. */
  private writeSummaries(): Manifest {
    const version = (JSON.parse(readFileSync(join(this.root, 'package.json'), 'utf8')) as { version: string }).version;
    const manifest = manifestOfEntries(
      [...this.entries].sort((a, b) => (a.id < b.id ? -1 : 1)),
      this.concepts,
      version,
    );
    const manifestText = toJsonText(manifest);
    this.emit(`${dataDir}/index.json`, manifestText);
    const position = new Map(this.ids.map((id, i) => [id, i]));
    const at = (d: Discrepancy, k: number) => position.get(d.values[k]!.document) ?? 0;
    this.discrepancies.sort((a, b) => at(a, 0) - at(b, 0) || at(a, 1) - at(b, 1));
    this.emit(`${dataDir}/discrepancies.json`, toJsonText(redactValue({ discrepancies: this.discrepancies }, [...this.allNames])));
    for (const [path, content] of packageModules(manifest)) this.emit(path, content);
    this.outputMessages.push(...validateManifest(manifest, manifestText, `${dataDir}/index.json`));
    return manifest;
  }
}

/**
 * Build the dataset into a sink, one work at a time; throws a `ReportedError`
 * listing every problem (the sink may then hold part of the files: `build`
 * discards them). `onDocument` sees each finished document (for callers that
 * keep them).
 */
export function streamDataset(options: BuildOptions, sink: DatasetSink, onDocument?: (document: Document, source: SourceInfo) => void): BuildSummary {
  return new StreamingBuild(options, sink, onDocument).run();
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
  documents.sort((a, b) => (a.id < b.id ? -1 : 1));
  return { documents, sources, files: sink.files, manifest: summary.manifest, messages: summary.messages, applied: summary.applied, readme: summary.readme };
}

/** Validate a dataset held in memory: every document against the schema and the integrity rules, and the manifest. */
export function validateDataset(dataset: Pick<Dataset, 'documents' | 'manifest' | 'sources' | 'files'>): VFileMessage[] {
  const texts = new Map(dataset.documents.map((d) => [d.id, dataset.files.get(documentFile(d.id))!]));
  return [...validateBuilt(dataset.documents, texts, dataset.sources, documentFile), ...validateManifest(dataset.manifest, dataset.files.get(`${dataDir}/index.json`)!, `${dataDir}/index.json`)];
}
