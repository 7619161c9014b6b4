import { describe, expect, it } from 'vitest';
import { spans } from '../../../src/validate/rules/spans.js';
import { fixtureDocument, fixtureSource, run } from './fixture.js';

describe('rule spans', () => {
  it("passes spans that reproduce their entities' texts", () => {
    expect(run(spans, [fixtureDocument()])).toEqual([]);
  });
  it('reports an item with both span and spans, or neither', () => {
    const doc = fixtureDocument();
    const item = doc.actionItems[0]!;
    Object.assign(item, { spans: { en: item.span, zh: item.span } });
    delete (doc.claims[0] as { span?: unknown }).span;
    expect(run(spans, [doc])).toEqual([
      'span-shape doc-a#/actionItems/0: an item needs exactly one of "span" and "spans"',
      'span-shape doc-a#/claims/0: an item needs exactly one of "span" and "spans"',
    ]);
  });
  it('reports a span outside the source', () => {
    const doc = fixtureDocument();
    doc.claims[0]!.span = { ...doc.claims[0]!.span!, end: 999 };
    expect(run(spans, [doc])).toEqual([`span-range doc-a#/claims/0/span: span 28-999 lies outside the source (${fixtureSource.text.length} characters)`]);
  });
  it("reports a span whose text is not the item's", () => {
    const doc = fixtureDocument();
    doc.actionItems[0]!.text = { en: 'China will not act.' };
    expect(run(spans, [doc])).toEqual(['span-text doc-a#/actionItems/0/span: span text "China will act." does not reproduce the item\'s text "China will not act."']);
  });
  it('compares a title with the whole heading: a title is the heading as printed, numbering included', () => {
    const doc = fixtureDocument();
    doc.sections[0]!.title = { en: 'One' };
    expect(run(spans, [doc])).toEqual(['span-text doc-a#/sections/0/span: span text "Title One" does not reproduce the item\'s text "One"']);
  });
  it('leaves corrected items and sections without a heading alone', () => {
    const doc = fixtureDocument();
    doc.actionItems[0]!.text = { en: 'Corrected.' };
    doc.actionItems[0]!.corrections = ['fix-1'];
    delete doc.sections[0]!.title;
    delete (doc.sections[0] as { span?: unknown }).span;
    expect(run(spans, [doc])).toEqual([]);
  });
});
