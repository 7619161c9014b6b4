/**
 * `outline <file>`: the outline the parser recovers from a source (level,
 * kind, label, number, title, line), without writing anything, so a
 * maintainer sees what an import will give before adding it.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { walkNodes } from '../text/tree.js';
import { basename, dirname, join } from 'node:path';
import type { VFileMessage } from 'vfile-message';
import type { Section, SourceMetadata } from '../../generated/types/index.js';
import { toDocument } from '../dataset/document.js';
import { parseMetadata } from '../dataset/metadata.js';
import { readSourceBytes } from '../dataset/sources.js';
import { parseSource } from '../parse/index.js';
import type { ParseOptions } from '../parse/types.js';
import { createMessage } from '../text/messages.js';
import { detectFormat } from './import.js';

interface OutlineEntry {
  level: number;
  kind: Section['kind'];
  label?: string;
  number?: number;
  title?: string;
  /** 1-based line of the heading (or of the section's first paragraph). */
  line?: number;
  paragraphs: number;
}

/** The metadata an outline is assembled with: the outline reads only the section tree. */
export const outlineMetadata: SourceMetadata = {
  id: 'outline',
  work: 'outline',
  title: { en: 'outline' },
  kind: 'other',
  issuer: [{ en: 'unknown' }],
  date: { value: '2000', basis: 'inferred' },
  languages: ['en'],
  origin: { publisher: 'unknown' },
  rights: { status: 'unclear', basis: 'outline only' },
};

/** Flatten a section tree into outline entries, depth first. */
export function outlineEntries(sections: readonly Section[]): OutlineEntry[] {
  const out: OutlineEntry[] = [];
  for (const s of walkNodes(sections)) {
    const line = s.span?.line ?? s.spans?.zh.line ?? s.paragraphs[0]?.span?.line ?? s.paragraphs[0]?.spans?.zh.line;
    const title = s.title?.en ?? s.title?.zh;
    out.push({
      level: s.level,
      kind: s.kind,
      ...(s.label ? { label: s.label } : {}),
      ...(s.number !== undefined ? { number: s.number } : {}),
      ...(title ? { title } : {}),
      ...(line !== undefined ? { line } : {}),
      paragraphs: s.paragraphs.length,
    });
  }
  return out;
}

/** One line per entry: indentation for the level, then kind, label, title and line. */
export function formatOutline(entries: readonly OutlineEntry[]): string[] {
  return entries.map((e) => {
    // For reading only: inline HTML the title keeps from the source (`<span …>`) is left out here; --json has it.
    const title = e.title
      ?.replace(/<[^>]*>/gu, '')
      .replace(/\s+/gu, ' ')
      .trim();
    return `${'  '.repeat(e.level - 1)}${e.kind}${e.label ? ` ${e.label}` : ''}${title ? `: ${title.length > 80 ? `${title.slice(0, 79)}…` : title}` : ''} (line ${e.line ?? '-'}, ${e.paragraphs} paragraphs)`;
  });
}

/** The parse options for a file: from its metadata beside it (`<name>.yaml`) when there is one, else detected from the text. */
function optionsFor(file: string, text: string): { options: ParseOptions; messages: VFileMessage[] } {
  const yaml = join(dirname(file), `${basename(file).replace(/\.[^.]*$/u, '')}.yaml`);
  if (existsSync(yaml)) {
    const meta = parseMetadata(readFileSync(yaml, 'utf8'), yaml);
    if (!meta.metadata) return { options: {}, messages: meta.messages };
    return { options: { format: meta.metadata.format ?? 'text', hints: meta.metadata.hints ?? {} }, messages: [] };
  }
  return { options: { format: detectFormat(text) }, messages: [] };
}

/** Outline a source file; errors mean no outline. */
export function outlineFile(file: string): { messages: VFileMessage[]; entries: OutlineEntry[]; warnings: string[]; parseMessages?: VFileMessage[] } {
  if (!existsSync(file)) return { messages: [createMessage('no such file', { file, ruleId: 'file-missing', hint: 'check the path of the text to outline' })], entries: [], warnings: [] };
  const stat = statSync(file);
  if (stat.isDirectory()) return { messages: [createMessage('is a directory', { file, ruleId: 'file-directory', hint: 'give the path of one text file' })], entries: [], warnings: [] };
  // A pipe or a device would be read until it closes, which may be never.
  if (!stat.isFile())
    return {
      messages: [createMessage('not a regular file (a pipe or a device)', { file, ruleId: 'not-a-file', hint: 'save the text to a file first, then outline that file' })],
      entries: [],
      warnings: [],
    };
  const read = readSourceBytes(readFileSync(file), file);
  if (!read.source) return { messages: read.messages, entries: [], warnings: [] };
  const { options, messages } = optionsFor(file, read.source.text);
  if (messages.length > 0) return { messages, entries: [], warnings: [] };
  const parsed = parseSource(read.source.text, options, file);
  for (const m of parsed.file.messages) m.file = file;
  const document = toDocument(outlineMetadata, read.source, parsed.sections, parsed.skip, parsed.omitted);
  return { messages: read.messages, entries: outlineEntries(document.sections), warnings: parsed.warnings, parseMessages: parsed.file.messages };
}
