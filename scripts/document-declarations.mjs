/**
 * After tsup: `dist/documents/<id>.d.ts`, the declaration of each document
 * subpath, its `id` typed as that literal. package.json maps
 * `./documents/*` to these, so `cyberspace-policy-data/documents/<id>` has
 * types only for the ids of this release: an unknown id is a compile error.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('generated/data/index.json', 'utf8'));
mkdirSync('dist/documents', { recursive: true });
for (const { id } of manifest.documents) {
  writeFileSync(
    `dist/documents/${id}.d.ts`,
    `import type { Document } from '../index.js';\n\n/** The document \`${id}\`. */\ndeclare const document: Document & { readonly id: ${JSON.stringify(id)} };\nexport default document;\n`,
  );
}
