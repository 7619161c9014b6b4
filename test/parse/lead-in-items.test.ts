/**
 * A lead-in and its items printed in one paragraph, one item a line (issue 24: structure on sources the corpus
 * lacks; laws and treaties copied without blank lines): `leadInItems` in lines.ts, read by both front-ends.
 */
import { describe, expect, it } from 'vitest';
import { leadInItems } from '../../src/parse/lines.js';
import { parseSource } from '../../src/parse/index.js';
import { walkNodes } from '../../src/text/tree.js';
import { foldText } from '../../src/text/fold.js';
import { outlineText } from './markdown-helpers.js';

describe('leadInItems', () => {
  it('splits a lead-in from items counting on from 1', () => {
    const lines = ['For the purposes of this Regulation:', "(a) 'incident' means an event compromising data;", "(b) 'operator' means a person who provides a service."];
    expect(leadInItems(lines)).toEqual([
      { from: 0, to: 0 },
      { from: 1, to: 1, marker: '(a)' },
      { from: 2, to: 2, marker: '(b)' },
    ]);
  });
  it('keeps a wrapped item together, and a sentence after the last item apart', () => {
    const lines = ['有关部门应当履行下列职责：', '（一）制定网络安全规划，', '并组织实施；', '（二）监督检查。', '本条自公布之日起施行。'];
    expect(leadInItems(lines)).toEqual([
      { from: 0, to: 0 },
      { from: 1, to: 2, marker: '（一）' },
      { from: 3, to: 3, marker: '（二）' },
      { from: 4, to: 4 },
    ]);
  });
  it('reads (i), (ii) as roman numbers counting on', () => {
    const lines = ['The Parties shall:', '(i) share information;', '(ii) assist each other; and', '(iii) report annually.'];
    expect(leadInItems(lines)?.map((g) => g.marker)).toEqual([undefined, '(i)', '(ii)', '(iii)']);
  });
  it('leaves prose alone: a number after a line that runs on, one item alone, numbers that do not count on', () => {
    expect(leadInItems(['The measures in paragraph', '(2) of Article 5 apply, and those in', '(3) too.'])).toBeUndefined();
    expect(leadInItems(['The Parties shall:', '(a) share information.'])).toBeUndefined();
    expect(leadInItems(['Notes:', '(3) see above;', '(5) see below.'])).toBeUndefined();
    // Numbered titles over their text are headings, not items.
    expect(leadInItems(['1. Scope of the example', 'This part sets out the scope.', '2. Duties of the example', 'This part sets out the duties.'])).toBeUndefined();
  });
});

describe('a lead-in and its items in one paragraph', () => {
  const text = 'Article 2 Definitions\n\nFor the purposes of this Convention:\n(a) "computer system" means any device;\n(b) "computer data" means any representation of facts.\n';
  const expected = ['For the purposes of this Convention:', '(a) "computer system" means any device;', '(b) "computer data" means any representation of facts.'];
  it('are a paragraph and list items in plain text', () => {
    const parsed = parseSource(text, { format: 'text' });
    const paragraphs = [...walkNodes(parsed.sections)].flatMap((s) => s.paragraphs.map((p) => ({ text: foldText(text, p.parts.en!.start, p.parts.en!.end), list: p.list?.marker })));
    expect(paragraphs).toEqual([
      { text: expected[0], list: undefined },
      { text: expected[1], list: '(a)' },
      { text: expected[2], list: '(b)' },
    ]);
  });
  it('are a paragraph and list items in Markdown', () => {
    const { outline, problems } = outlineText(`# Convention\n\n${text}`);
    expect(problems).toEqual([]);
    expect(outline).toContain(`[article 2] Article 2 Definitions\n  - ${expected[0]}\n  - (list (a)) ${expected[1]}\n  - (list (b)) ${expected[2]}\n`);
  });
});

describe('asterisk bullets in plain text', () => {
  it('are list items, as `-` and `•` bullets are', () => {
    const text = 'Statement\n\nThe partners agreed on the following:\n\n* to strengthen cooperation;\n* to share threat information.\n';
    const parsed = parseSource(text, { format: 'text' });
    const items = [...walkNodes(parsed.sections)].flatMap((s) => s.paragraphs.filter((p) => p.list).map((p) => [p.list!.marker, foldText(text, p.parts.en!.start, p.parts.en!.end)]));
    expect(items).toEqual([
      ['*', '* to strengthen cooperation;'],
      ['*', '* to share threat information.'],
    ]);
  });
});
