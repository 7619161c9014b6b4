import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { integrityRules } from '../../../src/validate/rules/index.js';

describe('the registry of integrity rules', () => {
  const ruleFiles = readdirSync(join(import.meta.dirname, '../../../src/validate/rules')).filter((f) => !['index.ts', 'types.ts'].includes(f));
  it('lists one rule per file, each with its test', () => {
    expect(integrityRules).toHaveLength(ruleFiles.length);
    for (const file of ruleFiles) expect(readdirSync(import.meta.dirname)).toContain(file.replace(/\.ts$/u, '.test.ts'));
  });
  it('gives every rule id to one rule only', () => {
    const ids = integrityRules.flatMap((r) => r.ruleIds);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
