/**
 * buildTree: nest the units into sections.
 *
 * Depth comes from numbering styles, per language: the styles a document uses
 * in its English headings are ordered by convention (`Chapter` > `I.` > `1.` >
 * `(1)`), those of its Chinese headings likewise (`第一章` > `一、` > `(一)` >
 * `1.` > `(1)`), and each style's depth is its place in that order, so `1.` can
 * be a chapter in one document and a sub-section in another, or in the Chinese
 * half of the same document. Metadata `hints.headingStyles` overrides the order.
 * A panel (`Panel 3 …`) is a child of the section it appears in and ends at the
 * next heading or at a wider gap than the body's usual one. Unnumbered
 * `Preface`/`Conclusion` headings are top-level. Text before any heading in a
 * document without headings lands in one section.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { Lang } from '../text/script.js';
import { styleKinds, styleRank, type HeadingStyle, type HeadingUnit, type ParsedSection, type ParseHints, type TextUnit, type Unit } from './types.js';

/** Depth of each numbering style by language. */
function styleLevels(units: readonly Unit[], hints: ParseHints = {}): Map<string, number> {
  const used = new Map<Lang, HeadingStyle[]>();
  for (const unit of units) {
    if (unit.type !== 'heading' || unit.role !== 'numbered' || !unit.style) continue;
    const styles = used.get(unit.lang) ?? [];
    if (!styles.includes(unit.style)) styles.push(unit.style);
    used.set(unit.lang, styles);
  }
  const levels = new Map<string, number>();
  for (const [lang, styles] of used) {
    const order = hints.headingStyles;
    const sorted = [...styles].sort((a, b) => (order ? order.indexOf(a) - order.indexOf(b) : 0) || styleRank[a] - styleRank[b]);
    sorted.forEach((style, i) => levels.set(`${lang}:${style}`, i + 1));
  }
  return levels;
}

function mode(values: number[], fallback: number): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = fallback;
  let bestCount = 0;
  for (const [v, c] of counts) if (c > bestCount || (c === bestCount && v < best)) [best, bestCount] = [v, c];
  return best;
}

/** The kind of a section whose numbering says nothing of it, by its level. */
export const kindOfLevel = (level: number): ParsedSection['kind'] => (level === 1 ? 'chapter' : level === 2 ? 'section' : 'subsection');

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

/** Give each section its eId: level abbreviations joined by `__`, with the printed number or the position. */
export function assignIds(sections: ParsedSection[], prefix = ''): void {
  const seen = new Map<string, number>();
  const positions = new Map<string, number>();
  for (const section of sections) {
    const abbr = abbreviations[section.kind];
    const position = (positions.get(abbr) ?? 0) + 1;
    positions.set(abbr, position);
    const numbered = ['part', 'chapter', 'section', 'subsection', 'title', 'article', 'annex', 'panel'].includes(section.kind);
    let name = numbered ? `${abbr}_${section.heading?.number ?? position}` : abbr;
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    if (count > 1) name = numbered ? `${name}-${count}` : `${name}_${count}`;
    section.eId = prefix ? `${prefix}__${name}` : name;
    assignIds(section.children, section.eId);
  }
}

function section(kind: ParsedSection['kind'], level: number, heading?: HeadingUnit): ParsedSection {
  const s: ParsedSection = { eId: '', kind, level, paragraphs: [], children: [] };
  if (heading) s.heading = heading;
  return s;
}

/** Nest units into a section tree. */
function nest(units: readonly Unit[], hints: ParseHints = {}): ParsedSection[] {
  const levels = styleLevels(units, hints);
  const normalGap = mode(
    units.filter((u): u is TextUnit => u.type === 'text').map((u) => u.gapBefore),
    1,
  );
  const roots: ParsedSection[] = [];
  const stack: ParsedSection[] = [];
  const hasHeadings = units.some((u) => u.type === 'heading');
  let front: ParsedSection | undefined;
  let back: ParsedSection | undefined;
  let contents: ParsedSection | undefined;
  const open = (s: ParsedSection) => {
    const parent = stack[stack.length - 1];
    s.level = parent ? parent.level + 1 : 1;
    if (s.heading && (s.kind === 'chapter' || s.kind === 'section' || s.kind === 'subsection')) s.kind = kindOfLevel(s.level);
    (parent ? parent.children : roots).push(s);
    stack.push(s);
  };
  for (const unit of units) {
    if (unit.type === 'text') {
      if (unit.matter === 'front') {
        if (!front) roots.push((front = section('front-matter', 1)));
        front.paragraphs.push(unit);
      } else if (unit.matter === 'back') {
        (back ??= section('back-matter', 1)).paragraphs.push(unit);
      } else if (unit.matter === 'contents' && contents) {
        contents.paragraphs.push(unit);
      } else {
        const top = stack[stack.length - 1];
        if (top?.kind === 'panel' && unit.gapBefore > normalGap) stack.pop();
        // Text before the first heading that is no front matter opens the body: a preface (one section when there is no heading).
        if (stack.length === 0) open(section(hasHeadings ? 'preface' : 'section', 1));
        stack[stack.length - 1]!.paragraphs.push(unit);
      }
      continue;
    }
    if (unit.role === 'contents') {
      stack.length = 0;
      open((contents = section('contents', 1, unit)));
    } else if (unit.role === 'preface' || unit.role === 'conclusion') {
      stack.length = 0;
      open(section(unit.role, 1, unit));
    } else if (unit.role === 'panel') {
      while (stack[stack.length - 1]?.kind === 'panel') stack.pop();
      open(section('panel', 0, unit));
    } else {
      const depth = unit.forcedLevel ?? levels.get(`${unit.lang}:${unit.style}`) ?? 1;
      // A section's depth is its style's, not where it stands: an article right under a chapter, where a section
      // could have stood, is at depth 3 and the next article, at 3 too, is its sibling.
      const depthOf = (s: ParsedSection) => s.heading?.forcedLevel ?? (s.heading?.style ? levels.get(`${s.heading.lang}:${s.heading.style}`) : undefined) ?? s.level;
      while (
        stack.length > 0 &&
        (depthOf(stack[stack.length - 1]!) >= depth || stack[stack.length - 1]!.kind === 'panel' || stack[stack.length - 1]!.kind === 'contents' || (depth === 1 && stack.length > 0))
      )
        stack.pop();
      open(section((unit.style && styleKinds[unit.style]) ?? 'chapter', 0, unit));
    }
  }
  if (back) roots.push(back);
  assignIds(roots);
  return roots;
}

/** Plugin: `file.data.units` → `file.data.sections`. */
export default function buildTree() {
  return function (_tree: Root, file: VFile): void {
    file.data.sections = nest(file.data.units ?? [], file.data.parseOptions?.hints ?? {});
  };
}
