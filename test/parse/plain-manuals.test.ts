/**
 * Annexes and tables of contents of a plain text as manuals print them (texts written for this test): an annex
 * (`Appendix A. Terms`, `Exhibit B`, `附件2`) is a section of its own at the top, the headings numbered in it a level
 * down (titles as printed, label included); a table of contents ends where the body prints its first entry behind a label word (`Chapter 1. Aims` for
 * `1. Aims`), and a chapter's own table of contents joins the document's; a numbered title underlined by the next
 * line (`1.1. Names` ⏎ `~~~~~~~~~~`) is a heading holding its underline.
 */
import { describe, expect, it } from 'vitest';
import { toDocument } from '../../src/dataset/document.js';
import { parseSource } from '../../src/parse/index.js';
import { readAnnex } from '../../src/parse/numbering.js';
import { stubMetadata } from './markdown-helpers.js';

const outline = (text: string) => {
  const parsed = parseSource(text, { format: 'text' });
  const doc = toDocument(stubMetadata, { text, sha256: '', bytes: text.length }, parsed.sections, parsed.skip, parsed.omitted);
  const walk = (sections: typeof doc.sections): string[] =>
    sections.flatMap((s) => [`${'  '.repeat(s.level - 1)}${s.kind} ${s.label ?? ''} | ${s.title?.en ?? s.title?.zh ?? ''} | ${s.paragraphs.length}`, ...walk(s.children)]);
  return walk(doc.sections.filter((s) => s.kind !== 'front-matter'));
};

describe('an annex of a plain text', () => {
  it('reads the label, with or without a title, and its closing punctuation', () => {
    expect(readAnnex('Appendix A. Example Terms')).toMatchObject({ label: 'Appendix A', number: 1, length: 'Appendix A. '.length });
    expect(readAnnex('Exhibit B - Example Notice')).toMatchObject({ label: 'Exhibit B', number: 2 });
    expect(readAnnex('附件2')).toMatchObject({ label: '附件2', number: 2 });
    expect(readAnnex('Annexes are listed below.')).toBeUndefined();
    expect(readAnnex('1. Example Aims')).toBeUndefined();
  });

  it('is a section at the top, its numbered headings a level down; a sentence opening with the word is no annex', () => {
    const text =
      'Example Strategy\n\n1. Aims\n\nThe aims of this example.\n\n1.1 Scope\n\nThe scope of this example.\n\nAppendix A. Example Terms\n\nThe terms used.\n\n1. Short Terms\n\nShort terms first.\n\nAppendix B\n\nSchedule 2 sets out the example fees in full.\n';
    expect(outline(text)).toEqual([
      'chapter 1 | 1. Aims | 1',
      '  section 1.1 | 1.1 Scope | 1',
      'annex Appendix A | Appendix A. Example Terms | 1',
      '  section 1 | 1. Short Terms | 1',
      'annex Appendix B | Appendix B | 1',
    ]);
  });
});

describe('the tables of contents of a manual in plain text', () => {
  it('ends the first where the body prints its first entry behind a label word; a chapter’s own joins it', () => {
    const text = [
      'Example Manual',
      'Table of Contents',
      '1. About this example',
      '2. Example Rules',
      '2.1. Names',
      '2.2. Places',
      '                 Chapter 1. About this example',
      'This example manual shows how a manual is printed as text.',
      '                 Chapter 2. Example Rules',
      'Table of Contents',
      '2.1. Names',
      '2.2. Places',
      '2.1. Names',
      'Names are short.',
      '2.2. Places',
      'Places are near.',
      '',
    ].join('\n\n');
    expect(outline(text)).toEqual([
      // Four entries, then the chapter's label and its two entries.
      'contents  | Table of Contents | 7',
      'chapter Chapter 1 | Chapter 1. About this example | 1',
      'chapter Chapter 2 | Chapter 2. Example Rules | 0',
      '  section 2.1 | 2.1. Names | 1',
      '  section 2.2 | 2.2. Places | 1',
    ]);
  });
});

describe('an underlined numbered title of a plain text', () => {
  it('is a heading holding its underline, the lines after it text, its title without the underline', () => {
    const text =
      'Example Manual\n==============\n\nThis manual describes the example rules for the example project.\n\n1. Rules\n--------\n\nThe rules of this example.\n\n1.1. Names\n~~~~~~~~~~\nNames are short.\n\n1.2. Places\n---\n\nPlaces are near.\n';
    // The title lines and the sentence before the first numbered heading are front matter, as without underlines.
    expect(outline(text)).toEqual(['chapter 1 | 1. Rules | 1', '  section 1.1 | 1.1. Names | 1', '  section 1.2 | 1.2. Places | 1']);
    const parsed = parseSource(text, { format: 'text' });
    const doc = toDocument(stubMetadata, { text, sha256: '', bytes: text.length }, parsed.sections, parsed.skip, parsed.omitted);
    const names = doc.sections.find((s) => s.number === 1)!.children[0]!;
    expect(text.slice(names.span!.start, names.span!.end)).toBe('1.1. Names\n~~~~~~~~~~');
    expect(names.paragraphs.map((p) => p.text.en)).toEqual(['Names are short.']);
  });
});
