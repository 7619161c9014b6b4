import { describe, expect, it } from 'vitest';
import { isBodySentence, notClaims } from '../../src/extract/claims.js';

describe('sentences that are never claims (a declared table)', () => {
  it.each(notClaims.map((n) => [n.name, n.example] as const))('%s: %s', (_, example) => {
    expect(isBodySentence(example, 'en', false)).toBe(false);
  });

  it('keeps a sentence that states a figure of its own', () => {
    expect(isBodySentence('By June 2022, the country had 1.05 billion internet users.', 'en', false)).toBe(true);
    expect(isBodySentence('The Group met 4 times in 2019 and adopted its report by consensus.', 'en', false)).toBe(true);
    // A noun that is also a verb opens a statement (`Use of …`, `Change in …`), no instruction.
    expect(isBodySentence('Use of the example network grew by 20 percent in 2021.', 'en', false)).toBe(true);
    expect(isBodySentence('Change in example usage was 4 percent a year.', 'en', false)).toBe(true);
  });
});
