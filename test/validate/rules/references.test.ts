import { describe, expect, it } from 'vitest';
import { references } from '../../../src/validate/rules/references.js';
import { uniqueIds } from '../../../src/validate/rules/unique-ids.js';
import { checkIntegrity } from '../../../src/validate/integrity.js';
import { fixtureDocument, fixtureSource, run } from './fixture.js';

describe('rule references', () => {
  it('reports every reference when no ids were recorded (it relies on unique-ids to record them)', () => {
    expect(run(references, [fixtureDocument()])).toHaveLength(4);
  });
  it('passes references that resolve, in this document or another of the work', () => {
    const a = fixtureDocument('doc-a');
    const b = fixtureDocument('doc-b');
    a.claims[0]!.sameAs = [b.claims[0]!.id];
    const messages = checkIntegrity({
      documents: [a, b],
      sources: new Map([
        ['doc-a', fixtureSource],
        ['doc-b', fixtureSource],
      ]),
      fileOf: (id) => id,
      locate: () => undefined,
      rules: [uniqueIds, references],
    });
    expect(messages).toEqual([]);
  });
  it('reports a dangling sectionId, paragraphId and sameAs', () => {
    const doc = fixtureDocument();
    doc.actionItems[0]!.sectionId = 'doc-a/chp_9';
    doc.claims[0]!.paragraphId = 'doc-a/chp_1__para_9';
    doc.claims[0]!.sameAs = ['doc-b/chp_1__para_1__claim_1'];
    const messages = checkIntegrity({ documents: [doc], sources: new Map([['doc-a', fixtureSource]]), fileOf: (id) => id, locate: () => undefined, rules: [uniqueIds, references] });
    expect(messages.map((m) => m.reason)).toEqual([
      'sectionId "doc-a/chp_9" does not resolve',
      'paragraphId "doc-a/chp_1__para_9" does not resolve',
      'sameAs "doc-b/chp_1__para_1__claim_1" does not resolve',
    ]);
    expect(messages.every((m) => m.ruleId === 'dangling-reference')).toBe(true);
  });
});
