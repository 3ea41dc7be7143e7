/** Tuning of the manifest check; every field has a default. */
export interface ManifestCheckOptions {
  /** Days after arrival within which the cargo must be declared. */
  coverageDays: number;
  /** Days before arrival a declaration may be lodged (pre-arrival declarations). */
  daysBefore: number;
  /**
   * The moment of the check (ISO 8601). Cargo whose coverage period has not ended is not yet
   * undeclared; without `now`, every uncovered consignment is reported.
   */
  now?: string;
  /** Relative gross mass difference tolerated between manifest and declarations. */
  massTolerance: number;
  /** Absolute gross mass difference always tolerated, kg. */
  massToleranceKg: number;
  /** Package count difference tolerated. */
  packageTolerance: number;
  /** Lowest score of a consignment-declaration pair found without a shared reference. */
  minFuzzyScore: number;
}

export const DEFAULT_MANIFEST_CHECK: Readonly<ManifestCheckOptions> = Object.freeze({
  coverageDays: 30,
  daysBefore: 30,
  massTolerance: 0.05,
  massToleranceKg: 10,
  packageTolerance: 0,
  minFuzzyScore: 0.75,
});

export function manifestCheckOptions(overrides: Partial<ManifestCheckOptions> = {}): ManifestCheckOptions {
  return { ...DEFAULT_MANIFEST_CHECK, ...overrides };
}
