/**
 * printedTitles: the last step of the plain-text front-end. Each heading's
 * title becomes the heading as printed, numbering included, as the Markdown
 * front-end gives it (titles.ts, `printedTitle`).
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { ParsedSection } from './types.js';
import { printedTitle } from './titles.js';

function printTitles(sections: readonly ParsedSection[]): void {
  for (const section of sections) {
    for (const part of Object.values(section.heading?.parts ?? {})) {
      const title = printedTitle(part);
      if (title) part.title = title;
    }
    printTitles(section.children);
  }
}

export default function printedTitles() {
  return (_tree: Root, file: VFile) => {
    printTitles(file.data.sections ?? []);
  };
}
