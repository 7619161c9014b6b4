/**
 * The build's document cache (issue 23): what `buildDocument` made of one
 * source — its parse, extraction and redaction, the costly part of a build —
 * kept under a key made of everything that step reads: the tool's own code,
 * the document's id, metadata and source, the corrections aimed at it and the
 * concept vocabulary. A rebuild after one changed correction or one added
 * document builds that document and reads the others here; linking,
 * corrections across a work, validation and writing run on every build.
 *
 * Only clean results are kept (no message about the text, the metadata or a
 * correction): a document with a warning is built again each time, so its
 * messages are always those of the current run. `check` never reads a
 * persistent cache (from a clean clone it does the full work); `--no-cache`
 * turns it off for `build` and `validate`.
 *
 * The checks of the output (schemas and integrity of a work's documents, the
 * leak check of a document's file) are remembered the same way: a pass is
 * kept under a key made of the check, the texts it read and the tool's code,
 * and not run again while none of them changes.
 *
 * Each source's markup (the skip ranges its parse found) is kept too, under
 * the source's hash and how it is read: `validate` checks a document's spans
 * with it instead of parsing the source again.
 *
 * Entries live in `<root>/node_modules/.cache/cyberspace-policy-data/`, one
 * file each, written to a temporary name and renamed (a killed build leaves
 * no half entry). A full build removes the entries it did not use.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ConceptVocabulary, Document } from '../../generated/types/index.js';
import type { LoadedCorrection } from '../corrections/index.js';
import { packageRoot } from '../paths.js';
import type { SkipRange } from '../text/fold.js';
import { buildDocument, type BuiltDocument, type DocumentJob } from './document.js';
import type { MetadataInput } from './load.js';
import type { SourceText } from './sources.js';

/** What a cache entry holds: the built document and the source's skip ranges (the text is the source itself). */
interface Entry {
  document: Document;
  skip: readonly SkipRange[];
}

/** The folder of a repository's cache. */
export const cacheDirOf = (root: string): string => join(root, 'node_modules/.cache/cyberspace-policy-data');

let code: string | undefined;

/**
 * A hash of the tool's own code: every file of the folder this module was
 * loaded from and its siblings (`src/` run through tsx, or `dist/`), the
 * schemas, and the lockfile (the versions of remark and the other libraries).
 * Any change to any of them makes every entry stale.
 */
function codeVersion(): string {
  if (code !== undefined) return code;
  const hash = createHash('sha256');
  const here = fileURLToPath(new URL('.', import.meta.url));
  const codeRoot = relative(packageRoot, here).startsWith('src') ? join(packageRoot, 'src') : here;
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true })
      .flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]))
      .sort();
  for (const file of [...files(codeRoot), ...files(join(packageRoot, 'schemas')), join(packageRoot, 'package-lock.json')]) {
    if (!existsSync(file) || !statSync(file).isFile()) continue;
    hash.update(relative(packageRoot, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  code = hash.digest('hex');
  return code;
}

/** The key of one document's build: everything `buildDocument` reads. */
export function documentKey(input: MetadataInput, source: SourceText, corrections: readonly LoadedCorrection[], concepts: ConceptVocabulary): string {
  return createHash('sha256')
    .update(codeVersion())
    .update('\0')
    .update(input.id)
    .update('\0')
    .update(JSON.stringify(input.metadata))
    .update('\0')
    .update(source.sha256)
    .update('\0')
    .update(JSON.stringify(corrections.map((c) => ({ id: c.id, file: c.file, value: c.value }))))
    .update('\0')
    .update(JSON.stringify(concepts))
    .digest('hex');
}

/** The folder of the checks' passes, inside the cache's folder. */
const verifiedDir = 'verified';

/** The folder of the sources' markup (skip ranges), inside the cache's folder. */
const markupDir = 'markup';

/** How a source was parsed, as far as its markup depends on it: the format and the emphasis hint. */
interface MarkupInput {
  sha256: string;
  format: 'text' | 'markdown';
  emphasis?: 'markdown' | 'none' | undefined;
}

/** How a document's source is parsed, from its metadata. */
export function markupInputOf(metadata: Pick<MetadataInput['metadata'], 'format' | 'hints'> | undefined): Omit<MarkupInput, 'sha256'> {
  return { format: metadata?.format ?? 'text', emphasis: metadata?.hints?.emphasis };
}

/** The key of a source's markup: the source, how it is read, and the tool's code. */
function markupKey(input: MarkupInput): string {
  return outputKey('markup', [input.sha256, input.format, input.emphasis ?? 'none']);
}

/** The key of a check of outputs: its name and everything it reads, with the tool's code. */
export function outputKey(check: string, parts: readonly string[]): string {
  const hash = createHash('sha256').update(codeVersion()).update('\0').update(check);
  for (const part of parts) hash.update('\0').update(part);
  return hash.digest('hex');
}

/** A folder of cache entries. */
export class DocumentCache {
  private readonly used = new Set<string>();
  constructor(readonly dir: string) {}

  /** The built document under `key`, if an entry is there (its source is `source`). */
  get(key: string, source: SourceText): BuiltDocument | undefined {
    const file = join(this.dir, `${key}.json`);
    let entry: Entry;
    try {
      entry = JSON.parse(readFileSync(file, 'utf8')) as Entry;
    } catch {
      return undefined;
    }
    this.used.add(key);
    return { document: entry.document, source: { text: source.text, sha256: source.sha256, skip: entry.skip }, messages: [], correctionMessages: [] };
  }

  /**
   * Keep a clean result under `key` (a result with messages is not kept), and the source's markup under what it
   * depends on (`markup`), so that `validate` reads a source's skip ranges instead of parsing it again.
   */
  set(key: string, built: BuiltDocument, markup: Omit<MarkupInput, 'sha256'>): void {
    this.keepMarkup({ ...markup, sha256: built.source.sha256 }, built.source.skip);
    if (built.messages.length > 0 || built.correctionMessages.length > 0) return;
    writeAtomically(join(this.dir, `${key}.json`), JSON.stringify({ document: built.document, skip: built.source.skip } satisfies Entry));
    this.used.add(key);
  }

  /** The skip ranges a build found in a source, if one kept them. */
  markup(input: MarkupInput): SkipRange[] | undefined {
    const name = `${markupDir}/${markupKey(input)}`;
    try {
      const skip = JSON.parse(readFileSync(join(this.dir, `${name}.json`), 'utf8')) as SkipRange[];
      this.used.add(name);
      return skip;
    } catch {
      return undefined;
    }
  }

  /** Keep a source's skip ranges unless they are kept already (then only mark them used, reading nothing). */
  holdMarkup(input: MarkupInput, skip: readonly SkipRange[]): void {
    const name = `${markupDir}/${markupKey(input)}`;
    if (existsSync(join(this.dir, `${name}.json`))) this.used.add(name);
    else this.keepMarkup(input, skip);
  }

  /** Keep the skip ranges of a source. */
  keepMarkup(input: MarkupInput, skip: readonly SkipRange[]): void {
    const name = `${markupDir}/${markupKey(input)}`;
    writeAtomically(join(this.dir, `${name}.json`), JSON.stringify(skip));
    this.used.add(name);
  }

  /** Whether an entry exists under `key`. */
  has(key: string): boolean {
    return existsSync(join(this.dir, `${key}.json`));
  }

  /**
   * Whether a check of an output passed before: `key` (from `outputKey`) names the check and everything it read.
   * The checks of a document's output (its schema and integrity, the leak check of its file) are pure functions
   * of what they read, so a pass is a pass until any of it, or the tool, changes.
   */
  passed(key: string): boolean {
    if (!existsSync(join(this.dir, verifiedDir, key))) return false;
    this.used.add(`${verifiedDir}/${key}`);
    return true;
  }

  /** Record that the check named by `key` passed. */
  pass(key: string): void {
    mkdirSync(join(this.dir, verifiedDir), { recursive: true });
    writeFileSync(join(this.dir, verifiedDir, key), '');
    this.used.add(`${verifiedDir}/${key}`);
  }

  /** Remove the entries, markup and passes this cache did not read or write (after a full build: those of old versions). */
  prune(): void {
    if (!existsSync(this.dir)) return;
    for (const name of readdirSync(this.dir)) if (name !== verifiedDir && name !== markupDir && !this.used.has(name.replace(/\.json$/u, ''))) rmSync(join(this.dir, name), { force: true });
    for (const sub of [verifiedDir, markupDir]) {
      const dir = join(this.dir, sub);
      if (existsSync(dir)) for (const name of readdirSync(dir)) if (!this.used.has(`${sub}/${name.replace(/\.json$/u, '')}`)) rmSync(join(dir, name), { force: true });
    }
  }
}

/** Write a file under a temporary name, then rename it: a killed process leaves no half file. */
function writeAtomically(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

/** Build a document (`buildDocument`) and keep it in `cache`, when there is one, under the key of its inputs. */
export function buildAndKeep(job: DocumentJob, cache?: DocumentCache): BuiltDocument {
  const built = buildDocument(job);
  cache?.set(documentKey(job.input, job.source, job.corrections, job.concepts), built, markupInputOf(job.input.metadata));
  return built;
}
