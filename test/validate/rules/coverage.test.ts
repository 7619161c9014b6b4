import { describe, expect, it } from 'vitest';
import { coverage, coverageGaps } from '../../../src/validate/rules/coverage.js';
import { fixtureDocument, fixtureSource, run, sourceText } from './fixture.js';

describe('rule coverage', () => {
  it("passes a document whose headings and paragraphs hold every character of its source once (items don't count)", () => {
    expect(run(coverage, [fixtureDocument()])).toEqual([]);
  });
  it('reports a character in no place (a paragraph that stops short)', () => {
    const doc = fixtureDocument();
    doc.sections[0]!.paragraphs[0]!.span = { start: 11, end: 26, line: 3, column: 1 };
    expect(run(coverage, [doc])).toEqual([`coverage doc-a#/sections: source character 28 (${JSON.stringify(sourceText.slice(28, 58))}) lies in no section, paragraph or omitted range`]);
  });
  it('reports a character in two places (a heading span running into its paragraph)', () => {
    const doc = fixtureDocument();
    doc.sections[0]!.span = { start: 0, end: 16, line: 1, column: 1 };
    expect(run(coverage, [doc])).toEqual([`coverage doc-a#/sections: source character 11 (${JSON.stringify(sourceText.slice(11, 41))}) lies in two places of the document`]);
  });
  it('counts a range the document records as omitted as its place', () => {
    const doc = fixtureDocument();
    doc.sections[0]!.paragraphs[0]!.span = { start: 11, end: 26, line: 3, column: 1 };
    doc.omitted = [{ reason: 'markup', span: { start: 28, end: 46, line: 3, column: 18 } }];
    expect(run(coverage, [doc])).toEqual([]);
  });
  it('is not checked against a source the document was not built from (source-hash reports that)', () => {
    const doc = fixtureDocument();
    doc.sections[0]!.paragraphs = [];
    expect(run(coverage, [doc], new Map([['doc-a', { ...fixtureSource, sha256: 'other' }]]))).toEqual([]);
  });
  it('gives the first offsets of each kind', () => {
    const doc = fixtureDocument();
    doc.sections[0]!.paragraphs = [];
    expect(coverageGaps(sourceText, doc, 3)).toEqual({ uncovered: [11, 12, 13], twice: [] });
  });
  it('finds gaps and overlaps wherever the places lie, in source order, whatever order the tree gives them in', () => {
    const doc = fixtureDocument();
    const span = (start: number, end: number) => ({ start, end, line: 1, column: start + 1 });
    // Three places over one stretch (counted once for each character), one before all, a gap at the end.
    doc.sections[0]!.span = span(0, 16);
    doc.sections[0]!.paragraphs = [
      { id: 'doc-a/chp_1__para_1', text: { en: 'x' }, span: span(13, 20) },
      { id: 'doc-a/chp_1__para_2', text: { en: 'x' }, span: span(11, 14) },
      { id: 'doc-a/chp_1__para_3', text: { en: 'x' }, span: span(24, 40) },
    ];
    // 11–15 (`China`) lie in two or three places; 20–23 (`l ac`, its space blank) and 40–45 (`rcent.`) in none.
    expect(coverageGaps(sourceText, doc, 20)).toEqual({ uncovered: [20, 22, 23, 40, 41, 42, 43, 44, 45], twice: [11, 12, 13, 14, 15] });
    expect(coverageGaps(sourceText, doc, 2)).toEqual({ uncovered: [20, 22], twice: [11, 12] });
  });
});
