/**
 * Plain text structured only by unnumbered heading lines (issue 24: structure on sources the corpus lacks): a
 * statement copied from a web page, its sections titled by short lines between paragraphs. Before, such a text was
 * one section of paragraphs (and the parser warned that it found no heading).
 */
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/parse/index.js';
import { foldText } from '../../src/text/fold.js';
import type { ParsedSection } from '../../src/parse/types.js';

/** Each top-level section as `kind: title` with its paragraph count. */
const outline = (text: string) =>
  parseSource(text, { format: 'text' }).sections.map((s: ParsedSection) => {
    const part = s.heading && Object.values(s.heading.parts)[0];
    return `${s.kind}${part?.title ? `: ${foldText(text, part.title.start, part.title.end)}` : ''} (${s.paragraphs.length})`;
  });

const statement = [
  'Joint Statement on Responsible State Behaviour in Cyberspace',
  '12 May 2025',
  'We, the Foreign Ministers of the participating States, met today to reaffirm our commitment to an open and secure cyberspace.',
  'Our shared principles',
  'We affirm that international law, including the Charter of the United Nations, applies in cyberspace.',
  'Countering ransomware',
  'We will strengthen cooperation to disrupt ransomware actors. We call on all States to act.',
  'Next steps',
  'We will meet again in 2026 to review progress.',
  'Paris, 12 May 2025',
].join('\n\n');

describe('unnumbered heading lines in plain text', () => {
  it('title the sections; the title lines are front matter, the first sentence a preface', () => {
    expect(outline(statement + '\n')).toEqual(['front-matter (2)', 'preface (1)', 'chapter: Our shared principles (1)', 'chapter: Countering ransomware (1)', 'chapter: Next steps (2)']);
  });
  it('a line in capitals may be longer', () => {
    const text =
      'A Statement\n\nWe met today to discuss cooperation in cyberspace among many partners.\n\nCOMMON PRINCIPLES FOR THE RESPONSIBLE DEVELOPMENT AND USE OF DIGITAL TECHNOLOGIES IN OUR REGION\n\nWe affirm that international law applies in cyberspace in full.\n\nNEXT STEPS\n\nWe will meet again next year to review our progress.\n';
    expect(outline(text)).toEqual([
      'front-matter (1)',
      'preface (1)',
      'chapter: COMMON PRINCIPLES FOR THE RESPONSIBLE DEVELOPMENT AND USE OF DIGITAL TECHNOLOGIES IN OUR REGION (1)',
      'chapter: NEXT STEPS (1)',
    ]);
  });
  it('in Chinese too', () => {
    const text =
      '关于数字合作的联合声明\n\n各方一致认为，数字技术为经济社会发展带来重大机遇。\n\n共同愿景\n\n各方致力于构建开放、公平、非歧视的数字发展环境。\n\n务实合作\n\n各方同意在数据安全领域开展交流与合作，共同应对网络安全威胁。\n';
    expect(outline(text)).toEqual(['front-matter (1)', 'preface (1)', 'chapter: 共同愿景 (1)', 'chapter: 务实合作 (1)']);
  });
  it('not one such line alone, nor a line no sentence follows', () => {
    const one = 'A Statement\n\nWe met today to discuss cooperation in cyberspace among many partners.\n\nOur principles\n\nWe affirm that international law applies in cyberspace in full.\n';
    expect(outline(one)).toEqual(['section (4)']);
    const signatures = 'A Statement\n\nWe met today to discuss cooperation in cyberspace among partners.\n\nJane Doe\n\nJohn Roe\n';
    expect(outline(signatures)).toEqual(['section (4)']);
  });
  it('not in a text with numbered headings (they make its structure)', () => {
    const text =
      'Strategy\n\n1. Introduction\n\nThe strategy sets out the aims of the Government for the years ahead.\n\nOur approach\n\nThe Government will work with partners to protect networks.\n\nNext steps\n\nThe Government will publish a yearly progress report.\n';
    expect(outline(text).filter((s) => s.startsWith('chapter'))).toEqual(['chapter: 1. Introduction (5)']);
  });
});
