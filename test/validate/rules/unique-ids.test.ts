import { describe, expect, it } from 'vitest';
import { uniqueIds } from '../../../src/validate/rules/unique-ids.js';
import { fixtureDocument, run } from './fixture.js';

describe('rule unique-ids', () => {
  it('passes distinct ids across documents', () => {
    expect(run(uniqueIds, [fixtureDocument('doc-a'), fixtureDocument('doc-b')])).toEqual([]);
  });
  it('reports an id used twice, at its second place, naming the first', () => {
    const doc = fixtureDocument();
    doc.claims[0]!.id = doc.actionItems[0]!.id;
    expect(run(uniqueIds, [doc])).toEqual(['duplicate-id doc-a#/claims/0/id: duplicate id "doc-a/chp_1__para_1__action_1" (also at generated/data/documents/doc-a.json#/actionItems/0/id)']);
  });
  it('reports the same document twice', () => {
    expect(run(uniqueIds, [fixtureDocument(), fixtureDocument()])).toHaveLength(4);
  });
  it('checks the ids of a document without its source too (a copy of a published document, issue 21)', () => {
    const messages = run(uniqueIds, [fixtureDocument(), fixtureDocument()], new Map());
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.every((m) => m.startsWith('duplicate-id '))).toBe(true);
  });
});
