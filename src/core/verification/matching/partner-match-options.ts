/** Tuning of customs-to-customs matching; every field has a default (`DEFAULT_PARTNER_MATCH`). */
export interface PartnerMatchOptions {
  /** CIF/FOB factor: our CIF value is expected to be the partner's FOB times this (IMF default 1.06). */
  cifFobFactor: number;
  /** Days an import may precede the partner's export date (clock and filing differences). */
  daysBefore: number;
  /** Days an import may follow the export (voyage time). */
  daysAfter: number;
  /** Wider window for pairs that share a UCR or transport document. */
  referenceDays: number;
  /** Lowest confidence accepted for a pair found without a shared reference. */
  minFuzzyConfidence: number;
  /** Lowest confidence accepted for a pair that shares a reference. */
  minReferenceConfidence: number;
  /** Lowest party similarity for a pair without a shared reference. */
  minPartySimilarity: number;
  /** Largest relative mass gap searched for a pair without a shared reference (0.5 = 50 %). */
  massBand: number;
  /** Candidates kept per partner record before the one-to-one assignment. */
  candidatesPerRecord: number;
  /** Our value lower than the partner's (after the factor) by more than this fraction → finding. */
  valueGapThreshold: number;
  /** Mass differing by more than this fraction → finding. */
  massGapThreshold: number;
}

export const DEFAULT_PARTNER_MATCH: Readonly<PartnerMatchOptions> = Object.freeze({
  cifFobFactor: 1.06,
  daysBefore: 10,
  daysAfter: 60,
  referenceDays: 180,
  minFuzzyConfidence: 0.7,
  minReferenceConfidence: 0.45,
  minPartySimilarity: 0.6,
  massBand: 0.3,
  candidatesPerRecord: 3,
  valueGapThreshold: 0.25,
  massGapThreshold: 0.1,
});

export function partnerMatchOptions(overrides: Partial<PartnerMatchOptions> = {}): PartnerMatchOptions {
  return { ...DEFAULT_PARTNER_MATCH, ...overrides };
}
