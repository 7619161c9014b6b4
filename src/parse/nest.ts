/**
 * Nesting, the step both front-ends end with: a heading opens a section at a
 * rank (smaller is outer), closing first every open section its rank or the
 * front-end's rule closes; text goes into the innermost open section; a
 * section's level is its place in the tree, and its id the path of level
 * abbreviations (`chp_2__sec_1`).
 *
 * What a heading's rank is belongs to the front-end: plain text ranks
 * numbering styles by convention per language (tree.ts), Markdown by words,
 * first appearance and heading depth (markdown/structure.ts).
 */
import type { HeadingUnit, ParsedSection } from './types.js';

/** A section open for text and deeper headings, with the rank that opened it. */
interface OpenSection {
  section: ParsedSection;
  rank: number;
  /** The Markdown depth of an unnumbered ATX heading (`## Introduction`): a later heading as deep or less closes it. */
  closedAtDepth?: number;
}

/** The kind of a section whose numbering says nothing of it, by its level. */
export const kindOfLevel = (level: number): ParsedSection['kind'] => (level === 1 ? 'chapter' : level === 2 ? 'section' : 'subsection');

/** A section of `kind`, empty, its level set when it is placed. */
export function newSection(kind: ParsedSection['kind'], heading?: HeadingUnit): ParsedSection {
  const section: ParsedSection = { eId: '', kind, level: 1, paragraphs: [], children: [] };
  if (heading) section.heading = heading;
  return section;
}

/** The section tree as it is built: its roots and the sections open in it, outermost first. */
export class Nesting {
  readonly roots: ParsedSection[] = [];
  private readonly open: OpenSection[] = [];

  /** How many sections are open. */
  get depth(): number {
    return this.open.length;
  }

  /** The innermost open section, if any. */
  get innermost(): OpenSection | undefined {
    return this.open[this.open.length - 1];
  }

  /** Close open sections until at most `keep` remain. */
  closeTo(keep: number): void {
    if (this.open.length > keep) this.open.length = Math.max(0, keep);
  }

  /** Close the innermost open section while `closes` says so. */
  closeWhile(closes: (open: OpenSection) => boolean): void {
    while (this.open.length > 0 && closes(this.open[this.open.length - 1]!)) this.open.pop();
  }

  /** Open `section` inside the innermost open one (at the top when none is), at `rank`; its level is its place. */
  openSection(section: ParsedSection, rank: number, closedAtDepth?: number): ParsedSection {
    const parent = this.innermost?.section;
    section.level = parent ? parent.level + 1 : 1;
    (parent ? parent.children : this.roots).push(section);
    this.open.push(closedAtDepth === undefined ? { section, rank } : { section, rank, closedAtDepth });
    return section;
  }

  /** Add a section at the top without opening it (front and back matter, a body that no heading opens). */
  addRoot(section: ParsedSection): ParsedSection {
    section.level = 1;
    this.roots.push(section);
    return section;
  }
}

const abbreviations: Record<ParsedSection['kind'], string> = {
  preface: 'preface',
  part: 'part',
  chapter: 'chp',
  section: 'sec',
  subsection: 'subsec',
  title: 'title',
  article: 'art',
  annex: 'annex',
  panel: 'panel',
  conclusion: 'conclusions',
  contents: 'toc',
  'front-matter': 'front',
  'back-matter': 'back',
};

const numberedKinds: ReadonlySet<ParsedSection['kind']> = new Set(['part', 'chapter', 'section', 'subsection', 'title', 'article', 'annex', 'panel']);

/** Give each section its eId: level abbreviations joined by `__`, with the printed number or the position. */
export function assignIds(sections: ParsedSection[], prefix = ''): void {
  const seen = new Map<string, number>();
  const positions = new Map<string, number>();
  for (const section of sections) {
    const abbr = abbreviations[section.kind];
    const position = (positions.get(abbr) ?? 0) + 1;
    positions.set(abbr, position);
    const numbered = numberedKinds.has(section.kind);
    let name = numbered ? `${abbr}_${section.heading?.number ?? position}` : abbr;
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    if (count > 1) name = numbered ? `${name}-${count}` : `${name}_${count}`;
    section.eId = prefix ? `${prefix}__${name}` : name;
    assignIds(section.children, section.eId);
  }
}
