/**
 * The registry of correction operations: one file per operation, each
 * checking its correction against the data and applying it (see
 * targets.ts for what they get). Structure corrections (`mark-heading`,
 * `not-heading`) steer the parser instead and are only checked (structure.ts).
 */
import type { Operation } from '../targets.js';
import { addItem } from './add-item.js';
import { reclassify } from './reclassify.js';
import { removeItem } from './remove-item.js';
import { replaceText } from './replace-text.js';

export const operations: Readonly<Record<string, Operation>> = {
  'replace-text': replaceText,
  reclassify,
  'remove-item': removeItem,
  'add-item': addItem,
};
