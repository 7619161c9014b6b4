/**
 * Declared totals: compare what a document says about itself (metadata
 * `expectedCounts`) with what was extracted, one message per disagreement,
 * each naming the document.
 */
import { sectionsOf } from './walk.js';
import type { Document, ExpectedCounts } from './types.js';

/**
 * @returns messages such as `intl-strategy-cyberspace-cooperation-2017: expected 4 principles, found 3`; empty when all agree
 */
export function checkExpectedCounts(doc: Document, expected: ExpectedCounts | undefined): string[] {
  if (!expected) return [];
  const messages: string[] = [];
  const compare = (what: string, want: number | undefined, got: number): void => {
    if (want !== undefined && want !== got) messages.push(`${doc.id}: expected ${want} ${what}, found ${got}`);
  };
  compare('principles', expected.principles, doc.principles.length);
  compare('action items', expected.actionItems, doc.actionItems.length);
  compare('claims', expected.claims, doc.claims.length);
  const sections = new Map(sectionsOf(doc.sections).map(({ section }) => [section.id, section]));
  for (const [id, want] of Object.entries(expected.sections ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
    const section = sections.get(id);
    if (!section) {
      messages.push(`${doc.id}: expected section ${id} (with ${want} items), not found`);
      continue;
    }
    const got = section.children.length > 0 ? section.children.length : section.paragraphs.filter((p) => p.list).length;
    compare(`child sections or list items in ${id}`, want, got);
  }
  return messages;
}
