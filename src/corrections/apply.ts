/**
 * Apply corrections to built documents, after extraction and before
 * validation. Each correction is checked against the data as the parser made
 * it: its target must exist (else `unknown-target`, with the nearest id as a
 * hint), what it expects must still be there (else `stale-expect`: the source
 * or the parser changed under it), its text must be found once (else
 * `ambiguous-target`), no two corrections may change the same thing
 * (`conflict`), the result must validate (`invalid-result`), and it must change
 * something (else `unnecessary`: the parser now gets it right by itself).
 * Changed items record the correction's id in `corrections`; spans keep
 * pointing into the unchanged source.
 */
import type { VFileMessage } from 'vfile-message';
import type { Document } from '../../generated/types/index.js';
import { createMessage } from '../text/messages.js';
import type { LoadedCorrection } from './load.js';
import { operations } from './operations/index.js';
import { checkStructure } from './operations/structure.js';
import { index, nearest, type AppliedCorrection, type ApplyContext } from './targets.js';

export type { AppliedCorrection } from './targets.js';

/**
 * Apply corrections in place to `documents` (build copies first if they must
 * be kept), each by its operation (operations/). Structure corrections
 * (`mark-heading`, `not-heading`) are applied by the parser (see
 * `structureHints`); here they are only checked.
 */
export function applyCorrections(documents: Document[], corrections: readonly LoadedCorrection[], ctx: ApplyContext): { applied: AppliedCorrection[]; messages: VFileMessage[] } {
  const messages: VFileMessage[] = [];
  const applied: AppliedCorrection[] = [];
  const targets = index(documents);
  const claimedBy = new Map<string, LoadedCorrection>();
  for (const correction of corrections) {
    const c = correction.value;
    const fail = (pointer: string, reason: string, ruleId: string, hint: string) =>
      messages.push(createMessage(`${reason} (correction ${correction.id})`, { file: correction.file, place: correction.locate(pointer), ruleId, hint }));
    const record = (change: string | undefined) => {
      if (change !== undefined) applied.push({ id: correction.id, file: correction.file, target: c.target, change });
    };
    if (c.op === 'mark-heading' || c.op === 'not-heading') {
      record(checkStructure(correction, ctx, fail));
      continue;
    }
    const target = targets.get(c.target);
    if (!target) {
      const hint = nearest(c.target, targets.keys());
      fail(
        '/target',
        `unknown target "${c.target}"`,
        'unknown-target',
        hint ? `no section, paragraph or item has this id; did you mean "${hint}"?` : 'use a section, paragraph or item id from generated/data/documents/',
      );
      continue;
    }
    const key = `${c.target} ${c.op} ${c.field ?? c.find ?? ''}`;
    const other = claimedBy.get(key) ?? (c.op === 'remove-item' ? undefined : claimedBy.get(`${c.target} remove-item `));
    if (other) {
      fail('/target', `conflicts with correction ${other.id} (${other.file}) on the same target`, 'conflict', 'merge the two corrections into one, or drop one of them');
      continue;
    }
    claimedBy.set(key, correction);
    const operation = operations[c.op];
    if (operation) record(operation({ c, correction, target, targets, ctx, fail }));
  }
  return { applied, messages };
}

/** Parser hints from a document's structure corrections. */
export function structureHints(corrections: readonly LoadedCorrection[], documentId: string): { headings: Array<{ text: string; level: number }>; notHeadings: string[] } {
  const mine = corrections.filter((c) => c.value.target === documentId);
  return {
    headings: mine.filter((c) => c.value.op === 'mark-heading').map((c) => ({ text: c.value.line!, level: c.value.level! })),
    notHeadings: mine.filter((c) => c.value.op === 'not-heading').map((c) => c.value.line!),
  };
}
