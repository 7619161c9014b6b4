/**
 * `span-shape`, `span-range`, `span-text`: exactly one of `span`/`spans`,
 * inside the source, reproducing the entity's text (whitespace folded, markup
 * left out, personal data redacted as the build does; corrected items excepted).
 */
import type { Span } from '../../../generated/types/index.js';
import { foldEquals, foldText } from '../../text/fold.js';
import { mayNeedRedaction, redactText } from '../../text/redact.js';
import type { IntegrityRule } from './types.js';

export const spans: IntegrityRule = {
  ruleIds: ['span-shape', 'span-range', 'span-text'],
  description: "spans lie inside the source and reproduce the item's text",
  entity({ item, text, pointer, compare }, { source, names, report }) {
    // Spans are checked against the source; a copy of a published document without it is checked for the rest.
    if (!item || !source) return;
    if ((item.span === undefined) === (item.spans === undefined)) {
      report(pointer, 'an item needs exactly one of "span" and "spans"', 'span-shape', 'use span for one language, spans { en, zh } for a bilingual pair');
      return;
    }
    const pairs: Array<[Span, string | undefined, string]> = item.span
      ? [[item.span, text?.en ?? text?.zh, 'span']]
      : [
          [item.spans!.en, text?.en, 'spans/en'],
          [item.spans!.zh, text?.zh, 'spans/zh'],
        ];
    for (const [span, expected, key] of pairs) {
      if (span.start < 0 || span.end > source.text.length || span.start >= span.end) {
        report(`${pointer}/${key}`, `span ${span.start}-${span.end} lies outside the source (${source.text.length} characters)`, 'span-range', 'spans are UTF-16 offsets into the source file');
        continue;
      }
      if (expected === undefined || item.corrections) continue;
      // Most spans give their text exactly: compared as it is folded, without building it (nothing to redact in it either).
      if (compare === 'equal' && !mayNeedRedaction(expected, names) && foldEquals(source.text, span.start, span.end, source.skip, expected)) continue;
      const actual = redactText(foldText(source.text, span.start, span.end, source.skip), names);
      const ok = compare === 'equal' ? actual === expected : actual.includes(expected);
      if (!ok)
        report(
          `${pointer}/${key}`,
          `span text "${actual.slice(0, 60)}" does not reproduce the item's text "${expected.slice(0, 60)}"`,
          'span-text',
          'regenerate with `npm run build`, or fix the text with a correction in data/corrections/',
        );
    }
  },
};
