/**
 * The registry of integrity rules (checks beyond the schema), one file per
 * rule, run in this order by ../integrity.ts. A new rule is a file exporting
 * an `IntegrityRule` and an entry here, with its test in test/validate/rules/.
 */
import { coverage } from './coverage.js';
import { references } from './references.js';
import { sourceHash } from './source-hash.js';
import { spans } from './spans.js';
import type { IntegrityRule } from './types.js';
import { uniqueIds } from './unique-ids.js';

export type * from './types.js';

export const integrityRules: readonly IntegrityRule[] = [sourceHash, uniqueIds, spans, coverage, references];
