/**
 * cyberspace-policy-data: the dataset and its types.
 */
export type * from '../generated/types/index.js';
export { parseSource } from './parse/index.js';
