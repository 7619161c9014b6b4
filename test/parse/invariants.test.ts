/**
 * Invariants over every document: every non-blank character of a source is
 * covered by exactly one heading or paragraph span (front and back matter and
 * contents included), and every span reproduces its text.
 */
import { describe, expect, it } from 'vitest';
import { walkNodes as walk } from '../../src/text/tree.js';
import { coverageProblems, spansOf } from './markdown-helpers.js';
import { markupOf, parseSource } from '../../src/parse/index.js';
import { toDocument } from '../../src/dataset/document.js';
import { readSourceBytes } from '../../src/dataset/sources.js';
import { redactText } from '../../src/text/redact.js';
import { fold } from '../../src/text/fold.js';
import { documentIds, parseOptionsOf, readMetadata, readSource, sectionsOf } from '../helpers.js';

describe.each(documentIds)('%s', (id) => {
  const source = readSource(id);
  const sections = sectionsOf(id);
  const skip = markupOf(source, parseOptionsOf(id).format ?? 'text', parseOptionsOf(id).hints ?? {});

  it('covers every non-blank character exactly once (markup the document records as omitted included)', () => {
    const parsed = parseSource(source, parseOptionsOf(id));
    const doc = toDocument(readMetadata(id), readSourceBytes(Buffer.from(source, 'utf8'), `${id}.txt`).source!, parsed.sections, parsed.skip, parsed.omitted);
    expect(coverageProblems(source, doc, skip)).toEqual([]);
  });

  it('has spans that reproduce every paragraph and title', () => {
    for (const s of walk(sections)) {
      for (const p of s.paragraphs) {
        if (p.span) expect(redactText(fold(source, p.span.start, p.span.end, skip).text)).toBe(p.text.en ?? p.text.zh);
        if (p.spans) {
          expect(fold(source, p.spans.en.start, p.spans.en.end, skip).text).toBe(p.text.en);
          expect(fold(source, p.spans.zh.start, p.spans.zh.end, skip).text).toBe(p.text.zh);
        }
      }
      // A title is the heading as printed, numbering included: the whole text at the heading's span.
      if (s.span) expect(fold(source, s.span.start, s.span.end, skip).text).toBe(s.title?.en ?? s.title?.zh);
      if (s.spans) {
        expect(fold(source, s.spans.en.start, s.spans.en.end, skip).text).toBe(s.title!.en!);
        expect(fold(source, s.spans.zh.start, s.spans.zh.end, skip).text).toBe(s.title!.zh!);
      }
    }
  });

  it('gives line and column that match the offset', () => {
    const lines = source.split('\n');
    for (const s of walk(sections)) {
      for (const span of [...spansOf(s), ...s.paragraphs.flatMap(spansOf)]) {
        const offset = lines.slice(0, span.line - 1).reduce((n, l) => n + l.length + 1, 0) + span.column - 1;
        expect(offset).toBe(span.start);
      }
    }
  });

  it('gives the languages of a bilingual pair in the order the source prints them', () => {
    const order = (spans: { en: { start: number }; zh: { start: number } }) => (spans.en.start < spans.zh.start ? ['en', 'zh'] : ['zh', 'en']);
    for (const s of walk(sections)) {
      if (s.spans && s.title) expect(Object.keys(s.title)).toEqual(order(s.spans));
      for (const p of s.paragraphs) if (p.spans) expect([Object.keys(p.text), Object.keys(p.spans)]).toEqual([order(p.spans), order(p.spans)]);
    }
  });
});
