/**
 * `span-shape`, `span-range`, `span-text`: exactly one of `span`/`spans`,
 * inside the source, reproducing the entity's text (whitespace folded, markup
 * left out, personal data redacted as the build does; corrected items excepted).
 */
import type { Span } from '../../../generated/types/index.js';
import { foldEquals, foldText } from '../../text/fold.js';
import { mayNeedRedaction, redactText } from '../../text/redact.js';
import type { DocumentContext, Entity, IntegrityRule } from './types.js';

/** Check one span of an entity: inside the source, and reproducing `expected`. The pointer is read only to report. */
function checkSpan(entity: Entity, { source, names, report }: DocumentContext, span: Span, expected: string | undefined, key: string): void {
  if (!source) return;
  if (span.start < 0 || span.end > source.text.length || span.start >= span.end) {
    report(`${entity.pointer}/${key}`, `span ${span.start}-${span.end} lies outside the source (${source.text.length} characters)`, 'span-range', 'spans are UTF-16 offsets into the source file');
    return;
  }
  if (expected === undefined || entity.item?.corrections) return;
  // Most spans give their text exactly: compared as it is folded, without building it (nothing to redact in it either).
  if (entity.compare === 'equal' && !mayNeedRedaction(expected, names) && foldEquals(source.text, span.start, span.end, source.skip, expected)) return;
  const actual = redactText(foldText(source.text, span.start, span.end, source.skip), names);
  const ok = entity.compare === 'equal' ? actual === expected : actual.includes(expected);
  if (!ok)
    report(
      `${entity.pointer}/${key}`,
      `span text "${actual.slice(0, 60)}" does not reproduce the item's text "${expected.slice(0, 60)}"`,
      'span-text',
      'regenerate with `npm run build`, or fix the text with a correction in data/corrections/',
    );
}

export const spans: IntegrityRule = {
  ruleIds: ['span-shape', 'span-range', 'span-text'],
  description: "spans lie inside the source and reproduce the item's text",
  entity(entity, ctx) {
    const { item, text } = entity;
    // Spans are checked against the source; a copy of a published document without it is checked for the rest.
    if (!item || !ctx.source) return;
    if ((item.span === undefined) === (item.spans === undefined)) {
      ctx.report(entity.pointer, 'an item needs exactly one of "span" and "spans"', 'span-shape', 'use span for one language, spans { en, zh } for a bilingual pair');
      return;
    }
    if (item.span) checkSpan(entity, ctx, item.span, text?.en ?? text?.zh, 'span');
    else {
      checkSpan(entity, ctx, item.spans!.en, text?.en, 'spans/en');
      checkSpan(entity, ctx, item.spans!.zh, text?.zh, 'spans/zh');
    }
  },
};
