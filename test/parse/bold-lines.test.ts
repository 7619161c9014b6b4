/**
 * A heading printed as a bold line right under a paragraph's last line (`…as follows:` ⏎ `**CHAPTER I**`): a bold
 * line cannot interrupt a CommonMark paragraph, so it is read apart where the line before ends a sentence, as a
 * heading with a blank line before it would be. Texts written for the test.
 */
import { describe, expect, it } from 'vitest';
import { outlineText } from './markdown-helpers.js';

describe('a bold line inside a paragraph', () => {
  it('after a line that ends a sentence: apart, and read as the heading it is', () => {
    const text =
      '# A made-up convention\n\nThe parties, considering the aims of this example, have agreed as follows:\n**CHAPTER I**\n\n**GENERAL PROVISIONS**\n\n**Article 1**\n\nThe purpose of this example is to be an example.\n';
    const { outline, problems } = outlineText(text);
    expect(outline).toContain('chapter Chapter I: CHAPTER I GENERAL PROVISIONS');
    expect(outline).toContain('- The parties, considering the aims of this example, have agreed as follows:\n');
    expect(problems).toEqual([]);
  });
  it('not a bold fragment of a sentence that goes on in the next line', () => {
    const text = '# An example\n\nThe first sentence ends here.\n**The example office is carrying out**\nthe made-up plan of the year.\n';
    expect(outlineText(text).outline).toContain('- The first sentence ends here. The example office is carrying out the made-up plan of the year.');
  });
  it('not a bold line after a line that runs on', () => {
    const text = '# An example\n\nThe plan, as the example office wrote it, and\n**the example board**\n';
    expect(outlineText(text).outline).toContain('- The plan, as the example office wrote it, and the example board');
  });
});
