/**
 * printedTitles: the last step of the plain-text front-end. Each heading's
 * title becomes the heading as printed, numbering included, as the Markdown
 * front-end gives it (titles.ts, `printedTitle`), without an underline below it.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { ParsedSection } from './types.js';
import { printedTitle } from './titles.js';

/** A title's last line that underlines it (`1. Rules` ⏎ `--------`): the heading's markup, no part of the title. */
const underline = /\n[ \t]*([=\-~*^#+_])\1{2,}[ \t]*$/u;

function printTitles(source: string, sections: readonly ParsedSection[]): void {
  for (const section of sections) {
    for (const part of Object.values(section.heading?.parts ?? {})) {
      const title = printedTitle(part);
      if (!title) continue;
      const under = underline.exec(source.slice(title.start, title.end));
      part.title = under ? { start: title.start, end: title.start + under.index } : title;
    }
    printTitles(source, section.children);
  }
}

export default function printedTitles() {
  return (_tree: Root, file: VFile) => {
    printTitles(String(file.value), file.data.sections ?? []);
  };
}
