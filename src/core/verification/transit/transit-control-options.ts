/** Tuning of transit control. */
export interface TransitControlOptions {
  /** The moment of the check (ISO 8601): movements are overdue relative to it. */
  now: string;
  /** Time limit, in days from release (or acceptance), of a movement that carries no `limitDate`. */
  defaultTimeLimitDays: number;
  /** Relative mass difference tolerated between departure and destination (0.02 = 2 %). */
  massTolerance: number;
  /** Absolute mass difference always tolerated, kg (weighing precision). */
  massToleranceKg: number;
  /** Package count difference tolerated. */
  packageTolerance: number;
}

export const DEFAULT_TRANSIT_CONTROL: Readonly<Omit<TransitControlOptions, 'now'>> = Object.freeze({
  defaultTimeLimitDays: 8,
  massTolerance: 0.02,
  massToleranceKg: 5,
  packageTolerance: 0,
});

export function transitControlOptions(
  overrides: Partial<TransitControlOptions> & { now: string },
): TransitControlOptions {
  return { ...DEFAULT_TRANSIT_CONTROL, ...overrides };
}
