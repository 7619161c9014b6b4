/**
 * Plain text reads the numbering the Markdown front-end reads (issue 24: the two front-ends read the same schemes;
 * shapes the corpus lacks): decimals (`2.1 Resilient infrastructure`, `2.1.1 Roles`), each depth under the one
 * before; the parts of a plan (`第一部分 发展现状`); letters under roman numerals (`I. Introduction` ⏎ `A. Background`).
 */
import { describe, expect, it } from 'vitest';
import { toDocument } from '../../src/dataset/document.js';
import { parseSource } from '../../src/parse/index.js';
import { coverageProblems, stubMetadata } from './markdown-helpers.js';
import type { Section } from '../../src/extract/types.js';

/** Each section as `depth:title`, depth-first. */
const outline = (text: string) => {
  const parsed = parseSource(text, { format: 'text' });
  const doc = toDocument(stubMetadata, { text, sha256: '', bytes: text.length }, parsed.sections, parsed.skip, parsed.omitted);
  const rows: string[] = [];
  const visit = (sections: readonly Section[], depth: number) => {
    for (const s of sections) {
      if (s.title) rows.push(`${depth}:${s.title.en ?? s.title.zh}`);
      visit(s.children, depth + 1);
    }
  };
  visit(doc.sections, 1);
  return { rows, problems: coverageProblems(text, doc, parsed.skip) };
};

describe('decimal numbering in plain text', () => {
  it('nests by depth under the numbered headings', () => {
    const text = [
      'National Cybersecurity Strategy',
      '1. Introduction',
      'This strategy sets out the vision of the Government.',
      '2. Objectives',
      '2.1 Resilient infrastructure',
      'Operators shall report incidents within 24 hours.',
      '2.1.1 Reporting channels',
      'Reports go to the national centre.',
      '2.2 Skilled workforce',
      'The Government will train professionals.',
      '3. Implementation',
      'The Ministry will publish a yearly report.',
    ].join('\n\n');
    const got = outline(text + '\n');
    expect(got.rows).toEqual(['1:1. Introduction', '1:2. Objectives', '2:2.1 Resilient infrastructure', '3:2.1.1 Reporting channels', '2:2.2 Skilled workforce', '1:3. Implementation']);
    expect(got.problems).toEqual([]);
  });
  it('a decimal number opening a sentence is text', () => {
    const text = 'Report\n\n1. Findings\n\n1.5 million people were affected by the outage.\n\n2. Measures\n\nThe operator will act.\n';
    expect(outline(text).rows).toEqual(['1:1. Findings', '1:2. Measures']);
  });
});

describe('parts and letters in plain text', () => {
  it('第一部分 opens a part, with its 一、 sections under it', () => {
    const text = '发展规划\n\n第一部分 发展现状\n\n近年来，数字经济快速发展。\n\n一、取得的成效\n\n规模持续扩大。\n\n第二部分 总体要求\n\n一、指导思想\n\n坚持以人民为中心。\n';
    expect(outline(text).rows).toEqual(['1:第一部分 发展现状', '2:一、取得的成效', '1:第二部分 总体要求', '2:一、指导思想']);
  });
  it('A. is a heading under I., and not before any roman heading (a form, a list)', () => {
    const text =
      'Framework\n\nI. Introduction\n\nThe framework sets out the approach.\n\nA. Background\n\nCyberspace is contested.\n\nB. Scope\n\nIt applies to all missions.\n\nII. Objectives\n\nThe Ministry will act.\n';
    expect(outline(text).rows).toEqual(['1:I. Introduction', '2:A. Background', '2:B. Scope', '1:II. Objectives']);
    const form = 'Submission form\n\nA. Your Information\n\nName: Jane\n\nB. Formal Input\n\nText of the input.\n\nI. Progress\n\nProgress was made.\n';
    expect(outline(form).rows).toEqual(['1:I. Progress']);
  });
  it('numbered titles each over its text indented under it (a definition list printed to text) are headings', () => {
    const text = [
      'Example Pledge',
      '',
      '    1. The Forum will stay open',
      '       We publish the rules that we use to decide whether a work is open. We',
      '       promise that the forum will stay open.',
      '    2. We will report problems',
      '       We will keep the list of problems open for all to read at all times.',
      '',
    ].join('\n');
    expect(outline(text).rows).toEqual(['1:1. The Forum will stay open', '1:2. We will report problems']);
    expect(outline(text).problems).toEqual([]);
    // A numbered line that runs on into the line under it is an item's, no title.
    const items = [
      'Example Rules',
      '',
      '   A Member may',
      '    1. hold several posts, except that the Example Chair,',
      '       Secretary and Treasurer must be distinct;',
      '    2. leave the Forum at any time.',
      '',
    ].join('\n');
    expect(outline(items).rows).toEqual([]);
  });
  it('A. is an appendix heading over sections numbered under its letter (A.0., A.1.), and the letter after it continues', () => {
    const text = [
      'Example Charter',
      '1. Introduction',
      'The Example Forum is an association.',
      '2. Bodies',
      '  2.1. General rules',
      'A person may hold several posts.',
      'A. Example Procedure',
      'These rules apply to votes.',
      '  A.0. Proposal',
      'A proposal is sponsored.',
      '  A.1. Discussion',
      'The discussion lasts two weeks.',
      'B. Typography',
      'Words in capitals are defined.',
      '',
    ].join('\n\n');
    expect(outline(text).rows).toEqual(['1:1. Introduction', '1:2. Bodies', '2:2.1. General rules', '1:A. Example Procedure', '2:A.0. Proposal', '2:A.1. Discussion', '1:B. Typography']);
    expect(outline(text).problems).toEqual([]);
  });
});

describe("a strategy's pillars and objectives in plain text", () => {
  it('PILLAR ONE over STRATEGIC OBJECTIVE 1.1, as a strategy prints them', () => {
    const text = [
      'NATIONAL STRATEGY',
      'PILLAR ONE: DEFEND CRITICAL INFRASTRUCTURE',
      'We aim to defend critical infrastructure.',
      'STRATEGIC OBJECTIVE 1.1: ESTABLISH REQUIREMENTS',
      'The Administration will set requirements.',
      'STRATEGIC OBJECTIVE 1.2: SCALE COLLABORATION',
      'The Administration will scale collaboration.',
      'PILLAR TWO: DISRUPT THREAT ACTORS',
      'The United States will disrupt threat actors.',
    ].join('\n\n');
    expect(outline(text + '\n').rows).toEqual([
      '1:PILLAR ONE: DEFEND CRITICAL INFRASTRUCTURE',
      '2:STRATEGIC OBJECTIVE 1.1: ESTABLISH REQUIREMENTS',
      '2:STRATEGIC OBJECTIVE 1.2: SCALE COLLABORATION',
      '1:PILLAR TWO: DISRUPT THREAT ACTORS',
    ]);
  });
});
