/**
 * A stranger's project: the packed tarball installed into a fresh folder,
 * a program compiled with `tsc --strict` (module NodeNext) that imports the
 * root, a document subpath, the validator and the types, and requires a
 * document's JSON (the fast path), run with plain `node`. And the privacy
 * promise on the tarball: no e-mail address, no sources, no tests.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { documentIds } from '../../generated/types/ids.js';
import { emailPattern, pack, root, run } from './helpers.js';

const program = `import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isDeepStrictEqual } from 'node:util';
import { documents, getDocument, getItem, itemsOfConcept, claimsByKind, manifest, works, concepts, documentIds, exportFile } from 'cyberspace-policy-data';
import type { Document, Claim, DocumentId, Principle } from 'cyberspace-policy-data';
import strategy from 'cyberspace-policy-data/documents/intl-strategy-cyberspace-cooperation-2017';
import { validateDocument, type ValidationMessage } from 'cyberspace-policy-data/validate';
import { loadDocument } from 'cyberspace-policy-data/load';
import schema from 'cyberspace-policy-data/schemas/document.schema.json' with { type: 'json' };

const doc: Document = strategy;
const require = createRequire(import.meta.url);
const required: Document = require('cyberspace-policy-data/documents/intl-strategy-cyberspace-cooperation-2017.json');
const loaded: Document = loadDocument('intl-strategy-cyberspace-cooperation-2017');
let unknownId = '';
try {
  loadDocument('no-such-document' as DocumentId);
} catch (error) {
  unknownId = (error as Error).name;
}
const literal: 'intl-strategy-cyberspace-cooperation-2017' = strategy.id;
const csv = exportFile('claims.csv');
const jsonl = readFileSync(new URL(import.meta.resolve('cyberspace-policy-data/data/documents.jsonl')), 'utf8');
const id: DocumentId = 'intl-strategy-cyberspace-cooperation-2017';
const same = getDocument(id);
const chapters = doc.sections.filter((s) => s.kind === 'chapter').map((s) => \`\${s.label ?? ''} | \${s.title?.en ?? ''}\`);
const principles: Principle[] = doc.principles;
const statistics: Claim[] = claimsByKind('statistic');
const item = getItem(doc.principles[0]!.id);
const messages: ValidationMessage[] = validateDocument(strategy);
const broken: ValidationMessage[] = validateDocument({ ...strategy, kind: 'novel' });
console.log(JSON.stringify({
  chapters,
  principles: principles.map((p) => p.name.en),
  sameObject: same === strategy,
  requiredEqualsModule: isDeepStrictEqual(required, strategy),
  loadedEqualsModule: isDeepStrictEqual(loaded, strategy) && loaded !== strategy,
  unknownId,
  documents: documents.length,
  ids: documentIds.length,
  version: manifest.version,
  works: works.length,
  sovereignty: itemsOfConcept('sovereignty').principles.length,
  statistics: statistics.length,
  itemType: item?.type,
  valid: messages.length,
  broken: broken.map((m) => \`\${m.file}:\${m.line}:\${m.column} \${m.ruleId}\`),
  concepts: Object.keys(concepts).length,
  schema: (schema as { $id: string }).$id,
  literal,
  claimsCsvHeader: csv.split('\\r\\n')[0]!.split(',').slice(0, 3),
  jsonlDocuments: jsonl.trimEnd().split('\\n').length,
}));
`;

// Must not compile: getDocument accepts only known ids.
const wrong = `import { getDocument } from 'cyberspace-policy-data';
getDocument('no-such-document');
`;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

describe('consumer project', () => {
  let tarball = '';
  let project = '';
  let unpacked = '';

  beforeAll(() => {
    tarball = pack();
    unpacked = mkdtempSync(join(tmpdir(), 'cpd-unpacked-'));
    run('tar', ['-xzf', tarball, '-C', unpacked]);
    project = mkdtempSync(join(tmpdir(), 'cpd-consumer-'));
    writeFileSync(join(project, 'package.json'), `${JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2)}\n`);
    run('npm', ['install', tarball, 'typescript@~5.9.3', '@types/node@^20.19.0', '--no-audit', '--no-fund', '--prefer-offline'], { cwd: project });
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          target: 'ES2022',
          resolveJsonModule: true,
          exactOptionalPropertyTypes: true,
          noUncheckedIndexedAccess: true,
          outDir: 'out',
          types: ['node'],
        },
        include: ['src'],
      }),
    );
    mkdirSync(join(project, 'src'));
    writeFileSync(join(project, 'src/main.ts'), program);
  }, 300_000);

  it('compiles under tsc --strict and prints real data under plain node', () => {
    run(join(project, 'node_modules/.bin/tsc'), ['-p', '.'], { cwd: project });
    const out = JSON.parse(run(process.execPath, ['out/main.js'], { cwd: project })) as Record<string, unknown>;
    expect(out['chapters']).toEqual([
      'Chapter I | Chapter I. Opportunities and Challenges',
      'Chapter II | Chapter II. Basic Principles',
      'Chapter III | Chapter III. Strategic Goals',
      'Chapter IV | Chapter IV. Plan of Action',
    ]);
    expect(out['principles']).toEqual(['The Principle of Peace', 'The Principle of Sovereignty', 'The Principle of Shared Governance', 'The Principle of Shared Benefits']);
    expect(out['sameObject']).toBe(true);
    expect(out['requiredEqualsModule']).toBe(true);
    expect(out['loadedEqualsModule']).toBe(true);
    expect(out['unknownId']).toBe('RangeError');
    const manifest = JSON.parse(readFileSync(join(root, 'generated/data/index.json'), 'utf8')) as { documents: unknown[]; works: unknown[] };
    expect(out['documents']).toBe(manifest.documents.length);
    expect(out['ids']).toBe(manifest.documents.length);
    expect(out['works']).toBe(manifest.works.length);
    expect(out['sovereignty']).toBeGreaterThanOrEqual(1);
    expect(out['statistics']).toBeGreaterThan(0);
    expect(out['itemType']).toBe('principle');
    expect(out['valid']).toBe(0);
    expect(out['broken']).toEqual(['document.json:8:11 document-schema']);
    expect(out['concepts']).toBeGreaterThan(0);
    expect(out['schema']).toBe('https://cyberspace-policy-data.github.io/schemas/document.schema.json');
    expect(out['literal']).toBe('intl-strategy-cyberspace-cooperation-2017');
    expect(out['claimsCsvHeader']).toEqual(['id', 'document_id', 'section_id']);
    expect(out['jsonlDocuments']).toBe(manifest.documents.length);
  });

  /** The compiler's output for a file of the consumer project that must not compile. */
  const compileErrors = (source: string): string => {
    writeFileSync(join(project, 'src/wrong.ts'), source);
    try {
      run(join(project, 'node_modules/.bin/tsc'), ['-p', '.', '--noEmit'], { cwd: project });
    } catch (e) {
      return String((e as { stdout?: string }).stdout);
    }
    return '';
  };

  it('rejects an unknown document id at compile time', () => {
    expect(compileErrors(wrong)).toMatch(/wrong\.ts.*TS2345/u);
  });

  it('rejects an unknown id given to loadDocument at compile time', () => {
    expect(compileErrors("import { loadDocument } from 'cyberspace-policy-data/load';\nexport const doc = loadDocument('no-such-document');\n")).toMatch(/wrong\.ts.*TS2345/u);
  });

  it('rejects an unknown document subpath at compile time', () => {
    expect(compileErrors("import doc from 'cyberspace-policy-data/documents/no-such-document';\nexport const id: string = doc.id;\n")).toMatch(/wrong\.ts.*TS2307/u);
  });

  it("requires each document's JSON through the package's exports: the compact copy of generated/data/documents/ in dist/data/documents/", () => {
    // The fast path of the README ("One document"), resolved from the consumer's project, as its code would.
    const require = createRequire(join(project, 'src/main.js'));
    for (const id of documentIds) {
      const specifier = `cyberspace-policy-data/documents/${id}.json`;
      expect(require.resolve(specifier)).toBe(join(project, `node_modules/cyberspace-policy-data/dist/data/documents/${id}.json`));
      expect(require(specifier)).toEqual(JSON.parse(readFileSync(join(root, `generated/data/documents/${id}.json`), 'utf8')));
    }
  });

  it('runs the bin', () => {
    const out = run(join(project, 'node_modules/.bin/cyberspace-policy-data'), ['help'], { cwd: project });
    expect(out).toContain('usage: cyberspace-policy-data');
    expect(run(join(project, 'node_modules/.bin/cyberspace-policy-data'), ['--version'], { cwd: project }).trim()).toBe(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
  });

  it('the installed bin validates the user’s files from the user’s folder, and the maintainer commands refuse (issue 21)', () => {
    const bin = join(project, 'node_modules/.bin/cyberspace-policy-data');
    const shipped = join(project, 'node_modules/cyberspace-policy-data/dist/data/documents');
    const id = readdirSync(shipped).filter((f) => f.endsWith('.json'))[0]!;
    copyFileSync(join(shipped, id), join(project, 'my.json'));
    expect(run(bin, ['validate', 'my.json'], { cwd: project })).toBe('valid: my.json\n');
    expect(run(bin, ['validate', 'node_modules/cyberspace-policy-data/dist/data/documents'], { cwd: project })).toContain('valid: node_modules/cyberspace-policy-data/dist/data/documents');
    const refused = spawnSync(bin, ['import', 'my.json', '--id', 'foo-bar'], { cwd: project, encoding: 'utf8' });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('works in a checkout of the repository');
    expect(existsSync(join(project, 'node_modules/cyberspace-policy-data/data'))).toBe(false);
  });

  it("ships dist (with the documents' JSON, compact), schemas, documents.jsonl, the catalogue, the precompiled validators, README, REFERENCE, CHANGELOG and LICENSE only: no sources, no tests, no derived exports", () => {
    const files = walk(join(unpacked, 'package')).map((f) => relative(join(unpacked, 'package'), f));
    expect(files).toContain('LICENSE');
    expect(files).toContain('package.json');
    expect(files).toContain('schemas/document.schema.json');
    expect(files).toContain('dist/documents/intl-strategy-cyberspace-cooperation-2017.js');
    expect(files).toContain('generated/data/documents.jsonl');
    expect(files).not.toContain('generated/data/claims.csv');
    expect(files).not.toContain('generated/data/entities.jsonl');
    expect(files).toContain('dist/documents/intl-strategy-cyberspace-cooperation-2017.d.ts');
    for (const id of documentIds) expect(files).toContain(`dist/data/documents/${id}.json`);
    expect(files).toContain('generated/validate/validators.js');
    for (const name of ['catalog.json', 'catalog.csv', 'concepts.json']) expect(files).toContain(`generated/data/${name}`);
    for (const file of files)
      expect(file).toMatch(
        /^(dist\/|schemas\/|generated\/data\/(documents\.jsonl|catalog\.csv)$|generated\/data\/(catalog|concepts|index)\.json$|generated\/validate\/validators\.js$|README\.md$|REFERENCE\.md$|CHANGELOG\.md$|LICENSE$|package\.json$)/u,
      );
  });

  it('loads its precompiled validators where it is installed (their run-time helpers resolve from there)', () => {
    const code = "const m = require('./node_modules/cyberspace-policy-data/generated/validate/validators.js'); console.log(Object.keys(m.validators).sort().join(' '))";
    const out = run(process.execPath, ['-e', code], { cwd: project }).trim();
    expect(out.split(' ')).toContain('document.schema.json');
  });

  it('has no e-mail address in any file of the tarball', () => {
    const found = walk(join(unpacked, 'package'))
      .filter((f) => emailPattern.test(readFileSync(f, 'utf8')))
      .map((f) => relative(unpacked, f));
    expect(found).toEqual([]);
  });
});
