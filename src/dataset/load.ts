/**
 * Loading the inputs of a build: the concept vocabulary, the corrections, and
 * for each source its metadata and text, checked. Nothing is parsed here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import type { VFileMessage } from 'vfile-message';
import type { ConceptVocabulary, SourceMetadata } from '../../generated/types/index.js';
import { loadCorrections, type LoadedCorrection } from '../corrections/index.js';
import { schemaMessages, validator } from '../validate/ajv.js';
import { createMessage, ReportedError } from '../validate/messages.js';
import { jsonLocator, yamlLocator } from '../validate/positions.js';
import { correctionFiles, metadataPath } from './inputs.js';
import { parseMetadata } from './metadata.js';
import { readSourceBytes, type SourceText } from './sources.js';

function readOptional(path: string): Buffer | undefined {
  return existsSync(path) ? readFileSync(path) : undefined;
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
    const loaded = loadCorrections(readFileSync(join(root, file), 'utf8'), file);
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
  const yamlText = readOptional(join(root, yamlPath))?.toString('utf8');
  if (yamlText === undefined) {
    const txtPath = `data/sources/${id}.txt`;
    messages.push(createMessage(`no metadata file for ${txtPath}`, { file: txtPath, ruleId: 'metadata-missing', hint: `write ${yamlPath} (\`cyberspace-policy-data import\` writes a stub)` }));
    return undefined;
  }
  const meta = parseMetadata(yamlText, yamlPath);
  messages.push(...meta.messages);
  if (!meta.metadata) return undefined;
  return { id, yamlPath, yamlText, metadata: meta.metadata };
}

/** Read a source text as received; problems go to `messages`. */
export function loadSource(root: string, id: string, messages: VFileMessage[], maxSourceBytes?: number): SourceText | undefined {
  const txtPath = `data/sources/${id}.txt`;
  const read = readSourceBytes(readOptional(join(root, txtPath)), txtPath, maxSourceBytes === undefined ? {} : { maxBytes: maxSourceBytes });
  messages.push(...read.messages);
  return read.source;
}

/** The place of a key of a metadata file, for messages. */
export function metadataPlace(input: MetadataInput, pointer: string) {
  return yamlLocator(parseDocument(input.yamlText), input.yamlText)(pointer);
}
