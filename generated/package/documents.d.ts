/* eslint-disable */
/**
 * DO NOT EDIT: the declaration of the document registry, generated from generated/data/index.json by
 * `npm run build` (src/dataset/package.ts).
 */

import type { Document } from '../types/index.js';

/** Every document, sorted by id. */
export declare const documents: readonly Document[];
