import { describe, expect, it } from 'vitest';
import { documentIds, outlineOf, readOutline, sectionsOf } from '../helpers.js';

describe('outlines of the corpus', () => {
  it('has a hand-checked outline fixture for every document', () => {
    expect(documentIds).toHaveLength(5);
    for (const id of documentIds) expect(readOutline(id).length).toBeGreaterThan(3);
  });

  for (const id of documentIds) {
    it(`recovers the outline of ${id}`, () => {
      expect(outlineOf(sectionsOf(id))).toEqual(readOutline(id));
    });
  }
});
