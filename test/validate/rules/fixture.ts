/** A small document and its source for the integrity rules' tests: every entity kind, spans that reproduce their texts. */
import type { Document } from '../../../generated/types/index.js';
import { checkIntegrity } from '../../../src/validate/integrity.js';
import type { IntegrityRule, SourceInfo } from '../../../src/validate/rules/index.js';

export const sourceText = 'Title One\n\nChina will act.  It grew 5 percent.\n';

const at = (start: number, end: number) => ({ start, end, line: 1, column: start + 1 });

/** A fresh copy each time (tests change it). */
export function fixtureDocument(id = 'doc-a'): Document {
  const section = `${id}/chp_1`;
  const paragraph = `${section}__para_1`;
  return {
    id,
    work: id,
    title: { en: 'Doc' },
    kind: 'strategy',
    issuer: 'Someone',
    date: '2020-01-01',
    languages: ['en'],
    origin: { publisher: 'Someone' },
    rights: { status: 'public-domain', basis: 'a text written for this test' },
    source: { path: `data/sources/${id}.txt`, sha256: 'abc', bytes: sourceText.length },
    redactions: [],
    sections: [
      {
        id: section,
        kind: 'chapter',
        level: 1,
        title: { en: 'Title One' },
        span: at(0, 9),
        paragraphs: [{ id: paragraph, text: { en: 'China will act. It grew 5 percent.' }, span: at(11, 46) }],
        children: [],
      },
    ],
    principles: [],
    actionItems: [{ id: `${paragraph}__action_1`, sectionId: section, paragraphId: paragraph, actor: 'China', modality: 'commitment', text: { en: 'China will act.' }, span: at(11, 26) }],
    claims: [{ id: `${paragraph}__claim_1`, sectionId: section, paragraphId: paragraph, kind: 'statistic', text: { en: 'It grew 5 percent.' }, span: at(28, 46) }],
  } as unknown as Document;
}

export const fixtureSource: SourceInfo = { text: sourceText, sha256: 'abc', skip: [] };

/** Run one rule over documents (each with the fixture's source unless `sources` says otherwise): `ruleId document#pointer: reason` lines. */
export function run(rule: IntegrityRule, documents: Document[], sources?: Map<string, SourceInfo>): string[] {
  const pointers: string[] = [];
  const messages = checkIntegrity({
    documents,
    sources: sources ?? new Map(documents.map((d) => [d.id, fixtureSource])),
    fileOf: (id) => `generated/data/documents/${id}.json`,
    locate: (id, pointer) => {
      pointers.push(`${id}#${pointer}`);
      return undefined;
    },
    rules: [rule],
  });
  return messages.map((m, i) => `${m.ruleId} ${pointers[i]}: ${m.reason}`);
}
