/**
 * The compiled validators of `schemas/` (draft 2020-12, all errors, formats),
 * one per schema file, made once and reused by every call.
 *
 * Compiling the schemas with ajv is most of the cost of a cold start (about a
 * third of a `check`), so the build also writes them precompiled, as ajv's
 * standalone code (`generated/validate/validators.js`, src/validate/standalone.ts).
 * That module records the sha256 of the schemas it was made from: while it
 * matches the schemas on disk it is used as it is; after a schema changes, or
 * when the module is missing, the validators are compiled here with ajv (same
 * options) until the next build writes the module again.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Ajv2020, ErrorObject, Options, ValidateFunction } from 'ajv/dist/2020.js';
import type { VFileMessage } from 'vfile-message';
import { packageRoot, schemasDir } from '../paths.js';
import { createMessage, type Place } from '../text/messages.js';

export const schemaBase = 'https://cyberspace-policy-data.github.io/schemas/';

/**
 * The options every validator is compiled with, at run time or precompiled. `unicode: false`: `minLength` counts
 * UTF-16 code units (a JavaScript string's length) instead of walking every text to count code points, which was a
 * quarter of validating the dataset. The two counts differ only for characters outside the Basic Multilingual Plane,
 * and only for a limit above 1 (a string has a code point exactly when it has a code unit): the schemas' limits are
 * 1, or 3 for a correction's `reason` and a document's `rights.basis` (test/validate/schemas.test.ts keeps it so).
 */
const ajvOptions: Options = { allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true, inlineRefs: false, unicode: false };

/** The schema files (`*.schema.json`) and their texts, sorted by name. */
export function schemaTexts(): Map<string, string> {
  const names = readdirSync(schemasDir)
    .filter((f) => f.endsWith('.schema.json'))
    .sort();
  return new Map(names.map((name) => [name, readFileSync(join(schemasDir, name), 'utf8')]));
}

/** What precompiled validators depend on: the schemas' names and texts, the ajv version, the options. */
export function validatorInputs(texts: ReadonlyMap<string, string> = schemaTexts()): string {
  const require = createRequire(import.meta.url);
  const version = (require('ajv/package.json') as { version: string }).version;
  return createHash('sha256')
    .update(JSON.stringify({ schemas: [...texts], ajv: version, options: ajvOptions }), 'utf8')
    .digest('hex');
}

let instance: Ajv2020 | undefined;

/** An Ajv instance with every schema of `schemas/` added (loaded only when the schemas must be compiled). */
export function createAjv(extra: Options = {}): Ajv2020 {
  const require = createRequire(import.meta.url);
  const { Ajv2020: Ajv } = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
  const addFormats = require('ajv-formats') as typeof import('ajv-formats').default;
  const created = new Ajv({ ...ajvOptions, ...extra });
  addFormats(created);
  for (const text of schemaTexts().values()) created.addSchema(JSON.parse(text) as object);
  return created;
}

/** The shared Ajv instance, with all schemas added. */
function ajv(): Ajv2020 {
  instance ??= createAjv();
  return instance;
}

/** Where the build writes the precompiled validators (src/validate/standalone.ts). */
export const validatorsFile = 'generated/validate/validators.js';

/** The precompiled module: what it was made from, and one validator per schema file. */
interface PrecompiledValidators {
  inputs: string;
  validators: Readonly<Record<string, ValidateFunction>>;
}

let loaded: PrecompiledValidators | null | undefined;

/**
 * The precompiled module of the package, or null when there is none that
 * loads (a fresh `generated/`, a file damaged by hand): the validators are
 * then compiled here, and the next build writes the module again. Loaded with
 * `require` (an ES module; Node ≥ 20.19), so that its absence is not an
 * import error.
 */
export function precompiledModule(): PrecompiledValidators | null {
  if (loaded === undefined) loaded = loadPrecompiled(join(packageRoot, validatorsFile));
  return loaded;
}

/** A precompiled module from a path: null when it is missing, does not load, or is not one. */
export function loadPrecompiled(path: string): PrecompiledValidators | null {
  try {
    const module = createRequire(import.meta.url)(path) as Partial<PrecompiledValidators>;
    return typeof module.inputs === 'string' && module.validators !== null && typeof module.validators === 'object' ? (module as PrecompiledValidators) : null;
  } catch {
    return null;
  }
}

/** The precompiled validators, when they were made from the schemas as they are now. */
let current: Readonly<Record<string, ValidateFunction>> | null | undefined;
function precompiledValidators(): Readonly<Record<string, ValidateFunction>> | null {
  if (current === undefined) {
    const module = precompiledModule();
    current = module && module.inputs === validatorInputs() ? module.validators : null;
  }
  return current;
}

const compiled = new Map<string, ValidateFunction>();

/** The compiled validator of a schema file (e.g. `document.schema.json`), compiled once. */
export function validator(schemaFile: string): ValidateFunction {
  let fn = compiled.get(schemaFile);
  if (!fn) {
    fn = precompiledValidators()?.[schemaFile] ?? ajv().getSchema(schemaBase + schemaFile);
    if (!fn) throw new Error(`unknown schema ${schemaFile}`);
    compiled.set(schemaFile, fn);
  }
  return fn;
}
/** A readable reason for an ajv error. */
function describeError(error: ErrorObject): string {
  const where = error.instancePath || '(root)';
  switch (error.keyword) {
    case 'additionalProperties':
      return `unknown field "${String(error.params['additionalProperty'])}" at ${where}`;
    case 'required':
      return `missing field "${String(error.params['missingProperty'])}" at ${where}`;
    case 'enum':
      return `${where} must be one of ${(error.params['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return `${where} ${error.message ?? 'is invalid'}`;
  }
}

/** The pointer to report an error at: the unknown key itself for additionalProperties. */
function errorPointer(error: ErrorObject): string {
  if (error.keyword === 'additionalProperties') return `${error.instancePath}/${String(error.params['additionalProperty'])}`;
  return error.instancePath;
}

interface SchemaMessageOptions {
  /** The file to report. */
  file: string;
  /** Where a JSON Pointer lies in the file's text. */
  locate?: ((pointer: string) => Place | undefined) | undefined;
  ruleId: string;
  hint?: string;
}

/** One message per ajv error, placed where the error lies in the file: the one ajv-error → message mapping. */
export function errorMessages(errors: readonly ErrorObject[], options: SchemaMessageOptions): VFileMessage[] {
  return errors.map((error) =>
    createMessage(describeError(error), { file: options.file, place: options.locate?.(errorPointer(error)), ruleId: options.ruleId, ...(options.hint ? { hint: options.hint } : {}) }),
  );
}

/** Validate a value with a compiled validator: its errors as messages (none when valid). */
export function schemaMessages(validate: ValidateFunction, value: unknown, options: SchemaMessageOptions): VFileMessage[] {
  return validate(value) ? [] : errorMessages(validate.errors ?? [], options);
}
