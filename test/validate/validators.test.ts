/**
 * The precompiled validators (generated/validate/validators.js) are what ajv
 * compiles from the schemas now: made from the same inputs, and giving the
 * same errors as validators compiled at run time, on valid and broken values.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAjv, loadPrecompiled, precompiledModule, schemaBase, schemaTexts, validatorInputs } from '../../src/validate/ajv.js';

const root = join(import.meta.dirname, '../..');
const runtime = createAjv();
const documents = readdirSync(join(root, 'generated/data/documents')).map((f) => JSON.parse(readFileSync(join(root, 'generated/data/documents', f), 'utf8')) as Record<string, unknown>);
const manifest = JSON.parse(readFileSync(join(root, 'generated/data/index.json'), 'utf8')) as Record<string, unknown>;

/** Broken copies of a value: a field removed, an unknown field, a wrong type. */
function broken(value: Record<string, unknown>): unknown[] {
  const [first] = Object.keys(value);
  const without = { ...value };
  if (first !== undefined) delete without[first];
  return [without, { ...value, unknownField: 1 }, { ...value, ...(first !== undefined ? { [first]: [null] } : {}) }, null, 'text', []];
}

const { inputs, validators } = precompiledModule() ?? { inputs: 'missing: run npm run build', validators: {} };

describe('precompiled validators', () => {
  it('were made from the schemas as they are (else `npm run build` regenerates them)', () => {
    expect(inputs).toBe(validatorInputs());
    expect(Object.keys(validators).sort()).toEqual([...schemaTexts().keys()]);
  });

  const samples: Record<string, unknown[]> = {
    'document.schema.json': documents.flatMap((d) => [d, ...broken(d)]),
    'manifest.schema.json': [manifest, ...broken(manifest)],
  };
  it.each([...schemaTexts().keys()])('%s gives the errors ajv gives at run time', (file) => {
    const precompiled = validators[file]!;
    const compiled = runtime.getSchema(schemaBase + file)!;
    for (const value of [...(samples[file] ?? []), ...broken({ id: 'x' }), {}]) {
      const a = precompiled(value);
      const b = compiled(value);
      expect(a).toBe(b);
      expect(precompiled.errors ?? null).toEqual(compiled.errors ?? null);
    }
  });
});

describe('asModule', () => {
  it('gives the standalone code a require of its own', async () => {
    const { asModule } = await import('../../src/validate/standalone.js');
    expect(asModule('const a = require("x");')).toBe('import { createRequire } from "node:module";\nconst require = createRequire(import.meta.url);\nconst a = require("x");');
  });
});

describe('loadPrecompiled', () => {
  it('gives null for a missing, broken or foreign module (the validators are then compiled at run time)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'validators-'));
    try {
      writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
      writeFileSync(join(dir, 'broken.js'), 'export const inputs = ;');
      writeFileSync(join(dir, 'foreign.js'), 'export const something = 1;');
      writeFileSync(join(dir, 'good.js'), 'export const inputs = "x"; export const validators = {};');
      expect(loadPrecompiled(join(dir, 'missing.js'))).toBeNull();
      expect(loadPrecompiled(join(dir, 'broken.js'))).toBeNull();
      expect(loadPrecompiled(join(dir, 'foreign.js'))).toBeNull();
      expect(loadPrecompiled(join(dir, 'good.js'))?.inputs).toBe('x');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('string lengths (the validators count UTF-16 code units: ajv `unicode: false`)', () => {
  /** Every `minLength` and `maxLength` of a schema, with where it is. */
  const limits = (node: unknown, path: string, out: Array<[string, string, number]>): Array<[string, string, number]> => {
    if (Array.isArray(node)) node.forEach((n, i) => limits(n, `${path}/${i}`, out));
    else if (node !== null && typeof node === 'object')
      for (const [k, v] of Object.entries(node)) {
        if ((k === 'minLength' || k === 'maxLength') && typeof v === 'number') out.push([path, k, v]);
        else limits(v, `${path}/${k}`, out);
      }
    return out;
  };
  const all = [...schemaTexts()].flatMap(([name, text]) => limits(JSON.parse(text), name, []));

  it('has no maximum, and no minimum above 3, where the two counts could part in a way that matters', () => {
    expect(all.filter(([, k]) => k === 'maxLength')).toEqual([]);
    // Above 1, a text of astral characters counts more code units than code points: a minimum of 3 is a floor for
    // prose (a reason, a legal basis), where that does not matter; a higher one would want code points.
    expect(all.filter(([, , n]) => n > 3)).toEqual([]);
  });
  it('takes an empty text as too short, and a one-character astral text as long enough', () => {
    const validate = runtime.getSchema(`${schemaBase}defs.schema.json#/$defs/LocalizedText`)!;
    expect(validate({ en: '' })).toBe(false);
    expect(validate({ zh: '𠀀' })).toBe(true);
  });
});
