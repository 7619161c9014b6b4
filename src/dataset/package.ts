/**
 * Generated TypeScript modules the npm package is built from (pure: manifest
 * in, files out; written with the dataset so that `check` covers them):
 *
 * - `generated/types/ids.ts`: the known document, work and concept ids as
 *   `as const` lists and literal unions (`DocumentId`, `WorkId`, `ConceptKey`: the
 *   package entry point exports these in place of the schemas' plain strings);
 * - `generated/package/documents.js` and its declaration `documents.d.ts`:
 *   the registry of the root entry point, one JSON import per document. The
 *   declaration types the list as `Document[]`, so the type checker (and
 *   tsup's declaration build) never reads the documents' JSON: its cost does
 *   not grow with the dataset. tsup makes each document JSON file a module
 *   of its own (`dist/documents/<id>.js`, also the subpath entry), so the root
 *   and a subpath share it and a subpath loads one document only.
 */
import type { Manifest } from '../../generated/types/index.js';

const banner = (what: string) => `/* eslint-disable */
/**
 * DO NOT EDIT: ${what}, generated from generated/data/index.json by
 * \`npm run build\` (src/dataset/package.ts).
 */
`;

const list = (values: readonly string[]) => `[\n${values.map((v) => `  ${JSON.stringify(v)},`).join('\n')}\n] as const`;

/** `generated/types/ids.ts`. */
function idsModule(manifest: Manifest): string {
  const documents = manifest.documents.map((d) => d.id).sort();
  const works = manifest.works.map((w) => w.id).sort();
  const concepts = Object.keys(manifest.concepts).sort();
  return `${banner('the ids of this release')}
/** The ids of the documents of this release, sorted. */
export const documentIds = ${list(documents)};

/** A document id of this release. */
export type DocumentId = (typeof documentIds)[number];

/** The ids of the works of this release, sorted. */
export const workIds = ${list(works)};

/** A work id of this release. */
export type WorkId = (typeof workIds)[number];

/** The keys of the concept vocabulary, sorted. */
export const conceptKeys = ${list(concepts)};

/** A key of the concept vocabulary of this release. */
export type ConceptKey = (typeof conceptKeys)[number];
`;
}

/** `generated/package/documents.js`. */
function registryModule(manifest: Manifest): string {
  const ids = manifest.documents.map((d) => d.id).sort();
  const imports = ids.map((id, i) => `import document${i} from '../data/documents/${id}.json' with { type: 'json' };`).join('\n');
  return `${banner('the document registry of the package entry point')}
${imports}

/** Every document, sorted by id. */
export const documents = [${ids.map((_, i) => `document${i}`).join(', ')}];
`;
}

/** `generated/package/documents.d.ts`: the registry's type, the same at any size. */
function registryDeclaration(): string {
  return `${banner('the declaration of the document registry')}
import type { Document } from '../types/index.js';

/** Every document, sorted by id. */
export declare const documents: readonly Document[];
`;
}

/** The package modules, by path relative to the repository root. */
export function packageModules(manifest: Manifest): Map<string, string> {
  return new Map([
    ['generated/types/ids.ts', idsModule(manifest)],
    ['generated/package/documents.js', registryModule(manifest)],
    ['generated/package/documents.d.ts', registryDeclaration()],
  ]);
}
