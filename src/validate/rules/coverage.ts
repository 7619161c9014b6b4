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
import { walkNodes } from '../../text/tree.js';
import type { IntegrityRule } from './types.js';

/** Where a source is not covered exactly once: the first offsets that lie in no place, and in two or more. */
interface CoverageGaps {
  uncovered: number[];
  twice: number[];
}

/** The span, or the two language spans, of a heading or paragraph. */
export const spansOf = (item: { span?: Span; spans?: LanguageSpans }): Span[] => (item.span ? [item.span] : item.spans ? [item.spans.en, item.spans.zh] : []);

/** The offsets (up to `limit` of each kind) of non-blank source characters covered by no place or by more than one. */
export function coverageGaps(source: string, doc: Pick<Document, 'sections' | 'omitted'>, limit = 5): CoverageGaps {
  const cover = new Uint8Array(source.length);
  const mark = (span: Span) => {
    const end = Math.min(span.end, source.length);
    for (let i = Math.max(0, span.start); i < end; i++) cover[i] = cover[i]! < 2 ? cover[i]! + 1 : 2;
  };
  for (const o of doc.omitted ?? []) mark(o.span);
  for (const s of walkNodes(doc.sections)) {
    spansOf(s).forEach(mark);
    for (const p of s.paragraphs) spansOf(p).forEach(mark);
  }
  const gaps: CoverageGaps = { uncovered: [], twice: [] };
  for (let i = 0; i < source.length; i++) {
    const c = cover[i]!;
    if (c === 1 || isSpaceAt(source, i)) continue;
    const list = c === 0 ? gaps.uncovered : gaps.twice;
    if (list.length < limit) list.push(i);
    if (gaps.uncovered.length >= limit && gaps.twice.length >= limit) break;
  }
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
