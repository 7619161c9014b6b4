/**
 * Checks of a recovered structure that point a reviewer at a likely miss, as
 * warnings with their place (the build, `import` and `outline` report them):
 *
 * - `article-numbering`: the articles of a law run 1, 2, 3 … (afresh in each
 *   annex); a number skipped or repeated is most often an article the parser
 *   did not see (its marker run into the line before) or one it saw twice.
 * - `back-matter-hint`: a line declared in `hints.backMatter` that the text
 *   does not have (the source changed, or the line is mistyped).
 */
import type { ParsedSection, ParseHints, Range } from './types.js';

interface StructureWarning {
  reason: string;
  ruleId: 'article-numbering' | 'back-matter-hint';
  /** Source offset the warning is about. */
  offset: number;
  note: string;
}

/** The source range of a section's heading (its first language's). */
function headingRange(section: ParsedSection): Range | undefined {
  const parts = section.heading?.parts;
  return parts ? (parts.zh ?? parts.en)?.range : undefined;
}

/** Articles in document order, grouped by the annex (or the body) they are in. */
function articleGroups(sections: readonly ParsedSection[]): ParsedSection[][] {
  const groups: ParsedSection[][] = [[]];
  const walk = (list: readonly ParsedSection[], group: ParsedSection[]): void => {
    for (const s of list) {
      if (s.kind === 'annex') {
        const own: ParsedSection[] = [];
        groups.push(own);
        walk(s.children, own);
        continue;
      }
      if (s.kind === 'article' && s.heading?.number !== undefined) group.push(s);
      walk(s.children, group);
    }
  };
  walk(sections, groups[0]!);
  return groups.filter((g) => g.length > 0);
}

/** Skipped and repeated article numbers. */
export function articleNumberingWarnings(sections: readonly ParsedSection[]): StructureWarning[] {
  const out: StructureWarning[] = [];
  for (const group of articleGroups(sections)) {
    let previous = 0;
    for (const article of group) {
      const number = article.heading!.number!;
      const at = headingRange(article)?.start ?? 0;
      const label = (article.heading!.parts.zh ?? article.heading!.parts.en)?.label ?? String(number);
      if (number === previous)
        out.push({
          reason: `article ${label} appears twice in a row`,
          ruleId: 'article-numbering',
          offset: at,
          note: 'check the outline: a cross-reference at the start of a line may have been read as an article; mark it with a `not-heading` correction',
        });
      else if (number > previous + 1)
        out.push({
          reason: `article ${label} follows article ${previous}: ${number - previous - 1} article(s) not found before it`,
          ruleId: 'article-numbering',
          offset: at,
          note: 'check the source near this line: an article whose number runs into the line before it is not seen; mark it with a `mark-heading` correction',
        });
      previous = Math.max(previous, number);
    }
  }
  return out;
}

/** Lines of `hints.backMatter` that no line of the text is. */
export function backMatterHintWarnings(lines: readonly string[], hints: ParseHints): StructureWarning[] {
  const present = new Set(lines);
  return (hints.backMatter ?? [])
    .filter((line) => !present.has(line))
    .map((line) => ({
      reason: `hints.backMatter names a line the text does not have: "${line}"`,
      ruleId: 'back-matter-hint',
      offset: 0,
      note: 'copy the line as the text prints it (without markup), or remove it from the hints',
    }));
}
