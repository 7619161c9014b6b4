/**
 * `coverage`: nothing lost, nothing invented. Every character of the source
 * that is not whitespace lies in exactly one place of the document: the span
 * of a section's heading, of a paragraph (each language's, for a pair), or of
 * a range the document records as deliberately omitted (markup-only blocks).
 * The one definition of this invariant: the build checks it, and the tests
 * call `coverageGaps` with the parser's output.
 */
import type { Document, LanguageSpans, Span } from '../../../generated/types/index.js';
import { isSpaceAt } from '../../text/fold.js';
import type { IntegrityRule } from './types.js';

/** Where a source is not covered exactly once: the first offsets that lie in no place, and in two or more. */
interface CoverageGaps {
  uncovered: number[];
  twice: number[];
}

/** The span, or the two language spans, of a heading or paragraph. */
export const spansOf = (item: { span?: Span; spans?: LanguageSpans }): Span[] => (item.span ? [item.span] : item.spans ? [item.spans.en, item.spans.zh] : []);

/**
 * The offsets (up to `limit` of each kind, in source order) of non-blank source characters covered by no place or
 * by more than one. A sweep over the places sorted by start: only the stretches between places (for gaps) and where
 * a place starts before the ones before it end (for overlaps) are read, not every character of the source.
 */
export function coverageGaps(source: string, doc: Pick<Document, 'sections' | 'omitted'>, limit = 5): CoverageGaps {
  const places: Span[] = (doc.omitted ?? []).map((o) => o.span);
  const add = (item: { span?: Span; spans?: LanguageSpans }): void => {
    if (item.span) places.push(item.span);
    else if (item.spans) places.push(item.spans.en, item.spans.zh);
  };
  // A plain recursion, not a generator: coverage reads every heading and paragraph of the dataset on each validation.
  const visit = (sections: Document['sections']): void => {
    for (const s of sections) {
      add(s);
      for (const p of s.paragraphs) add(p);
      visit(s.children);
    }
  };
  visit(doc.sections);
  places.sort((a, b) => a.start - b.start);
  const gaps: CoverageGaps = { uncovered: [], twice: [] };
  const collect = (list: number[], from: number, to: number) => {
    for (let i = from; i < to && list.length < limit; i++) if (!isSpaceAt(source, i)) list.push(i);
  };
  let covered = 0; // everything before this offset lies in a place
  let twiceFrom = 0; // overlaps before this offset are collected
  for (const place of places) {
    const start = Math.max(0, place.start);
    const end = Math.min(place.end, source.length);
    if (start >= end) continue;
    if (start > covered) collect(gaps.uncovered, covered, start);
    else {
      const from = Math.max(start, twiceFrom);
      const to = Math.min(end, covered);
      if (from < to) {
        collect(gaps.twice, from, to);
        twiceFrom = to;
      }
    }
    covered = Math.max(covered, end);
  }
  collect(gaps.uncovered, covered, source.length);
  gaps.twice.sort((a, b) => a - b);
  return gaps;
}

export const coverage: IntegrityRule = {
  ruleIds: ['coverage'],
  description: 'every non-blank character of the source lies in exactly one heading, paragraph or omitted range',
  document({ document: doc, source, report }) {
    if (!source || source.sha256 !== doc.source.sha256) return;
    const { uncovered, twice } = coverageGaps(source.text, doc, 1);
    const excerpt = (at: number) => JSON.stringify(source.text.slice(at, at + 30));
    if (uncovered.length > 0)
      report(
        '/sections',
        `source character ${uncovered[0]} (${excerpt(uncovered[0]!)}) lies in no section, paragraph or omitted range`,
        'coverage',
        'regenerate with `npm run build`; a correction must not drop text of the source',
      );
    if (twice.length > 0)
      report(
        '/sections',
        `source character ${twice[0]} (${excerpt(twice[0]!)}) lies in two places of the document`,
        'coverage',
        'regenerate with `npm run build`; two spans of headings or paragraphs must not overlap',
      );
  },
};
