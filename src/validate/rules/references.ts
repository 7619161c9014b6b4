/** `dangling-reference`: every `sectionId`, `paragraphId` and `sameAs` resolves among the ids of the documents checked together. */
import type { EntityKind, IntegrityRule } from './types.js';

export const references: IntegrityRule = {
  ruleIds: ['dangling-reference'],
  description: 'sectionId, paragraphId and sameAs point at existing ids',
  references({ document: doc, report, seen }) {
    const names = (id: string, kind: EntityKind) => seen.ids.get(id)?.kind === kind;
    const refs = (kind: string, list: ReadonlyArray<{ sectionId: string; paragraphId?: string }>) =>
      list.forEach((item, i) => {
        if (!names(item.sectionId, 'section')) report(`/${kind}/${i}/sectionId`, `sectionId "${item.sectionId}" does not resolve`, 'dangling-reference', 'point at an existing section id');
        if (item.paragraphId !== undefined && !names(item.paragraphId, 'paragraph'))
          report(`/${kind}/${i}/paragraphId`, `paragraphId "${item.paragraphId}" does not resolve`, 'dangling-reference', 'point at an existing paragraph id');
      });
    refs('principles', doc.principles);
    refs('actionItems', doc.actionItems);
    refs('claims', doc.claims);
    doc.claims.forEach((c, i) =>
      c.sameAs?.forEach((id, j) => {
        if (!names(id, 'claim')) report(`/claims/${i}/sameAs/${j}`, `sameAs "${id}" does not resolve`, 'dangling-reference', 'point at a claim of another expression of the same work');
      }),
    );
  },
};
