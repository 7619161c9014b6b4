/**
 * Corrections: load, check and apply the reviewed fixes of `data/corrections/`.
 */
export { loadCorrections, type LoadedCorrection } from './load.js';
export { applyCorrections, structureHints, type AppliedCorrection } from './apply.js';
