/**
 * What travels between the parser's plugins: blocks of lines from remark-parse,
 * then units (headings and text), then the section tree. Each stage is attached
 * to the vfile through the `DataMap` augmentation.
 */
import type { Lang } from '../text/script.js';
import type { SkipRange } from '../text/fold.js';

/** A half-open range of source offsets. */
export interface Range {
  start: number;
  end: number;
}

/** A block: what remark-parse sees as a paragraph (lines between blank lines). */
export interface Block {
  /** Trimmed ranges of its lines. */
  lines: Range[];
  /** Whether its first line starts with whitespace. */
  indented: boolean;
  /** Blank lines between the previous block and this one. */
  gapBefore: number;
}

/** What a block of the hand-off form is, as the front-end saw it. */
/** `template`: site-generator markup (a kramdown attribute list, a Liquid tag), not the document's text. */
export type BlockKind = 'yaml' | 'heading' | 'paragraph' | 'list-item' | 'html' | 'image' | 'rule' | 'template' | 'other';

/**
 * A block of the hand-off form both front-ends produce: its kind, source
 * range, text (folded, markup left out), and the Markdown hints structure
 * recovery uses (heading depth, emphasis, list marker).
 */
export interface DocBlock extends Block {
  kind: BlockKind;
  /** Trimmed source range of the block (for a heading, without its hashes' trailing markup). */
  range: Range;
  /** Folded text without markup (images, HTML and YAML as printed). */
  text: string;
  /** Markdown heading depth (`#` count), a hint only. */
  depth?: number;
  /** `all`: the block is all emphasis/underline (`**第一章 总则**`); `lead`: it opens with such a run (`**第一条** …`). */
  emphasis: 'all' | 'lead' | 'none';
  /** For `lead`: the source offset where the marked-up run ends. */
  leadEnd?: number;
  /** For a Markdown list item: its marker as printed and its nesting depth (0 = outermost). */
  list?: { marker: string; ordered: boolean; depth: number };
}

/** The typed hand-off form: what structure recovery and extraction read. */
export interface ParsedDocument {
  format: 'text' | 'markdown';
  blocks: DocBlock[];
  /** Source ranges of markup to leave out of texts. */
  skip: SkipRange[];
  /** Source ranges to read past when recognising structure: `skip` and inline HTML. */
  markup?: SkipRange[];
  /** YAML front matter: its range and its fields (empty when it does not parse). */
  frontMatter?: { range: Range; data: Record<string, unknown> };
}

/** Numbering styles the parser knows, from the conventional outermost to innermost. */
export const headingStyles = [
  'part',
  'pillar',
  'chapter',
  'objective',
  'section',
  'roman',
  'cjk-enum',
  'upper-dot',
  'cjk-paren',
  'arabic-dot',
  'decimal-2',
  'decimal-3',
  'decimal-4',
  'arabic-paren',
  'article',
] as const;
export type HeadingStyle = (typeof headingStyles)[number];

/**
 * Conventional depth rank of each style (equal ranks never nest in one language). The worded styles rank by their
 * words (Part > Chapter > Section); an article is innermost, a leaf: what is numbered inside it is a list item.
 */
export const styleRank: Record<HeadingStyle, number> = {
  part: -1,
  // A strategy's pillars (goals, priorities) over its objectives.
  pillar: -0.5,
  chapter: 0,
  objective: 0.25,
  section: 0.5,
  roman: 1,
  'cjk-enum': 1,
  'upper-dot': 2,
  'cjk-paren': 2,
  'arabic-dot': 3,
  // Decimal numbering by its depth: `1.1` under `1.`, `1.1.1` under `1.1`.
  'decimal-2': 3.2,
  'decimal-3': 3.4,
  'decimal-4': 3.6,
  'arabic-paren': 4,
  article: 5,
};

/** Styles whose word names the kind of section they open (the others' kind follows from their depth). */
export const styleKinds: Partial<Record<HeadingStyle, 'part' | 'article'>> = { part: 'part', article: 'article' };

/** `annex`: an annex, appendix, exhibit or schedule (`Appendix A. Terms`, `附件2`), a text of its own at the top. */
export type HeadingRole = 'numbered' | 'preface' | 'conclusion' | 'contents' | 'panel' | 'annex';

/** One language's part of a heading: the whole printed heading and its title without numbering. */
export interface HeadingPart {
  range: Range;
  /** Absent for a label-only heading (`第一条`). */
  title?: Range;
  /** Numbering as printed, normalised: `Chapter II`, `二`, `(3)`, `Panel 6`, `I`. */
  label?: string;
}

export interface HeadingUnit {
  type: 'heading';
  role: HeadingRole;
  /** Language of the part that decides the depth (the first line's). */
  lang: Lang;
  style?: HeadingStyle;
  /** Id of the numbering scheme (schemes.ts) of a Markdown source's heading. */
  scheme?: string;
  /** The number printed in the label, as an integer. */
  number?: number;
  parts: Partial<Record<Lang, HeadingPart>>;
  gapBefore: number;
  /** Depth declared by a correction (`mark-heading`), overriding the inferred one. */
  forcedLevel?: number;
}

export interface ListMarker {
  marker: string;
  ordered: boolean;
}

export type Matter = 'front' | 'back' | 'contents';

export interface TextUnit {
  type: 'text';
  /** Source ranges by language; a bilingual pair has both. A range may span page breaks. */
  parts: Partial<Record<Lang, Range>>;
  list?: ListMarker;
  lead?: string;
  matter?: Matter;
  /** The body's first paragraph: the front matter (what comes before the first heading) ends before it. */
  opensBody?: true;
  indented: boolean;
  gapBefore: number;
}

export type Unit = HeadingUnit | TextUnit;

/** A section of the tree as the parser builds it, before it becomes JSON. */
export interface ParsedSection {
  eId: string;
  kind: 'preface' | 'part' | 'chapter' | 'section' | 'subsection' | 'title' | 'article' | 'annex' | 'panel' | 'conclusion' | 'contents' | 'front-matter' | 'back-matter';
  level: number;
  heading?: HeadingUnit;
  paragraphs: TextUnit[];
  children: ParsedSection[];
}

/** Declared per-document hints (metadata `hints`). */
export interface ParseHints {
  /** `markdown`: a plain-text source whose `*x*`/`**x**` is emphasis markup (left out of texts). */
  emphasis?: 'markdown' | 'none';
  paragraphs?: 'auto' | 'blank-lines' | 'indent';
  headingStyles?: HeadingStyle[];
  /** The text has no headings (a statement in running paragraphs): a reviewed fact, so finding none is not warned about. */
  noHeadings?: boolean;
  /** Lines (folded text) where this source's back matter starts: a publisher's or scraper's page the general rules miss. */
  backMatter?: string[];
  /** Lines (exact text, trimmed) a correction marks as headings at a level. */
  headings?: Array<{ text: string; level: number }>;
  /** Lines (exact text, trimmed) a correction marks as not headings. */
  notHeadings?: string[];
}

/** The structure corrections of a source, as both front-ends look them up: a line's declared level, and lines that are no heading. */
export function structureCorrections(hints: ParseHints): { levels: ReadonlyMap<string, number>; notHeadings: ReadonlySet<string> } {
  return { levels: new Map((hints.headings ?? []).map((h) => [h.text, h.level])), notHeadings: new Set(hints.notHeadings ?? []) };
}

export interface ParseOptions {
  format?: 'text' | 'markdown';
  hints?: ParseHints;
}

declare module 'vfile' {
  interface DataMap {
    /** Options the pipeline was run with. */
    parseOptions: ParseOptions;
    /** Source ranges of markup (Markdown emphasis markers) to leave out of texts. */
    skip: SkipRange[];
    blocks: Block[];
    /** The hand-off form of a Markdown source. */
    document: ParsedDocument;
    units: Unit[];
    sections: ParsedSection[];
  }
}
