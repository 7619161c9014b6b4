/**
 * A heading printed in two languages on one line (`三、示例标题 A Made-up Title`), as bilingual plain texts print
 * their tables of contents and headings: the Chinese numbered title and the English title are one heading's two
 * parts, however long the Chinese title. Texts written for the test.
 */
import { describe, expect, it } from 'vitest';
import { headingOfLines } from '../../src/parse/headings.js';

const read = (line: string) => {
  const unit = headingOfLines(line, [{ start: 0, end: line.length }], 0);
  const part = (lang: 'en' | 'zh') => {
    const p = unit?.parts[lang];
    return p ? { label: p.label, title: p.title && line.slice(p.title.start, p.title.end) } : undefined;
  };
  return { zh: part('zh'), en: part('en') };
};

describe('a numbered Chinese title with its English title on one line', () => {
  it('is one heading in two languages, short or long', () => {
    expect(read('三、示例标题 A Made-up Title')).toEqual({ zh: { label: '三', title: '示例标题' }, en: { label: undefined, title: 'A Made-up Title' } });
    const long = '十二、推动一个相当长的示例性标题在此处继续延伸以便超过常见长度 Promoting a Rather Long Made-up Title';
    expect(read(long).en?.title).toBe('Promoting a Rather Long Made-up Title');
    expect(read(long).zh?.label).toBe('十二');
  });
  it('an English part that reads as a sentence is no title: the line is not such a pair', () => {
    expect(read('三、示例标题 the parties agreed, as noted above,').en).toBeUndefined();
  });
});
