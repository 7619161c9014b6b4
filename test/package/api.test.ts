/** The package's entry points from source: root data and queries, the validator API, the exports for non-JS users. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as pkg from '../../src/index.js';
import { claimsByKind, documents, getDocument, getItem, getParagraph, getSection, isDocumentId, itemsOfConcept, sectionsOf } from '../../src/index.js';
import { csvField, exportFileNames, exportFiles, toCsv } from '../../src/dataset/exports.js';
import { formatMessages, validateCorrection, validateDocument } from '../../src/validator.js';
import { emailPattern, root } from './helpers.js';

const strategyId = 'intl-strategy-cyberspace-cooperation-2017';

describe('package entry point', () => {
  it('should expose the public api', () => {
    expect(Object.keys(pkg).sort()).toEqual([
      'claimsByKind',
      'conceptKeys',
      'concepts',
      'documentIds',
      'documents',
      'documentsWhere',
      'exportFile',
      'getDocument',
      'getItem',
      'getParagraph',
      'getSection',
      'isDocumentId',
      'itemsOfConcept',
      'manifest',
      'paragraphsOf',
      'sectionsOf',
      'workIds',
      'works',
    ]);
  });

  it('gives every document, sorted, and each by id', () => {
    expect(documents.map((d) => d.id)).toEqual([...pkg.documentIds]);
    expect(getDocument(strategyId).title.en).toBe('International Strategy of Cooperation on Cyberspace');
    expect(() => getDocument('nope' as typeof strategyId)).toThrow(/unknown document id "nope"/u);
    expect(isDocumentId(strategyId)).toBe(true);
    expect(isDocumentId('nope')).toBe(false);
  });

  it('finds sections, paragraphs and items by id', () => {
    const section = getSection(strategyId, `${strategyId}/chp_2`);
    expect(section?.title?.en).toBe('Chapter II. Basic Principles');
    expect(getSection(getDocument(strategyId), `${strategyId}/chp_99`)).toBeUndefined();
    const paragraph = section!.paragraphs[0]!;
    expect(getParagraph(paragraph.id)).toBe(paragraph);
    expect(getItem(paragraph.id)).toEqual({ type: 'paragraph', documentId: strategyId, value: paragraph });
    const principle = getDocument(strategyId).principles[1]!;
    expect(getItem(principle.id)?.type).toBe('principle');
    expect(getItem('no/such__id')).toBeUndefined();
    expect([...sectionsOf(getDocument(strategyId))].length).toBe(pkg.manifest.documents.find((d) => d.id === strategyId)!.counts.sections);
  });

  it('follows a concept across documents and filters claims by kind', () => {
    const sovereignty = itemsOfConcept('sovereignty');
    expect(sovereignty.principles.map((p) => p.name.en)).toContain('The Principle of Sovereignty');
    expect(sovereignty.actionItems.every((a) => a.concepts?.includes('sovereignty'))).toBe(true);
    expect(sovereignty.claims.length).toBeGreaterThan(0);
    expect(() => itemsOfConcept('nope' as 'sovereignty')).toThrow(/unknown concept/u);
    const stats = claimsByKind('statistic');
    expect(stats.length).toBeGreaterThan(0);
    expect(stats.every((c) => c.kind === 'statistic')).toBe(true);
    expect(claimsByKind('event', strategyId).every((c) => c.id.startsWith(`${strategyId}/`))).toBe(true);
  });
});

describe('validator api', () => {
  const text = readFileSync(join(root, `generated/data/documents/${strategyId}.json`), 'utf8');
  const source = readFileSync(join(root, `data/sources/${strategyId}.txt`));

  it('accepts a document, with its source too', () => {
    expect(validateDocument(JSON.parse(text))).toEqual([]);
    expect(validateDocument(text, { source })).toEqual([]);
  });

  it('places schema errors, syntax errors and integrity errors in the file', () => {
    const broken = text.replace('"kind": "strategy"', '"kind": "novel"');
    const [schema] = validateDocument(broken, { file: 'x.json' });
    expect(schema).toMatchObject({ file: 'x.json', line: 8, column: 11, severity: 'error', ruleId: 'document-schema' });
    expect(schema!.hint).toBe('see schemas/document.schema.json');
    expect(validateDocument('{ "id": ', { file: 'y.json' })[0]).toMatchObject({ file: 'y.json', line: 1, ruleId: 'json-syntax' });
    const changed = validateDocument(text, { source: `${source.toString('utf8')} ` });
    expect(changed.map((m) => m.ruleId)).toContain('source-changed');
    expect(formatMessages([schema!])).toMatch(/^x\.json:8:11: error .* \[document-schema\]\n {2}hint: /u);
  });

  it('validates a correction against the schema, and against the documents when given', () => {
    const messages = validateCorrection({});
    expect(messages.length).toBeGreaterThan(0);
    expect(messages[0]).toMatchObject({ file: 'correction.yaml', line: 1, column: 1, ruleId: 'schema' });
    const yaml = 'target: chinese-contribution-internet-governance-2017/chp_1__para_9\nexpect: x\nop: replace-text\nfind: x\nreplace: y\nreason: a test\nproposedBy: tester\n';
    expect(validateCorrection(yaml, { file: 'fix.yaml' })).toEqual([]);
    const [unknown] = validateCorrection(yaml, { file: 'fix.yaml', documents });
    expect(unknown).toMatchObject({ file: 'fix.yaml', line: 1, column: 1, ruleId: 'unknown-target' });
    expect(unknown!.hint).toContain('chinese-contribution-internet-governance-2017/chp_1__para_1');
  });
});

describe('exports for non-JS users', () => {
  const files = exportFiles(documents);

  it('quotes CSV fields per RFC 4180', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(undefined)).toBe('');
    expect(csvField(1.5)).toBe('1.5');
    expect(toCsv(['a', 'b'], [[1, 'x,y']])).toBe('a,b\r\n1,"x,y"\r\n');
  });

  it('writes every export file, as the build commits them', () => {
    expect([...files.keys()].sort()).toEqual([...exportFileNames].sort());
    for (const [name, content] of files) expect(readFileSync(join(root, 'generated/data', name), 'utf8')).toBe(content);
  });

  it('exportFile makes each flat file from the shipped documents, byte for byte the committed one (issue 23)', () => {
    for (const name of exportFileNames) expect(pkg.exportFile(name)).toBe(readFileSync(join(root, 'generated/data', name), 'utf8'));
    expect(() => pkg.exportFile('nothing.csv' as never)).toThrow(/unknown export file "nothing\.csv": one of documents\.jsonl, entities\.jsonl/u);
  });

  it('has one JSONL line per entity and one CSV row per item', () => {
    const lines = files
      .get('entities.jsonl')!
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { entity: string; documentId: string });
    const count = (entity: string) => lines.filter((l) => l.entity === entity).length;
    const totals = pkg.manifest.documents.reduce(
      (t, d) => ({ s: t.s + d.counts.sections, p: t.p + d.counts.paragraphs, c: t.c + d.counts.claims, a: t.a + d.counts.actionItems, r: t.r + d.counts.principles }),
      { s: 0, p: 0, c: 0, a: 0, r: 0 },
    );
    expect([count('section'), count('paragraph'), count('principle'), count('action-item'), count('claim')]).toEqual([totals.s, totals.p, totals.r, totals.a, totals.c]);
    expect(lines.every((l) => pkg.isDocumentId(l.documentId))).toBe(true);
    const rows = (name: string) =>
      files
        .get(name)!
        .split('\r\n')
        .filter((r) => /^[a-z0-9-]+\/[^,]*,/u.test(r)).length;
    expect(rows('claims.csv')).toBe(totals.c);
    expect(rows('principles.csv')).toBe(totals.r);
    expect(files.get('documents.jsonl')!.trimEnd().split('\n')).toHaveLength(documents.length);
  });

  it('exports definitions: a line of entities.jsonl and a row of definitions.csv each (issue 21)', () => {
    const base = documents[0]!;
    const paragraph = [...sectionsOf(base)].flatMap((s) => s.paragraphs.map((p) => [s, p] as const))[0]!;
    const definition = {
      id: `${paragraph[1].id}__def_1`,
      sectionId: paragraph[0].id,
      paragraphId: paragraph[1].id,
      term: { en: 'cyberspace' },
      definition: { en: 'a space, with a comma' },
      span: paragraph[1].span ?? paragraph[1].spans!.en,
    };
    const out = exportFiles([{ ...base, definitions: [definition] }]);
    const line = out
      .get('entities.jsonl')!
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { entity: string; id: string })
      .find((l) => l.entity === 'definition');
    expect(line).toMatchObject({ entity: 'definition', id: definition.id, documentId: base.id });
    expect(out.get('definitions.csv')!.split('\r\n')[1]).toBe(
      `${definition.id},${base.id},${definition.sectionId},${definition.paragraphId},cyberspace,,"a space, with a comma",,${definition.span.start},${definition.span.end},${definition.span.line},${definition.span.column}`,
    );
  });

  it('flattens quantities into ;-joined columns and a long table', () => {
    const claim = documents.flatMap((d) => d.claims).find((c) => (c.quantities?.length ?? 0) > 1)!;
    const row = files
      .get('claims.csv')!
      .split('\r\n')
      .find((r) => r.startsWith(`${claim.id},`))!;
    expect(row).toContain(claim.quantities!.map((q) => String(q.value)).join(';'));
    const long = files
      .get('quantities.csv')!
      .split('\r\n')
      .filter((r) => r.startsWith(`${claim.id},`));
    expect(long).toHaveLength(claim.quantities!.length);
  });

  it('holds no e-mail address', () => {
    for (const [name, content] of files) expect(emailPattern.test(content), name).toBe(false);
  });
});
