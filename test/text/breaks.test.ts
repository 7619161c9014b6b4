import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Root } from 'mdast';
import { withLineFeeds } from '../../src/text/breaks.js';

/** The kinds of the nodes of a Markdown text's first paragraph (`text`, `break`, …). */
const inline = (text: string) => ((unified().use(remarkParse).parse(text) as Root).children[0] as { children: Array<{ type: string }> }).children.map((n) => n.type);

describe('withLineFeeds', () => {
  it('keeps the length (offsets stay the source’s), and leaves a text with LF alone', () => {
    const text = 'One\r\nTwo\rThree  \r\nFour \r\n';
    expect(withLineFeeds(text)).toHaveLength(text.length);
    expect(withLineFeeds('One\nTwo\n')).toBe('One\nTwo\n');
    expect(withLineFeeds(text).includes('\r')).toBe(false);
  });
  it('reads every line end as LF', () => {
    expect(
      withLineFeeds('One\r\nTwo\rThree')
        .split('\n')
        .map((l) => l.trim()),
    ).toEqual(['One', 'Two', 'Three']);
  });
  it('keeps a Markdown hard break (two spaces), and makes none of one trailing space', () => {
    expect(inline(withLineFeeds('One  \r\nTwo\r\n'))).toEqual(inline('One  \nTwo\n'));
    expect(inline(withLineFeeds('One \r\nTwo\r\n'))).toEqual(inline('One \nTwo\n'));
    expect(inline('One  \nTwo\n')).toContain('break');
    expect(inline('One \nTwo\n')).not.toContain('break');
  });
});
