/**
 * Plain text: a numbered title line over the lines of its text, with no blank line between them and often no space
 * after the number (`1.Definitions` ⏎ `In this Licence, the following terms …`, as licences and laws extracted
 * from PDF print them), is a heading; the first line of a wrapped list item is not. Texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { toDocument } from '../../src/dataset/document.js';
import { parseSource } from '../../src/parse/index.js';
import { coverageProblems, stubMetadata } from './markdown-helpers.js';

const read = (text: string) => {
  const parsed = parseSource(text, { format: 'text' });
  const doc = toDocument(stubMetadata, { text, sha256: '', bytes: text.length }, parsed.sections, parsed.skip, parsed.omitted);
  return {
    titles: doc.sections.filter((s) => s.title).map((s) => s.title?.en ?? ''),
    first: doc.sections.find((s) => s.title)?.paragraphs[0]?.text.en,
    problems: coverageProblems(text, doc, parsed.skip),
  };
};

const wrapped = (line: string) => `${line} and the rest of this sentence runs on to the end of the line as a wrapped text does`;

describe('a numbered title line over its text', () => {
  const text = `EXAMPLE LICENCE v. 1.0\n\n1.Definitions\n${wrapped('In this Licence, the following terms have the following meaning')}\n— The Work: the work.\n\n2.Scope of the rights\n${wrapped('The Licensor hereby grants You a worldwide licence')}\n\n3.Communication of the Source Code\n${wrapped('The Licensor may provide the Work as Source Code')}\n`;
  it('is a heading, the lines after it its first paragraph', () => {
    const got = read(text);
    expect(got.titles).toEqual(['1.Definitions', '2.Scope of the rights', '3.Communication of the Source Code']);
    expect(got.first).toMatch(/^In this Licence, the following terms/u);
    expect(got.problems).toEqual([]);
  });
  it('also a title closed by its own full stop (`0. Definitions.` ⏎ `"This License" refers to …`)', () => {
    const text = `EXAMPLE LICENSE\n\n0. Definitions.\n${wrapped('“This License” refers to version 3 of the Example License')}\n\n1. Source Code.\n${wrapped('The “source code” for a work means the preferred form of the work')}\n`;
    expect(read(text).titles).toEqual(['0. Definitions.', '1. Source Code.']);
    expect(read(text).problems).toEqual([]);
  });
  it('a title in capitals over any text: a short line, a lettered item, a text in capitals', () => {
    const text = `EXAMPLE LICENSE\n\n1. DEFINITIONS\n"Contribution" means:\n\na. the original work; and\n\nb. its changes.\n\n2. GRANT OF RIGHTS\na.  Subject to the terms of this Agreement, each Contributor hereby\ngrants Recipient a licence.\n\n3. NO WARRANTY\nEXCEPT AS EXPRESSLY SET FORTH IN THIS AGREEMENT, THE WORK IS PROVIDED AS IS.\n`;
    expect(read(text).titles).toEqual(['1. DEFINITIONS', '2. GRANT OF RIGHTS', '3. NO WARRANTY']);
    expect(read(text).problems).toEqual([]);
    // A wrapped item in capitals is no title over its own lines.
    const caps = `Intro\n\n1. THE PARTIES AGREE TO STRENGTHEN COOPERATION\nON CYBER ISSUES AND CAPACITY.\n\n2. THE PARTIES AGREE TO PROMOTE OPEN\nSTANDARDS FOR THE NETWORKS.\n`;
    expect(read(caps).titles).toEqual([]);
  });
  it('also over a text numbered under its own number (`5. Making Products` ⏎ `5.1 You may …`)', () => {
    const text = `EXAMPLE AGREEMENT\n\n1.   Introduction\n1.1  ${wrapped('This Agreement governs how you may use the Example Documentation')}\n\n2.   Making Products\n2.1  ${wrapped('You may use the Example Documentation to make products')}\n`;
    expect(read(text).titles).toEqual(['1. Introduction', '2. Making Products']);
    expect(read(text).problems).toEqual([]);
    // Not over a number of another title's (`2.1` under `1.`).
    const other = `EXAMPLE AGREEMENT\n\n1.   Introduction\n2.1  ${wrapped('This Agreement governs how you may use the Example Documentation')}\n`;
    expect(read(other).titles).toEqual([]);
  });
  it('not the first line of a wrapped item, nor a title line with no neighbour in sequence', () => {
    const items = `Intro\n\n1. Strengthen cooperation with partners on\ncyber issues and build capacity across the region and beyond.\n\n2. Promote open standards for the networks of\nthe region, with the support of industry and academia.\n`;
    expect(read(items).titles).toEqual([]);
    expect(read(`Intro\n\n4.Definitions\n${wrapped('In this Licence, the following terms have the following meaning')}\n`).titles).toEqual([]);
  });
});
