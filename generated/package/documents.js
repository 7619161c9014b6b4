/* eslint-disable */
/**
 * DO NOT EDIT: the document registry of the package entry point, generated from generated/data/index.json by
 * `npm run build` (src/dataset/package.ts).
 */

import document0 from '../data/documents/6g-principles-joint-statement-2024.json' with { type: 'json' };
import document1 from '../data/documents/asean-us-digital-development-statement-2021.json' with { type: 'json' };
import document2 from '../data/documents/china-asean-digital-ecosystem-statement-2024.json' with { type: 'json' };
import document3 from '../data/documents/china-france-ai-global-governance-statement-2024.json' with { type: 'json' };
import document4 from '../data/documents/chinese-contribution-internet-governance-2017.json' with { type: 'json' };
import document5 from '../data/documents/coe-convention-108-data-protection-1981.json' with { type: 'json' };
import document6 from '../data/documents/coe-convention-on-cybercrime-2001.json' with { type: 'json' };
import document7 from '../data/documents/commercial-spyware-joint-statement-2023.json' with { type: 'json' };
import document8 from '../data/documents/community-shared-future-cyberspace-2022-en.json' with { type: 'json' };
import document9 from '../data/documents/community-shared-future-cyberspace-2022-mt.json' with { type: 'json' };
import document10 from '../data/documents/counter-ransomware-initiative-statement-2021.json' with { type: 'json' };
import document11 from '../data/documents/gdi-digital-cooperation-forum-chair-statement-2024.json' with { type: 'json' };
import document12 from '../data/documents/global-cross-border-data-flow-initiative-2024.json' with { type: 'json' };
import document13 from '../data/documents/global-security-initiative-concept-paper-2023.json' with { type: 'json' };
import document14 from '../data/documents/intl-strategy-cyberspace-cooperation-2017.json' with { type: 'json' };
import document15 from '../data/documents/israel-international-law-cyber-operations-2020.json' with { type: 'json' };
import document16 from '../data/documents/korea-national-cybersecurity-strategy-2024-zh.json' with { type: 'json' };
import document17 from '../data/documents/paris-call-trust-security-cyberspace-2018.json' with { type: 'json' };
import document18 from '../data/documents/prc-aigc-labeling-measures-draft-2024.json' with { type: 'json' };
import document19 from '../data/documents/prc-algorithm-recommendation-provisions-2021.json' with { type: 'json' };
import document20 from '../data/documents/prc-cii-security-protection-regulations-2021.json' with { type: 'json' };
import document21 from '../data/documents/prc-cybersecurity-law-2016.json' with { type: 'json' };
import document22 from '../data/documents/prc-cyberviolence-governance-notice-2022.json' with { type: 'json' };
import document23 from '../data/documents/prc-data-security-law-2021.json' with { type: 'json' };
import document24 from '../data/documents/prc-deep-synthesis-provisions-2022.json' with { type: 'json' };
import document25 from '../data/documents/prc-network-data-security-regulations-2024.json' with { type: 'json' };
import document26 from '../data/documents/prc-personal-information-protection-law-2021.json' with { type: 'json' };
import document27 from '../data/documents/prc-pi-export-standard-contract-measures-2023.json' with { type: 'json' };
import document28 from '../data/documents/quad-technology-principles-2021.json' with { type: 'json' };
import document29 from '../data/documents/russia-international-information-security-principles-2013.json' with { type: 'json' };
import document30 from '../data/documents/us-allies-prc-cyber-attribution-2021.json' with { type: 'json' };
import document31 from '../data/documents/us-eo-14028-improving-cybersecurity-2021.json' with { type: 'json' };
import document32 from '../data/documents/us-eo-14117-bulk-sensitive-data-2024.json' with { type: 'json' };
import document33 from '../data/documents/us-eu-ttc-joint-statement-2022.json' with { type: 'json' };
import document34 from '../data/documents/wsis-review-submission-2015.json' with { type: 'json' };

/** Every document, sorted by id. */
export const documents = [document0, document1, document2, document3, document4, document5, document6, document7, document8, document9, document10, document11, document12, document13, document14, document15, document16, document17, document18, document19, document20, document21, document22, document23, document24, document25, document26, document27, document28, document29, document30, document31, document32, document33, document34];
