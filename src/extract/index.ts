/**
 * Extraction (issue 4): principles, action items and claims from a parsed
 * document, and links between expressions of one work. Entry point of
 * `src/extract/`; each concern lives in its own module.
 */
import { extractActions } from './actions.js';
import { extractClaims } from './claims.js';
import { extractPrinciples } from './principles.js';
import { extractDefinitions } from './definitions.js';
import { bindingKinds, extractNorms } from './norms.js';
import { extractReferences } from './references.js';
import { Locator } from './walk.js';
import { voiceOf } from './modality.js';
import type { Document, ExtractContext, Extracted } from './types.js';

export { linkExpressions } from './link.js';
export { checkExpectedCounts } from './counts.js';
export { classifySentence } from './claims.js';
export type * from './types.js';

/**
 * Extract a document's principles, action items and claims.
 *
 * @param doc a document with `sections` filled (its item lists are ignored)
 * @param ctx the source text, the concept vocabulary and `textAt`, which folds the source at a span as the parser did
 * @returns the three lists, each in source order
 */
export function extractItems(doc: Document, ctx: ExtractContext): Extracted {
  const locator = new Locator(ctx);
  const voice = voiceOf(ctx.voice);
  // Paragraphs gain their cross-references in place.
  extractReferences(doc, locator);
  const definitions = extractDefinitions(doc, locator);
  // The terms it defines, as written: a defined pronoun (`"You" means …`) names the addressee of its norms.
  const defined = new Set(definitions.flatMap((d) => (d.term.en === undefined ? [] : [d.term.en])));
  return {
    principles: extractPrinciples(doc, ctx.concepts, locator),
    // A binding instrument's action items are its norms; other documents' are commitments, proposals, recommendations.
    actionItems: bindingKinds.has(doc.kind ?? '') ? extractNorms(doc, locator, ctx.concepts, defined) : extractActions(doc, ctx.concepts, locator, voice),
    claims: extractClaims(doc, locator, voice),
    definitions,
  };
}
