/**
 * The npm package, ESM only:
 *
 * - `dist/index.js`: the root (data, queries, types), `dist/validate.js`: the
 *   validator API, `dist/load.js`: one document from its JSON file
 *   (`loadDocument`), `dist/cli.js`: the `bin`;
 * - `dist/documents/<id>.js`: one entry per document of the manifest, which
 *   reads the document's JSON file shipped in the package
 *   (`dist/data/documents/<id>.json`, written compact by
 *   scripts/package-documents.mjs, also the `./documents/<id>.json` subpath)
 *   with `require`: the package holds each document once, not once
 *   as JSON and again inside a module. The root imports the same modules, so
 *   with code splitting a document is one shared module: a subpath import
 *   loads that document only, and the root and a subpath get the same object.
 *   All share one declaration, `dist/document.d.ts` (default export typed
 *   `Document`), which package.json `exports` names for `./documents/*`.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { defineConfig, type Options } from 'tsup';

type Plugin = NonNullable<Options['esbuildPlugins']>[number];

const manifest = JSON.parse(readFileSync('generated/data/index.json', 'utf8')) as { documents: Array<{ id: string }> };
const ids = manifest.documents.map((d) => d.id).sort();

/**
 * Document JSON files become modules that `require` the same file from the
 * installed package (`dist/documents/<id>.js` → `../data/documents/<id>.json`),
 * and the root's registry (`generated/package/documents.js`, which imports the
 * JSON for tsx) becomes imports of those modules.
 */
const documentJson: Plugin = {
  name: 'document-json',
  setup(build) {
    build.onLoad({ filter: /[\\/]generated[\\/]data[\\/]documents[\\/][^\\/]+\.json$/ }, (args) => {
      const file = basename(args.path);
      return {
        contents: `import { createRequire } from 'node:module';\nconst document = createRequire(import.meta.url)(${JSON.stringify(`../data/documents/${file}`)});\nexport default document;\n`,
        loader: 'js',
      };
    });
    // The root's registry imports the document entries themselves (external, next to it in dist/)
    // instead of bundling the JSON a second time.
    build.onLoad({ filter: /[\\/]generated[\\/]package[\\/]documents\.js$/ }, () => ({
      contents: `${ids.map((id, i) => `import document${i} from './documents/${id}.js';`).join('\n')}\nexport const documents = [${ids.map((_, i) => `document${i}`).join(', ')}];\n`,
      loader: 'js',
    }));
    build.onResolve({ filter: /^\.\/documents\/[^/]+\.js$/ }, (args) => (/[\\/]generated[\\/]package[\\/]documents\.js$/.test(args.importer) ? { path: args.path, external: true } : undefined));
  },
};

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    validate: 'src/validator.ts',
    load: 'src/load.ts',
    cli: 'src/cli/main.ts',
    // The worker threads of a parallel build (src/dataset/parallel.ts looks for it beside its own chunk).
    worker: 'src/dataset/worker.ts',
    ...Object.fromEntries(ids.map((id) => [`documents/${id}`, `generated/data/documents/${id}.json`])),
  },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  dts: { entry: { index: 'src/index.ts', validate: 'src/validator.ts', load: 'src/load.ts', document: 'src/document.ts' } },
  clean: true,
  sourcemap: false,
  splitting: true,
  treeshake: false,
  external: ['json-schema-to-typescript'],
  esbuildPlugins: [documentJson],
  esbuildOptions(options) {
    options.charset = 'utf8';
  },
});
