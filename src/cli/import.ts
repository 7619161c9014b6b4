/**
 * `import <file> --id <id>`: add a new source. The text is copied
 * byte-for-byte to data/sources/<id>.txt (or <id>.md when it reads as
 * Markdown) and a metadata stub, filled with what
 * can be read from the text and marked `review: true`, is written beside it;
 * both are written atomically, nothing when anything fails. The outline the
 * parser finds is returned so the maintainer sees at once whether the parser
 * understood the document.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { walkNodes } from '../text/tree.js';
import { join } from 'node:path';
import type { VFileMessage } from 'vfile-message';
import type { Section } from '../../generated/types/index.js';
import { toDocument } from '../dataset/document.js';
import { parseMetadata } from '../dataset/metadata.js';
import { idProblem } from '../dataset/limits.js';
import { readSourceBytes, tooLargeMessage, type ReadSourceOptions } from '../dataset/sources.js';
import { sourcePath } from '../dataset/inputs.js';
import { writeFilesAtomically } from '../dataset/write.js';
import { parseSource } from '../parse/index.js';
import { usesIndentParagraphs } from '../parse/paragraphs.js';
import { inferMetadata } from '../metadata/infer.js';
import { languageOf } from '../text/script.js';
import { createMessage } from '../text/messages.js';

export { findDate, languagesOf } from '../metadata/infer.js';

function yamlString(value: string): string {
  return JSON.stringify(value);
}

/** `markdown` when the text shows Markdown structure, `text` otherwise (the rule the import stub uses). */
export function detectFormat(text: string): 'text' | 'markdown' {
  return inferMetadata(text).format;
}

/** A YAML comment: one line, no control characters. */
function comment(text: string): string {
  return text.replace(/[\r\n\t]+/gu, ' ');
}

const kinds = 'strategy, white-paper, submission, position-paper, initiative, law, regulation, treaty, executive-order, notice, joint-statement, report or other';

/** The metadata stub for a new source: what `inferMetadata` reads from the text, every field marked for review. */
export function metadataStub(id: string, text: string): string {
  return stubOf(id, text).stub;
}

/** The stub, and the parse it read (without hints: reusable when the stub declares none). */
function stubOf(id: string, text: string): { stub: string; parsed: ReturnType<typeof parseSource> } {
  const meta = inferMetadata(text);
  const format = meta.format;
  const title = { ...meta.title };
  if (!title.en && !title.zh) title.en = 'untitled';
  const parsed = parseSource(text, { format });
  const units = parsed.file.data.units ?? [];
  const indent = usesIndentParagraphs(units);
  const languages = meta.languages.length ? meta.languages : [languageOf(text) ?? 'en'];
  const lines = [
    `# Metadata stub written by \`cyberspace-policy-data import\`: review every field marked REVIEW, then remove \`review: true\`.`,
    `id: ${id}`,
    `work: ${id} # REVIEW: the id of the work if this text is one expression of another document's work`,
    `title: # REVIEW: ${comment(meta.notes.title)}`,
    ...(['en', 'zh'] as const).filter((l) => title[l]).map((l) => `  ${l}: ${yamlString(title[l]!)}`),
    `kind: ${meta.kind} # REVIEW: ${comment(meta.notes.kind)}; one of ${kinds}`,
    `issuer: # REVIEW: ${comment(meta.notes.issuer)}`,
    ...(meta.issuer?.length
      ? meta.issuer.flatMap((i) => [
          `  - ${(['en', 'zh'] as const)
            .filter((l) => i[l])
            .map((l, n) => `${n ? '    ' : ''}${l}: ${yamlString(i[l]!)}`)
            .join('\n')}`,
        ])
      : ['  - en: unknown']),
    `voice: [${(meta.voice ?? []).map(yamlString).join(', ')}] # REVIEW: ${comment(meta.notes.voice)}`,
    `date: # REVIEW: ${meta.date ? `basis ${meta.date.basis}` : 'no date found in the text: set it'}`,
    `  value: ${yamlString(meta.date?.value ?? '2000')}`,
    `  basis: ${meta.date?.basis ?? 'inferred'}`,
    `  note: ${yamlString(meta.date ? `${meta.date.note} (read by import)` : 'No date found in the text: set it.')}`,
    `languages: [${languages.join(', ')}] # REVIEW: ${comment(meta.notes.languages)}`,
    ...(meta.origin
      ? [`origin: # REVIEW: from the YAML front matter`, `  publisher: ${yamlString(meta.origin.publisher)}`, ...(meta.origin.url ? [`  url: ${yamlString(meta.origin.url)}`] : [])]
      : ['origin: # REVIEW', '  publisher: unknown']),
    `rights: # REVIEW: why the text may be redistributed: excluded-from-copyright (an official text of a state), public-domain (e.g. 17 U.S.C. § 105) or unclear`,
    '  status: unclear',
    '  basis: "not reviewed yet"',
    `format: ${format} # ${comment(meta.notes.format)}`,
    ...(indent ? ['hints:', '  paragraphs: indent # the text puts sentences on their own lines and marks paragraphs by indentation'] : []),
    'review: true',
    '',
  ];
  return { stub: lines.join('\n'), parsed };
}

/** One line per section of an outline. */
function outlineLines(sections: readonly Section[]): string[] {
  return [...walkNodes(sections)].map(
    (s) => `${'  '.repeat(s.level - 1)}${s.kind}${s.label ? ` ${s.label}` : ''}${s.title ? `: ${s.title.en ?? s.title.zh}` : ''} (${s.paragraphs.length} paragraphs)`,
  );
}

/** A whole HTML document: its doctype or its `<html>` element first, after a byte order mark, blank lines or comments. */
const htmlPage = /^\uFEFF?(?:\s|<!--[\s\S]*?-->)*<(?:!doctype\s+html|html)[\s>]/iu;

/** Import a source; returns messages (errors mean nothing was written) and the outline found. */
export function importSource(root: string, file: string, id: string | undefined, options: ReadSourceOptions = {}): { messages: VFileMessage[]; outline: string[]; path?: string } {
  const fail = (reason: string, ruleId: string, hint: string, at = file) => ({ messages: [createMessage(reason, { file: at, ruleId, hint })], outline: [] });
  if (!id) return fail('missing --id', 'import-id', 'give the new document an id: --id <lower-case-words-joined-by-hyphens>');
  const problem = idProblem(id);
  if (problem) return fail(problem.reason, 'import-id', problem.hint);
  const yaml = `data/sources/${id}.yaml`;
  const existing = [sourcePath(id, 'text'), sourcePath(id, 'markdown'), yaml, `data/sources/${id}.yml`].find((p) => existsSync(join(root, p)));
  if (existing) return fail(`a document with id "${id}" already exists`, 'import-exists', 'choose another id, or replace the source file by hand to update it', existing);
  if (!existsSync(file)) return fail('no such file', 'file-missing', 'check the path of the text to import');
  const stat = statSync(file);
  if (!stat.isFile()) return fail('not a regular file (a directory, a pipe or a device)', 'not-a-file', 'import one text file at a time, saved to a file: import <file.txt> --id <id>');
  if (options.maxBytes !== undefined && stat.size > options.maxBytes) return { messages: [tooLargeMessage(file, stat.size, options.maxBytes)], outline: [] };
  const bytes = readFileSync(file);
  const read = readSourceBytes(bytes, file, options);
  if (!read.source) return { messages: read.messages, outline: [] };
  // A web page saved whole is markup, not the text: its tags would land in the paragraphs.
  if (htmlPage.test(read.source.text)) {
    return fail('the file is an HTML page, not a text', 'import-html', "save the page's text (or convert it to Markdown, e.g. `pandoc -f html -t gfm page.html -o page.md`) and import that");
  }
  const { stub, parsed: first } = stubOf(id, read.source.text);
  const meta = parseMetadata(stub, yaml);
  if (!meta.metadata) return { messages: meta.messages, outline: [] };
  // The source keeps its bytes under its format's extension: `<id>.md` for Markdown, `<id>.txt` for plain text.
  const txt = sourcePath(id, meta.metadata.format);
  // The stub's own parse, unless the stub declares hints that change it (then the text is parsed again with them).
  const parsed = meta.metadata.hints ? parseSource(read.source.text, { format: meta.metadata.format ?? 'text', hints: meta.metadata.hints }, txt) : first;
  if (parsed === first) for (const m of parsed.file.messages) m.file = txt;
  const document = toDocument(meta.metadata, read.source, parsed.sections, parsed.skip, parsed.omitted);
  writeFilesAtomically(
    root,
    new Map<string, string | Buffer>([
      [txt, bytes],
      [yaml, stub],
    ]),
  );
  return { messages: [...read.messages, ...parsed.file.messages], outline: outlineLines(document.sections), path: txt };
}
