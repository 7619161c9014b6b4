/** Helpers for tests of Markdown sources: a metadata stub and the coverage and span invariants. */
import type { Document, SourceMetadata } from '../../generated/types/index.js';
import { formatOutline, outlineEntries, outlineMetadata } from '../../src/cli/outline.js';
import { toDocument } from '../../src/dataset/document.js';
import { parseSource } from '../../src/parse/index.js';
import { walkNodes } from '../../src/text/tree.js';
import { redactText } from '../../src/text/redact.js';
import { fold, type SkipRange } from '../../src/text/fold.js';
import { coverageGaps, spansOf } from '../../src/validate/rules/coverage.js';

export const stubMetadata: SourceMetadata = { ...outlineMetadata, id: 'fixture', work: 'fixture', format: 'markdown' };

export { spansOf };

/**
 * Problems with the invariants: a non-blank character in no span (nor in an
 * omitted range) or in two (the build's `coverage` rule); a paragraph span that does not reproduce its text;
 * a heading span that does not contain its title (the build's rule, src/validate/integrity.ts: a heading's
 * span may hold inline markup around its title).
 */
export function coverageProblems(source: string, doc: Document, skip: readonly SkipRange[]): string[] {
  const problems: string[] = [];
  for (const s of walkNodes(doc.sections)) {
    for (const p of s.paragraphs) {
      if (p.span) {
        const text = redactText(fold(source, p.span.start, p.span.end, skip).text);
        if (text !== (p.text.en ?? p.text.zh)) problems.push(`${p.id}: span gives "${text.slice(0, 40)}"`);
      }
    }
    const title = s.title?.en ?? s.title?.zh;
    if (s.span && title && !fold(source, s.span.start, s.span.end, skip).text.includes(title)) problems.push(`${s.id}: heading span does not contain its title`);
  }
  // Every character in exactly one place: the build's own rule (src/validate/rules/coverage.ts).
  const gaps = coverageGaps(source, doc);
  for (const i of gaps.uncovered) problems.push(`uncovered at ${i}: ${JSON.stringify(source.slice(i, i + 20))}`);
  for (const i of gaps.twice) problems.push(`covered twice at ${i}: ${JSON.stringify(source.slice(i, i + 20))}`);
  return problems.slice(0, 6);
}

/** The outline and paragraphs a Markdown text gives, its parse warnings and its coverage problems (fixtures' form). */
export function outlineText(text: string): { outline: string; warnings: string[]; problems: string[] } {
  const parsed = parseSource(text, { format: 'markdown' });
  const doc = toDocument(stubMetadata, { text, sha256: '', bytes: text.length }, parsed.sections, parsed.skip, parsed.omitted);
  const lines = formatOutline(outlineEntries(doc.sections));
  const paragraphs: string[] = [];
  const walk = (sections: typeof doc.sections) => {
    for (const s of sections) {
      paragraphs.push(`${'  '.repeat(s.level - 1)}[${s.kind}${s.number !== undefined ? ` ${s.number}` : ''}] ${s.title?.en ?? s.title?.zh ?? ''}`);
      for (const p of s.paragraphs) paragraphs.push(`${'  '.repeat(s.level)}- ${p.list ? `(list ${p.list.marker}) ` : ''}${p.lead ? `(lead ${p.lead}) ` : ''}${p.text.en ?? p.text.zh}`);
      walk(s.children);
    }
  };
  walk(doc.sections);
  return { outline: `${lines.join('\n')}\n\n${paragraphs.join('\n')}\n`, warnings: parsed.warnings, problems: coverageProblems(text, doc, parsed.skip) };
}
