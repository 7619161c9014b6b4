import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { documentIds, hasOutline, outlineOf, readOutline, root, sectionsOf } from '../helpers.js';

describe('outlines of the corpus', () => {
  it('has outline fixtures only for documents of the corpus, none of them trivial', () => {
    const fixtures = readdirSync(join(root, 'test/fixtures/outlines')).map((f) => f.replace(/\.outline$/u, ''));
    expect(fixtures.filter((id) => !documentIds.includes(id))).toEqual([]);
    for (const id of fixtures) expect(readOutline(id).length).toBeGreaterThan(3);
  });

  // A document without a hand-checked fixture (e.g. newly imported) is checked by the generic invariants only.
  for (const id of documentIds) {
    it.skipIf(!hasOutline(id))(`recovers the outline of ${id}`, () => {
      expect(outlineOf(sectionsOf(id))).toEqual(readOutline(id));
    });
  }
});
