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
import { styleKinds, styleRank, type HeadingStyle, type ParsedSection, type ParseHints, type TextUnit, type Unit } from './types.js';
import { assignIds, kindOfLevel, Nesting, newSection } from './nest.js';

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

/** Nest units into a section tree. */
function nest(units: readonly Unit[], hints: ParseHints = {}): ParsedSection[] {
  const levels = styleLevels(units, hints);
  const normalGap = mode(
    units.filter((u): u is TextUnit => u.type === 'text').map((u) => u.gapBefore),
    1,
  );
  const tree = new Nesting();
  const hasHeadings = units.some((u) => u.type === 'heading');
  let front: ParsedSection | undefined;
  let back: ParsedSection | undefined;
  let contents: ParsedSection | undefined;
  // 1 inside an annex: its numbered headings are a level below where the body's stand.
  let underAnnex = 0;
  for (const unit of units) {
    if (unit.type === 'text') {
      if (unit.matter === 'front') {
        (front ??= tree.addRoot(newSection('front-matter'))).paragraphs.push(unit);
      } else if (unit.matter === 'back') {
        (back ??= newSection('back-matter')).paragraphs.push(unit);
      } else if (unit.matter === 'contents' && contents) {
        contents.paragraphs.push(unit);
      } else {
        // A panel ends at a wider gap than the body's usual one.
        if (tree.innermost?.section.kind === 'panel' && unit.gapBefore > normalGap) tree.closeTo(tree.depth - 1);
        // Text before the first heading that is no front matter opens the body: a preface (one section when there is no heading).
        const open = tree.innermost?.section ?? tree.openSection(newSection(hasHeadings ? 'preface' : 'section'), 1);
        open.paragraphs.push(unit);
      }
      continue;
    }
    if (unit.role === 'contents') {
      // Any heading closes the contents and a panel: they open at an infinite rank.
      tree.closeTo(0);
      contents = tree.openSection(newSection('contents', unit), Infinity);
    } else if (unit.role === 'annex') {
      // An annex is a text of its own at the top: the headings numbered in it nest under it, a level down.
      tree.closeTo(0);
      tree.openSection(newSection('annex', unit), 1);
      underAnnex = 1;
    } else if (unit.role === 'preface' || unit.role === 'conclusion') {
      tree.closeTo(0);
      underAnnex = 0;
      tree.openSection(newSection(unit.role, unit), 1);
    } else if (unit.role === 'panel') {
      tree.closeWhile((o) => o.section.kind === 'panel');
      tree.openSection(newSection('panel', unit), Infinity);
    } else {
      // A section's depth is its style's, not where it stands: an article right under a chapter, where a section
      // could have stood, is at depth 3 and the next article, at 3 too, is its sibling.
      const level = unit.style ? levels.get(`${unit.lang}:${unit.style}`) : undefined;
      const styled = unit.forcedLevel ?? (level === undefined ? undefined : level + underAnnex);
      const depth = styled ?? 1;
      tree.closeWhile((o) => depth === 1 || o.rank >= depth);
      // A heading of no known style ranks by where it stands.
      const rank = styled ?? (tree.innermost?.section.level ?? 0) + 1;
      const section = tree.openSection(newSection((unit.style && styleKinds[unit.style]) ?? 'chapter', unit), rank);
      if (section.kind === 'chapter' || section.kind === 'section' || section.kind === 'subsection') section.kind = kindOfLevel(section.level);
    }
  }
  if (back) tree.addRoot(back);
  assignIds(tree.roots);
  return tree.roots;
}

/** Plugin: `file.data.units` → `file.data.sections`. */
export default function buildTree() {
  return function (_tree: Root, file: VFile): void {
    file.data.sections = nest(file.data.units ?? [], file.data.parseOptions?.hints ?? {});
  };
}
