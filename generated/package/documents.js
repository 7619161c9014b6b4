/* eslint-disable */
/**
 * DO NOT EDIT: the document registry of the package entry point, generated from generated/data/index.json by
 * `npm run build` (src/dataset/package.ts).
 */

import document0 from '../data/documents/chinese-contribution-internet-governance-2017.json' with { type: 'json' };
import document1 from '../data/documents/community-shared-future-cyberspace-2022-en.json' with { type: 'json' };
import document2 from '../data/documents/community-shared-future-cyberspace-2022-mt.json' with { type: 'json' };
import document3 from '../data/documents/intl-strategy-cyberspace-cooperation-2017.json' with { type: 'json' };
import document4 from '../data/documents/wsis-review-submission-2015.json' with { type: 'json' };

/** Every document, sorted by id. */
export const documents = [document0, document1, document2, document3, document4];
