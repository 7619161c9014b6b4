/**
 * After tsup, for each document of the manifest:
 *
 * - `dist/data/documents/<id>.json`: the document as shipped, the same value
 *   as `generated/data/documents/<id>.json` without its indentation (the
 *   repository keeps the indented file for reading and diffs; the package
 *   ships each document once, compact: issue 23's package size);
 * - `dist/documents/<id>.d.ts`: the declaration of its module subpath, `id`
 *   typed as that literal. package.json maps `./documents/*` to these, so
 *   `cyberspace-policy-data/documents/<id>` has types only for the ids of this
 *   release: an unknown id is a compile error.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('generated/data/index.json', 'utf8'));
mkdirSync('dist/documents', { recursive: true });
mkdirSync('dist/data/documents', { recursive: true });
for (const { id } of manifest.documents) {
  writeFileSync(`dist/data/documents/${id}.json`, JSON.stringify(JSON.parse(readFileSync(`generated/data/documents/${id}.json`, 'utf8'))));
  writeFileSync(
    `dist/documents/${id}.d.ts`,
    `import type { Document } from '../index.js';\n\n/** The document \`${id}\`. */\ndeclare const document: Document & { readonly id: ${JSON.stringify(id)} };\nexport default document;\n`,
  );
}
