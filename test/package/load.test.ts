/** `cyberspace-policy-data/load` from the sources: every document of the release, from its file; an unknown id refused. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentIds, documentPath, loadDocument, type DocumentId } from '../../src/load.js';
import { root } from './helpers.js';

describe('loadDocument', () => {
  it.each([...documentIds])('%s is its JSON file, a new object each time', (id) => {
    const path = documentPath(id);
    expect(path.startsWith(root)).toBe(true);
    const loaded = loadDocument(id);
    expect(loaded).toEqual(JSON.parse(readFileSync(path, 'utf8')));
    expect(loaded.id).toBe(id);
    expect(loadDocument(id)).not.toBe(loaded);
  });
  it('refuses an id that is not of this release, naming it', () => {
    expect(() => loadDocument('no-such-document' as DocumentId)).toThrow(new RangeError('unknown document id "no-such-document": the ids of this release are in documentIds'));
    expect(() => documentPath('../../package' as DocumentId)).toThrow(RangeError);
  });
});
