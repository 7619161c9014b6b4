/* eslint-disable */
/**
 * DO NOT EDIT: the ids of this release, generated from generated/data/index.json by
 * `npm run build` (src/dataset/package.ts).
 */

/** The ids of the documents of this release, sorted. */
export const documentIds = [
  "6g-principles-joint-statement-2024",
  "asean-us-digital-development-statement-2021",
  "china-asean-digital-ecosystem-statement-2024",
  "china-france-ai-global-governance-statement-2024",
  "chinese-contribution-internet-governance-2017",
  "coe-convention-108-data-protection-1981",
  "coe-convention-on-cybercrime-2001",
  "commercial-spyware-joint-statement-2023",
  "community-shared-future-cyberspace-2022-en",
  "community-shared-future-cyberspace-2022-mt",
  "counter-ransomware-initiative-statement-2021",
  "gdi-digital-cooperation-forum-chair-statement-2024",
  "global-cross-border-data-flow-initiative-2024",
  "global-security-initiative-concept-paper-2023",
  "intl-strategy-cyberspace-cooperation-2017",
  "israel-international-law-cyber-operations-2020",
  "korea-national-cybersecurity-strategy-2024-zh",
  "paris-call-trust-security-cyberspace-2018",
  "prc-aigc-labeling-measures-draft-2024",
  "prc-algorithm-recommendation-provisions-2021",
  "prc-cii-security-protection-regulations-2021",
  "prc-cybersecurity-law-2016",
  "prc-cyberviolence-governance-notice-2022",
  "prc-data-security-law-2021",
  "prc-deep-synthesis-provisions-2022",
  "prc-network-data-security-regulations-2024",
  "prc-personal-information-protection-law-2021",
  "prc-pi-export-standard-contract-measures-2023",
  "quad-technology-principles-2021",
  "russia-international-information-security-principles-2013",
  "us-allies-prc-cyber-attribution-2021",
  "us-eo-14028-improving-cybersecurity-2021",
  "us-eo-14117-bulk-sensitive-data-2024",
  "us-eu-ttc-joint-statement-2022",
  "wsis-review-submission-2015",
] as const;

/** A document id of this release. */
export type DocumentId = (typeof documentIds)[number];

/** The ids of the works of this release, sorted. */
export const workIds = [
  "6g-principles-joint-statement-2024",
  "asean-us-digital-development-statement-2021",
  "china-asean-digital-ecosystem-statement-2024",
  "china-france-ai-global-governance-statement-2024",
  "chinese-contribution-internet-governance-2017",
  "coe-convention-108-data-protection-1981",
  "coe-convention-on-cybercrime-2001",
  "commercial-spyware-joint-statement-2023",
  "community-shared-future-cyberspace-2022",
  "counter-ransomware-initiative-statement-2021",
  "gdi-digital-cooperation-forum-chair-statement-2024",
  "global-cross-border-data-flow-initiative-2024",
  "global-security-initiative-concept-paper-2023",
  "intl-strategy-cyberspace-cooperation-2017",
  "israel-international-law-cyber-operations-2020",
  "korea-national-cybersecurity-strategy-2024",
  "paris-call-trust-security-cyberspace-2018",
  "prc-aigc-labeling-measures-draft-2024",
  "prc-algorithm-recommendation-provisions-2021",
  "prc-cii-security-protection-regulations-2021",
  "prc-cybersecurity-law-2016",
  "prc-cyberviolence-governance-notice-2022",
  "prc-data-security-law-2021",
  "prc-deep-synthesis-provisions-2022",
  "prc-network-data-security-regulations-2024",
  "prc-personal-information-protection-law-2021",
  "prc-pi-export-standard-contract-measures-2023",
  "quad-technology-principles-2021",
  "russia-international-information-security-principles-2013",
  "us-allies-prc-cyber-attribution-2021",
  "us-eo-14028-improving-cybersecurity-2021",
  "us-eo-14117-bulk-sensitive-data-2024",
  "us-eu-ttc-joint-statement-2022",
  "wsis-review-submission-2015",
] as const;

/** A work id of this release. */
export type WorkId = (typeof workIds)[number];

/** The keys of the concept vocabulary, sorted. */
export const conceptKeys = [
  "artificial-intelligence",
  "capacity-building",
  "critical-infrastructure",
  "cross-border-data",
  "cultural-exchange",
  "cybercrime-terrorism",
  "data-security",
  "digital-economy",
  "good-order",
  "human-rights",
  "innovation-competition",
  "international-rules",
  "internet-governance",
  "openness-cooperation",
  "peace",
  "shared-benefits",
  "shared-governance",
  "sovereignty",
  "trust-resilience",
] as const;

/** A key of the concept vocabulary of this release. */
export type ConceptKey = (typeof conceptKeys)[number];
