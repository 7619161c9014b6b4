/**
 * Generate `generated/types/index.ts` from the schemas with
 * json-schema-to-typescript: one root schema references every entity, so each
 * type is declared once, under its schema `title`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { compile, type JSONSchema } from 'json-schema-to-typescript';
import { packageRoot, schemasDir } from '../paths.js';
import { writeFilesAtomically } from './write.js';

const banner = `/* eslint-disable */
/**
 * DO NOT EDIT: generated from schemas/*.schema.json by \`npm run build:types\`
 * (src/build/types.ts). Edit the schemas and regenerate.
 */`;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * Bundle every schema into one root with `$defs` named by title, refs rewritten
 * to point inside it, and `{ $ref, description }` turned into
 * `{ description, allOf: [{ $ref }] }` so that json-schema-to-typescript keeps
 * one declaration per type and still gives the property its doc comment.
 */
export function bundleSchemas(): JSONSchema {
  const files = readdirSync(schemasDir).filter((f) => f.endsWith('.schema.json')).sort();
  const schemas = new Map(files.map((f) => [f, JSON.parse(readFileSync(join(schemasDir, f), 'utf8')) as Record<string, Json>]));
  const defs: Record<string, Json> = {};
  const titleOf = (file: string, def?: string): string => {
    const schema = schemas.get(file)!;
    if (!def) return String(schema['title']).replace(/\s+/g, '');
    const entry = (schema['$defs'] as Record<string, Record<string, Json>>)[def]!;
    return String(entry['title'] ?? def);
  };
  const rewrite = (node: Json, file: string): Json => {
    if (Array.isArray(node)) return node.map((n) => rewrite(n, file));
    if (node === null || typeof node !== 'object') return node;
    const out: Record<string, Json> = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === '$id' || key === '$schema' || key === '$defs') continue;
      // Conditional requirements (if/then) constrain values, not shapes: leave them to ajv.
      if (key === 'allOf' && Array.isArray(value) && value.every((v) => v !== null && typeof v === 'object' && !Array.isArray(v) && 'if' in v)) continue;
      out[key] = rewrite(value, file);
    }
    if (typeof node['$ref'] === 'string') {
      const [target, fragment] = node['$ref'].split('#');
      const targetFile = target ? target.replace(/^\.\//, '') : file;
      const def = fragment?.startsWith('/$defs/') ? fragment.slice('/$defs/'.length) : undefined;
      const ref = `#/$defs/${titleOf(targetFile, def)}`;
      delete out['$ref'];
      if (Object.keys(out).length === 0) return { $ref: ref };
      return { ...out, allOf: [{ $ref: ref }] };
    }
    return out;
  };
  for (const [file, schema] of schemas) {
    if (schema['$defs']) for (const [name, def] of Object.entries(schema['$defs'] as Record<string, Json>)) defs[titleOf(file, name)] = rewrite(def, file);
    if (file !== 'defs.schema.json') defs[titleOf(file)] = rewrite(schema, file);
  }
  return {
    title: 'CyberspacePolicyDataSchemas',
    description: 'Every entity of the dataset (a root for type generation only).',
    type: 'object',
    properties: Object.fromEntries(Object.keys(defs).sort().map((name) => [name, { $ref: `#/$defs/${name}` }])),
    additionalProperties: false,
    $defs: defs,
  } as JSONSchema;
}

/** The TypeScript source of the generated types. */
export async function generateTypes(): Promise<string> {
  return compile(bundleSchemas(), 'CyberspacePolicyDataSchemas', {
    bannerComment: banner,
    additionalProperties: false,
    unreachableDefinitions: false,
    declareExternallyReferenced: true,
    strictIndexSignatures: true,
    ignoreMinAndMaxItems: true,
    format: true,
    style: { singleQuote: true, printWidth: 120 },
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const ts = await generateTypes();
  writeFilesAtomically(packageRoot, new Map([['generated/types/index.ts', ts]]));
}
