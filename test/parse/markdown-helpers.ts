/** Helpers for tests of Markdown sources: a metadata stub and the coverage and span invariants. */
import type { Document, LanguageSpans, SourceMetadata, Span } from '../../generated/types/index.js';
import { outlineMetadata } from '../../src/cli/outline.js';
import { walkNodes } from '../../src/text/tree.js';
import { redactText } from '../../src/text/redact.js';
import { fold, type SkipRange } from '../../src/text/fold.js';

export const stubMetadata: SourceMetadata = { ...outlineMetadata, id: 'fixture', work: 'fixture', format: 'markdown' };

/** The span or the two language spans of a section or paragraph. */
export function spansOf(item: { span?: Span; spans?: LanguageSpans }): Span[] {
  return item.span ? [item.span] : item.spans ? [item.spans.en, item.spans.zh] : [];
}

/**
 * Problems with the invariants: a non-blank character in no span (nor in an
 * omitted range) or in two; a paragraph span that does not reproduce its text;
 * a heading span that does not contain its title (the build's rule, src/validate/integrity.ts: a heading's
 * span may hold inline markup around its title).
 */
export function coverageProblems(source: string, doc: Document, skip: readonly SkipRange[]): string[] {
  const problems: string[] = [];
  const cover = new Uint8Array(source.length);
  const mark = (span: Span) => {
    for (let i = span.start; i < span.end; i++) cover[i]!++;
  };
  for (const o of doc.omitted ?? []) mark(o.span);
  for (const s of walkNodes(doc.sections)) {
    spansOf(s).forEach(mark);
    for (const p of s.paragraphs) {
      spansOf(p).forEach(mark);
      if (p.span) {
        const text = redactText(fold(source, p.span.start, p.span.end, skip).text);
        if (text !== (p.text.en ?? p.text.zh)) problems.push(`${p.id}: span gives "${text.slice(0, 40)}"`);
      }
    }
    const title = s.title?.en ?? s.title?.zh;
    if (s.span && title && !fold(source, s.span.start, s.span.end, skip).text.includes(title)) problems.push(`${s.id}: heading span does not contain its title`);
  }
  for (let i = 0; i < source.length; i++) {
    if (/\s/u.test(source[i]!)) continue;
    if (cover[i] === 0) problems.push(`uncovered at ${i}: ${JSON.stringify(source.slice(i, i + 20))}`);
    if (cover[i]! > 1) problems.push(`covered twice at ${i}: ${JSON.stringify(source.slice(i, i + 20))}`);
    if (problems.length > 5) break;
  }
  return problems;
}
