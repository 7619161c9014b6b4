/**
 * One Ajv instance (draft 2020-12, all errors, formats) with every schema of
 * `schemas/` added once and compiled at start-up, reused by every call.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { VFileMessage } from 'vfile-message';
import { schemasDir } from '../paths.js';
import { createMessage, type Place } from './messages.js';

export const schemaBase = 'https://cyberspace-policy-data.github.io/schemas/';

let instance: Ajv2020 | undefined;

/** The shared Ajv instance, with all schemas added. */
export function ajv(): Ajv2020 {
  if (instance) return instance;
  const created = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
  addFormats.default(created);
  for (const name of readdirSync(schemasDir)
    .filter((f) => f.endsWith('.schema.json'))
    .sort()) {
    created.addSchema(JSON.parse(readFileSync(join(schemasDir, name), 'utf8')) as object);
  }
  instance = created;
  return created;
}

const compiled = new Map<string, ValidateFunction>();

/** The compiled validator of a schema file (e.g. `document.schema.json`), compiled once. */
export function validator(schemaFile: string): ValidateFunction {
  let fn = compiled.get(schemaFile);
  if (!fn) {
    fn = ajv().getSchema(schemaBase + schemaFile);
    if (!fn) throw new Error(`unknown schema ${schemaFile}`);
    compiled.set(schemaFile, fn);
  }
  return fn;
}

/** A readable reason for an ajv error. */
export function describeError(error: ErrorObject): string {
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
export function errorPointer(error: ErrorObject): string {
  if (error.keyword === 'additionalProperties') return `${error.instancePath}/${String(error.params['additionalProperty'])}`;
  return error.instancePath;
}

export interface SchemaMessageOptions {
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
