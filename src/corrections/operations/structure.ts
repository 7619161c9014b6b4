/** `mark-heading` and `not-heading`: applied by the parser (see structureHints); here their line is checked against the source. */
import type { LoadedCorrection } from '../load.js';
import { nearest, type ApplyContext, type OperationStep } from '../targets.js';

export function checkStructure(correction: LoadedCorrection, ctx: ApplyContext, fail: OperationStep['fail']): string | undefined {
  const c = correction.value;
  const source = ctx.sources.get(c.target);
  if (!source) {
    fail('/target', `unknown document "${c.target}"`, 'unknown-target', `structure corrections target a document id; did you mean "${nearest(c.target, ctx.sources.keys()) ?? ''}"?`);
    return undefined;
  }
  const lines = source.text.split(/\r?\n/u).map((l) => l.trim());
  const count = lines.filter((l) => l === c.line).length;
  if (count === 0) fail('/line', `line "${c.line}" is not in ${c.target}'s source`, 'stale-expect', 'the source changed, or the line is misquoted: copy the line exactly as it stands (trimmed)');
  else if (count > 1) fail('/line', `line "${c.line}" occurs ${count} times in ${c.target}'s source`, 'ambiguous-target', 'a structure correction must name a line that occurs once');
  else return `${c.op} "${c.line}"${c.level ? ` at level ${c.level}` : ''}`;
  return undefined;
}
