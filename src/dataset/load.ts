/**
 * Loading the inputs of a build: the concept vocabulary, the corrections, and
 * for each source its metadata and text, checked. Nothing is parsed here.
 */
import { existsSync, lstatSync, readFileSync, realpathSync } from 'node:fs';
import { join, sep } from 'node:path';
import { parseDocument } from 'yaml';
import type { VFileMessage } from 'vfile-message';
import type { ConceptVocabulary, SourceMetadata } from '../../generated/types/index.js';
import { loadCorrections, type LoadedCorrection } from '../corrections/index.js';
import { schemaMessages, validator } from '../validate/ajv.js';
import { createMessage, ReportedError } from '../text/messages.js';
import { jsonLocator, yamlLocator } from '../text/positions.js';
import { correctionFiles, metadataPath, sourcePath } from './inputs.js';
import { parseMetadata } from './metadata.js';
import { readSourceBytes, type SourceText } from './sources.js';

/**
 * Read a data file of the repository, or undefined when it does not exist. Only a regular file whose real path
 * lies inside the repository is read: a symbolic link (`ln -s /etc/passwd data/sources/x.txt`) or a folder
 * linked from outside is refused with a message, so nothing outside the repository enters the data.
 */
function readInside(root: string, file: string, messages: VFileMessage[]): Buffer | undefined {
  const path = join(root, file);
  let stat;
  try {
    stat = lstatSync(path);
  } catch {
    return undefined;
  }
  const refuse = (what: string) => {
    messages.push(
      createMessage(`${what}: only regular files inside the repository are read`, {
        file,
        ruleId: 'file-not-regular',
        hint: 'replace it with a copy of the file itself (a source is kept as received, in data/)',
      }),
    );
    return undefined;
  };
  if (stat.isSymbolicLink()) return refuse('is a symbolic link');
  if (!stat.isFile()) return refuse('is not a regular file');
  const real = realpathSync(path);
  const base = realpathSync(root);
  if (real !== base && !real.startsWith(base + sep)) return refuse(`lies outside the repository (${real})`);
  return readFileSync(path);
}

/** The concept vocabulary, validated. */
export function loadConcepts(root: string): ConceptVocabulary {
  const file = 'schemas/concepts.json';
  const text = readFileSync(join(root, file), 'utf8');
  const value = JSON.parse(text) as ConceptVocabulary;
  const messages = schemaMessages(validator('concepts.schema.json'), value, { file, locate: jsonLocator(text), ruleId: 'concepts-schema' });
  if (messages.length > 0) throw new ReportedError(messages);
  return value;
}

/** The corrections of the given files (default: every file of data/corrections/), and their problems. */
export function loadCorrectionFiles(root: string, files?: readonly string[]): { corrections: LoadedCorrection[]; messages: VFileMessage[] } {
  const corrections: LoadedCorrection[] = [];
  const messages: VFileMessage[] = [];
  for (const file of files ?? correctionFiles(root)) {
    if (!existsSync(join(root, file))) {
      messages.push(createMessage('no such file', { file, ruleId: 'file-missing', hint: 'check the path' }));
      continue;
    }
    // The corrections of data/corrections/ are read only as regular files of the repository; a file named on the
    // command line (`validate ../fork/fix.yaml`) is read where it is: it is checked, never published.
    const bytes = file.startsWith('data/') ? readInside(root, file, messages) : readFileSync(join(root, file));
    if (bytes === undefined) continue;
    const loaded = loadCorrections(bytes.toString('utf8'), file);
    corrections.push(...loaded.corrections);
    messages.push(...loaded.messages);
  }
  return { corrections, messages };
}

/** A source's metadata, read and checked (the text is read later, when the document is built). */
export interface MetadataInput {
  id: string;
  yamlPath: string;
  yamlText: string;
  metadata: SourceMetadata;
}

/** Read the metadata of a source; problems (a missing or invalid file, an unreviewed stub) go to `messages`. */
export function loadMetadata(root: string, id: string, messages: VFileMessage[]): MetadataInput | undefined {
  const located = metadataPath(root, id);
  messages.push(...located.messages);
  const yamlPath = located.path;
  const before = messages.length;
  const yamlText = readInside(root, yamlPath, messages)?.toString('utf8');
  if (yamlText === undefined && messages.length > before) return undefined;
  if (yamlText === undefined) {
    const txtPath = ['markdown', 'text'].map((f) => sourcePath(id, f as 'markdown' | 'text')).find((p) => existsSync(join(root, p))) ?? sourcePath(id, 'text');
    messages.push(createMessage(`no metadata file for ${txtPath}`, { file: txtPath, ruleId: 'metadata-missing', hint: `write ${yamlPath} (\`cyberspace-policy-data import\` writes a stub)` }));
    return undefined;
  }
  const meta = parseMetadata(yamlText, yamlPath);
  messages.push(...meta.messages);
  if (!meta.metadata) return undefined;
  return { id, yamlPath, yamlText, metadata: meta.metadata };
}

/** Read a source text as received, from the file its format names (`<id>.md`, `<id>.txt`); problems go to `messages`. */
export function loadSource(root: string, id: string, format: 'text' | 'markdown' | undefined, messages: VFileMessage[], maxSourceBytes?: number): SourceText | undefined {
  const txtPath = sourcePath(id, format);
  const other = sourcePath(id, format === 'markdown' ? 'text' : 'markdown');
  if (!existsSync(join(root, txtPath)) && existsSync(join(root, other))) {
    messages.push(
      createMessage(`the source of a ${format ?? 'text'} document is ${txtPath}, not ${other}`, {
        file: other,
        ruleId: 'source-extension',
        hint: `rename it to ${txtPath}, or set \`format\` in its metadata to the format the file has`,
      }),
    );
    return undefined;
  }
  const refused: VFileMessage[] = [];
  const bytes = readInside(root, txtPath, refused);
  if (refused.length > 0) {
    messages.push(...refused);
    return undefined;
  }
  const read = readSourceBytes(bytes, txtPath, maxSourceBytes === undefined ? {} : { maxBytes: maxSourceBytes });
  messages.push(...read.messages);
  return read.source;
}

/** The place of a key of a metadata file, for messages. */
export function metadataPlace(input: MetadataInput, pointer: string) {
  return yamlLocator(parseDocument(input.yamlText), input.yamlText)(pointer);
}
