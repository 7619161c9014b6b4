/**
 * The parser must not depend on the seeds' exact bytes: the same documents
 * with CRLF line ends, a BOM, tabs for indentation, doubled blank lines and
 * hard-wrapped paragraphs give the same outline; unknown structure becomes
 * paragraphs without losing text or throwing.
 */
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/parse/index.js';
import { fold } from '../../src/text/fold.js';
import { documentIds, outlinedIds, outlineOf, readOutline, readSource, sectionsOf } from '../helpers.js';
import { walkNodes } from '../../src/text/tree.js';
import type { Section } from '../../generated/types/index.js';

/** Wrap lines longer than `width` at spaces (English) or every `width / 2` characters (Chinese). */
function hardWrap(text: string, width = 80): string {
  return text
    .split('\n')
    .map((line) => {
      if (line.length <= width) return line;
      if (/\p{Script=Han}/u.test(line) && !/ \p{Script=Latin}/u.test(line.slice(0, width))) {
        const chunks: string[] = [];
        for (let i = 0; i < line.length; i += width / 2) chunks.push(line.slice(i, i + width / 2));
        return chunks.join('\n');
      }
      const out: string[] = [];
      let current = '';
      for (const word of line.split(' ')) {
        if (current && current.length + word.length + 1 > width) {
          out.push(current);
          current = word;
        } else current = current ? `${current} ${word}` : word;
      }
      out.push(current);
      return out.join('\n');
    })
    .join('\n');
}

const variants: Record<string, (text: string) => string> = {
  'CRLF line ends': (t) => t.replace(/\n/g, '\r\n'),
  'a byte order mark': (t) => `\uFEFF${t}`,
  'tabs for indentation': (t) => t.replace(/^ {2,}/gm, '\t'),
  'doubled blank lines': (t) => t.replace(/\n\n/g, '\n\n\n'),
  'hard-wrapped paragraphs': (t) => hardWrap(t),
};

describe.each(outlinedIds)('%s', (id) => {
  for (const [name, transform] of Object.entries(variants)) {
    it(`gives the same outline with ${name}`, () => {
      expect(outlineOf(sectionsOf(id, transform(readSource(id))))).toEqual(readOutline(id));
    });
  }
});

/** The outline and every paragraph's text (offsets differ between line-end conventions; texts must not). */
const reading = (sections: readonly Section[]) => [...outlineOf(sections), ...[...walkNodes(sections)].flatMap((s) => s.paragraphs.map((p) => JSON.stringify(p.text)))];

// Every document of the dataset, Markdown and plain text: a source saved on Windows (CRLF) reads as the same document.
describe.each(documentIds)('%s with other line ends', (id) => {
  const lf = reading(sectionsOf(id));
  // (CR alone is read the same way, by the same function: test/text/breaks.test.ts.)
  it('reads the same with CRLF line ends', () => {
    expect(reading(sectionsOf(id, readSource(id).replace(/\n/g, '\r\n')))).toEqual(lf);
  });
});

describe('unknown structure', () => {
  const text = 'A. First part\n\nSome text that is a paragraph.\n\nB) Another part\n\n§ 3 Yet another style\n\nMore text\nover two lines.\n';

  it('keeps every paragraph of a document without known headings in one section', () => {
    const { sections } = parseSource(text);
    expect(sections).toHaveLength(1);
    expect(sections[0]!.kind).toBe('section');
    const texts = sections[0]!.paragraphs.map((p) => fold(text, p.parts.en!.start, p.parts.en!.end).text);
    expect(texts).toEqual(['A. First part', 'Some text that is a paragraph.', 'B) Another part', '§ 3 Yet another style', 'More text over two lines.']);
  });

  it('does not throw on empty, blank or heading-only input', () => {
    expect(parseSource('').sections).toEqual([]);
    expect(parseSource('\n\n  \n').sections).toEqual([]);
    expect(parseSource('1. Introduction').sections.map((s) => s.kind)).toEqual(['chapter']);
  });

  it('puts text after an unknown heading into the nearest section', () => {
    const input = '1. Known heading\n\nText.\n\n(a) unknown style heading\n\nMore text.\n';
    const { sections } = parseSource(input);
    expect(sections).toHaveLength(1);
    expect(sections[0]!.paragraphs).toHaveLength(3);
  });
});
