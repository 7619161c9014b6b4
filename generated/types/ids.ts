/* eslint-disable */
/**
 * DO NOT EDIT: the ids of this release, generated from generated/data/index.json by
 * `npm run build` (src/dataset/package.ts).
 */

/** The ids of the documents of this release, sorted. */
export const documentIds = [
  "chinese-contribution-internet-governance-2017",
  "community-shared-future-cyberspace-2022-en",
  "community-shared-future-cyberspace-2022-mt",
  "intl-strategy-cyberspace-cooperation-2017",
  "wsis-review-submission-2015",
] as const;

/** A document id of this release. */
export type DocumentId = (typeof documentIds)[number];

/** The ids of the works of this release, sorted. */
export const workIds = [
  "chinese-contribution-internet-governance-2017",
  "community-shared-future-cyberspace-2022",
  "intl-strategy-cyberspace-cooperation-2017",
  "wsis-review-submission-2015",
] as const;

/** A work id of this release. */
export type WorkId = (typeof workIds)[number];

/** The keys of the concept vocabulary, sorted. */
export const conceptKeys = [
  "capacity-building",
  "critical-infrastructure",
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
