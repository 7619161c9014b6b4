/**
 * Generate `generated/types/index.ts` from the schemas with
 * json-schema-to-typescript: one root schema references every entity, so each
 * type is declared once, under its schema `title`. The one type generation
 * step of the build (`build` writes it, `check` compares it).
 *
 * Formatting (prettier, inside json-schema-to-typescript) is the slow part,
 * so it runs only when the types change: the file records the sha256 of its
 * inputs (the bundled schemas and the generator's options and version) and of
 * its own text, and a file whose records both hold is reused as it is.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { JSONSchema, Options } from 'json-schema-to-typescript';
import { packageRoot, schemasDir } from '../paths.js';

export const typesFile = 'generated/types/index.ts';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

const banner = (inputs: string, output: string) => `/* eslint-disable */
/**
 * DO NOT EDIT: generated from schemas/*.schema.json by \`npm run build\`
 * (src/dataset/types.ts). Edit the schemas and regenerate.
 *
 * inputs sha256: ${inputs}
 * output sha256: ${output}
 */
`;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * Bundle every schema into one root with `$defs` named by title, refs rewritten
 * to point inside it, and `{ $ref, description }` turned into
 * `{ description, allOf: [{ $ref }] }` so that json-schema-to-typescript keeps
 * one declaration per type and still gives the property its doc comment.
 */
function bundleSchemas(): JSONSchema {
  const files = readdirSync(schemasDir)
    .filter((f) => f.endsWith('.schema.json'))
    .sort();
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
    properties: Object.fromEntries(
      Object.keys(defs)
        .sort()
        .map((name) => [name, { $ref: `#/$defs/${name}` }]),
    ),
    additionalProperties: false,
    $defs: defs,
  } as JSONSchema;
}

const options: Partial<Options> = {
  bannerComment: '',
  additionalProperties: false,
  unreachableDefinitions: false,
  declareExternallyReferenced: true,
  strictIndexSignatures: true,
  ignoreMinAndMaxItems: true,
  format: true,
  style: { singleQuote: true, printWidth: 120 },
};

function generatorVersion(): string {
  const require = createRequire(import.meta.url);
  return (require('json-schema-to-typescript/package.json') as { version: string }).version;
}

/** The file as it stands under `root`, when its records say it is what generation would give. */
function reusable(root: string, inputs: string): string | undefined {
  const path = join(root, typesFile);
  if (!existsSync(path)) return undefined;
  const text = readFileSync(path, 'utf8');
  const m = /^ \* inputs sha256: ([0-9a-f]{64})\n \* output sha256: ([0-9a-f]{64})\n \*\/\n/mu.exec(text);
  if (!m || m[1] !== inputs) return undefined;
  return sha256(text.slice(m.index + m[0].length)) === m[2] ? text : undefined;
}

/** The TypeScript source of the generated types (`root`: where a previous generation may be reused). */
export async function generateTypes(root: string = packageRoot): Promise<string> {
  const schema = bundleSchemas();
  const inputs = sha256(JSON.stringify({ schema, options, version: generatorVersion(), banner: banner('', '') }));
  const previous = reusable(root, inputs);
  if (previous !== undefined) return previous;
  // Loaded only when the types must be generated again (it loads prettier).
  const { compile } = await import('json-schema-to-typescript');
  const body = await compile(schema, 'CyberspacePolicyDataSchemas', options);
  return `${banner(inputs, sha256(body))}${body}`;
}
