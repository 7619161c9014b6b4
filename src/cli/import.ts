/**
 * `import <file.txt> --id <id>`: add a new source. The text is copied
 * byte-for-byte to data/sources/<id>.txt and a metadata stub, filled with what
 * can be read from the text and marked `review: true`, is written beside it;
 * both are written atomically, nothing when anything fails. The outline the
 * parser finds is returned so the maintainer sees at once whether the parser
 * understood the document.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { VFileMessage } from 'vfile-message';
import type { Section } from '../../generated/types/index.js';
import { toDocument } from '../build/document.js';
import { parseMetadata } from '../build/metadata.js';
import { idProblem } from '../build/limits.js';
import { readSourceBytes, tooLargeMessage, type ReadSourceOptions } from '../build/sources.js';
import { writeFilesAtomically } from '../build/write.js';
import { parseSource } from '../parse/index.js';
import { usesIndentParagraphs } from '../parse/paragraphs.js';
import { foldString } from '../text/fold.js';
import { languageOf, scriptCounts } from '../text/script.js';
import { createMessage } from '../validate/messages.js';

const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** A date found near the top of a text: `2017-03-01`, `2017年3月1日`, `November 7, 2022`, `(November 2022)`, or a year. */
export function findDate(text: string): string | undefined {
  const head = text.slice(0, 3000);
  const pad = (n: string) => n.padStart(2, '0');
  let m = /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/u.exec(head);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  m = /((?:19|20)\d{2})年(\d{1,2})月(?:(\d{1,2})日)?/u.exec(head);
  if (m) return m[3] ? `${m[1]}-${pad(m[2]!)}-${pad(m[3])}` : `${m[1]}-${pad(m[2]!)}`;
  m = new RegExp(`\\b(\\d{1,2})\\s+(${months.join('|')})\\s+((?:19|20)\\d{2})\\b`, 'iu').exec(head);
  if (m) return `${m[3]}-${pad(String(months.indexOf(m[2]!.toLowerCase()) + 1))}-${pad(m[1]!)}`;
  m = new RegExp(`\\b(${months.join('|')})\\s+(?:(\\d{1,2}),\\s+)?((?:19|20)\\d{2})\\b`, 'iu').exec(head);
  if (m) return `${m[3]}-${pad(String(months.indexOf(m[1]!.toLowerCase()) + 1))}${m[2] ? `-${pad(m[2])}` : ''}`;
  m = /\b((?:19|20)\d{2})\b/u.exec(head);
  return m?.[1];
}

/** Languages present in a text (a few dozen letters of a script), in order of first appearance. */
export function languagesOf(text: string): Array<'en' | 'zh'> {
  const { han, latin } = scriptCounts(text);
  const present: Array<['en' | 'zh', number]> = [];
  if (han >= 20) present.push(['zh', text.search(/\p{Script=Han}/u)]);
  if (latin >= 60) present.push(['en', text.search(/\p{Script=Latin}/u)]);
  return present.sort((a, b) => a[1] - b[1]).map(([l]) => l);
}

function yamlString(value: string): string {
  return JSON.stringify(value);
}

/** The metadata stub for a new source. */
export function metadataStub(id: string, text: string): string {
  const markdown = /\*\*[^*\n]+\*\*|^#{1,6}\s/mu.test(text);
  const format = markdown ? 'markdown' : 'text';
  const parsed = parseSource(text, { format });
  const front = parsed.sections.find((s) => s.kind === 'front-matter');
  const titleLines = (front?.paragraphs ?? []).slice(0, 3).map((p) => foldString(text.slice(Object.values(p.parts)[0]!.start, Object.values(p.parts)[0]!.end))).filter((t) => t.length <= 200);
  const title: Partial<Record<'en' | 'zh', string>> = {};
  for (const line of titleLines) {
    const lang = languageOf(line);
    if (lang && !title[lang]) title[lang] = line;
  }
  if (!title.en && !title.zh) {
    const first = foldString(text.split('\n').find((l) => l.trim())!).slice(0, 200);
    title[languageOf(first) ?? 'en'] = first;
  }
  const date = findDate(text);
  const languages = languagesOf(text);
  const units = parsed.file.data.units ?? [];
  const indent = usesIndentParagraphs(units);
  const lines = [
    `# Metadata stub written by \`cyberspace-policy-data import\`: review every field marked REVIEW, then remove \`review: true\`.`,
    `id: ${id}`,
    `work: ${id} # REVIEW: the id of the work if this text is one expression of another document's work`,
    'title: # REVIEW: read from the first lines of the text',
    ...(['en', 'zh'] as const).filter((l) => title[l]).map((l) => `  ${l}: ${yamlString(title[l]!)}`),
    'kind: other # REVIEW: strategy, white-paper, submission, position-paper, initiative, law, report or other',
    'issuer: # REVIEW',
    '  - en: unknown',
    'date: # REVIEW',
    `  value: ${yamlString(date ?? '2000')}`,
    '  basis: inferred',
    `  note: ${yamlString(date ? 'Read from the top of the text by import; check it.' : 'No date found in the text: set it.')}`,
    `languages: [${(languages.length ? languages : ['en']).join(', ')}]`,
    'origin: # REVIEW',
    '  publisher: unknown',
    `format: ${format}`,
    ...(indent ? ['hints:', '  paragraphs: indent # the text puts sentences on their own lines and marks paragraphs by indentation'] : []),
    'review: true',
    '',
  ];
  return lines.join('\n');
}

/** One line per section of an outline. */
export function outlineLines(sections: readonly Section[]): string[] {
  const out: string[] = [];
  const walk = (list: readonly Section[]) => {
    for (const s of list) {
      out.push(`${'  '.repeat(s.level - 1)}${s.kind}${s.label ? ` ${s.label}` : ''}${s.title ? `: ${s.title.en ?? s.title.zh}` : ''} (${s.paragraphs.length} paragraphs)`);
      walk(s.children);
    }
  };
  walk(sections);
  return out;
}

/** Import a source; returns messages (errors mean nothing was written) and the outline found. */
export function importSource(root: string, file: string, id: string | undefined, options: ReadSourceOptions = {}): { messages: VFileMessage[]; outline: string[] } {
  const fail = (reason: string, ruleId: string, hint: string, at = file) => ({ messages: [createMessage(reason, { file: at, ruleId, hint })], outline: [] });
  if (!id) return fail('missing --id', 'import-id', 'give the new document an id: --id <lower-case-words-joined-by-hyphens>');
  const problem = idProblem(id);
  if (problem) return fail(problem.reason, 'import-id', problem.hint);
  const txt = `data/sources/${id}.txt`;
  const yaml = `data/sources/${id}.yaml`;
  if (existsSync(join(root, txt)) || existsSync(join(root, yaml)) || existsSync(join(root, `data/sources/${id}.yml`))) return fail(`a document with id "${id}" already exists`, 'import-exists', 'choose another id, or replace the source file by hand to update it', txt);
  if (!existsSync(file)) return fail('no such file', 'file-missing', 'check the path of the text to import');
  const stat = statSync(file);
  if (!stat.isFile()) return fail('not a file (a directory?)', 'not-a-file', 'import one text file at a time: import <file.txt> --id <id>');
  if (options.maxBytes !== undefined && stat.size > options.maxBytes) return { messages: [tooLargeMessage(file, stat.size, options.maxBytes)], outline: [] };
  const bytes = readFileSync(file);
  const read = readSourceBytes(bytes, file, options);
  if (!read.source) return { messages: read.messages, outline: [] };
  const stub = metadataStub(id, read.source.text);
  const meta = parseMetadata(stub, yaml);
  if (!meta.metadata) return { messages: meta.messages, outline: [] };
  const parsed = parseSource(read.source.text, { format: meta.metadata.format ?? 'text', hints: meta.metadata.hints ?? {} }, txt);
  const document = toDocument(meta.metadata, read.source, parsed.sections, parsed.skip);
  writeFilesAtomically(root, new Map<string, string | Buffer>([
    [txt, bytes],
    [yaml, stub],
  ]));
  return { messages: [], outline: outlineLines(document.sections) };
}
