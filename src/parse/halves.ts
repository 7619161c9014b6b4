/**
 * pairHalves: a text that gives all its English sections and then the same
 * sections in Chinese (`I. II. III.` … `一、二、三、`) is aligned section by
 * section: the Chinese section's title and paragraphs join the English one's
 * where the numbering repeats exactly, and paragraph by paragraph where the
 * counts are equal. Where counts differ, the Chinese paragraphs stay unpaired
 * (their own paragraphs in the section): alignment is never forced.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { ParsedSection } from './types.js';

const numberedKinds = new Set(['chapter', 'section', 'subsection']);

function langOf(s: ParsedSection): string | undefined {
  return s.heading?.lang;
}

function isMonolingual(s: ParsedSection, lang: 'en' | 'zh'): boolean {
  return s.heading !== undefined && langOf(s) === lang && Object.keys(s.heading.parts).length === 1;
}

/** Merge the Chinese section `zh` into the English section `en`. */
function merge(en: ParsedSection, zh: ParsedSection): void {
  en.heading!.parts.zh = zh.heading!.parts.zh!;
  if (en.paragraphs.length === zh.paragraphs.length && en.paragraphs.every((p, i) => p.parts.en && !p.parts.zh && zh.paragraphs[i]!.parts.zh && !zh.paragraphs[i]!.parts.en)) {
    en.paragraphs.forEach((p, i) => (p.parts.zh = zh.paragraphs[i]!.parts.zh!));
  } else {
    en.paragraphs.push(...zh.paragraphs);
  }
  en.children = pairSiblings([...en.children, ...zh.children]);
}

/** Find an English run followed by a Chinese run with the same numbers, and merge them. */
function pairSiblings(sections: ParsedSection[]): ParsedSection[] {
  for (let split = 1; split < sections.length; split++) {
    const zhRun: ParsedSection[] = [];
    for (let i = split; i < sections.length && numberedKinds.has(sections[i]!.kind) && isMonolingual(sections[i]!, 'zh'); i++) zhRun.push(sections[i]!);
    if (zhRun.length === 0) continue;
    const enRun: ParsedSection[] = [];
    for (let i = split - 1; i >= 0 && numberedKinds.has(sections[i]!.kind) && isMonolingual(sections[i]!, 'en'); i--) enRun.unshift(sections[i]!);
    if (enRun.length !== zhRun.length) continue;
    if (!enRun.every((s, i) => s.heading!.number !== undefined && s.heading!.number === zhRun[i]!.heading!.number)) continue;
    enRun.forEach((s, i) => merge(s, zhRun[i]!));
    return pairSiblings(sections.filter((s) => !zhRun.includes(s)));
  }
  return sections;
}

/** Plugin: align Chinese halves to English halves in `file.data.sections`. */
export default function pairHalves() {
  return function (_tree: Root, file: VFile): void {
    file.data.sections = pairSiblings(file.data.sections ?? []);
  };
}
