/** The registry of correction operations covers every operation the correction schema allows. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { operations } from '../../src/corrections/operations/index.js';
import { packageRoot } from '../../src/paths.js';

describe('correction operations', () => {
  it('every op of schemas/correction.schema.json has an operation, or is a structure correction the parser applies', () => {
    const text = readFileSync(join(packageRoot, 'schemas/correction.schema.json'), 'utf8');
    const ops = JSON.parse(/"op": (\{[^}]*\})/u.exec(text)![1]!) as { enum: string[] };
    const structure = ['mark-heading', 'not-heading'];
    expect(ops.enum.filter((op) => !structure.includes(op)).sort()).toEqual(Object.keys(operations).sort());
  });
});
