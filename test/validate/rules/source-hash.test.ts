import { describe, expect, it } from 'vitest';
import { sourceHash } from '../../../src/validate/rules/source-hash.js';
import { fixtureDocument, fixtureSource, run } from './fixture.js';

describe('rule source-hash', () => {
  it('passes a document whose source exists and matches', () => {
    expect(run(sourceHash, [fixtureDocument()])).toEqual([]);
  });
  it('reports a missing source', () => {
    expect(run(sourceHash, [fixtureDocument()], new Map())).toEqual(['source-missing doc-a#/source: no source text for document "doc-a"']);
  });
  it('reports a source that changed since the build', () => {
    expect(run(sourceHash, [fixtureDocument()], new Map([['doc-a', { ...fixtureSource, sha256: 'def' }]]))).toEqual([
      'source-changed doc-a#/source/sha256: source.sha256 abc does not match data/sources/doc-a.txt (def)',
    ]);
  });
});
