/** Shares and sizes of the distortions the generator injects; every field has a default. */
export interface DistortionRates {
  /** Our imports the partner does not report (no partner export). */
  missingExport: number;
  /** Partner exports whose import is removed from our side (entered undeclared). */
  missingImport: number;
  /** Partner value higher than ours by a factor drawn from `underValuationFactor`. */
  underValuation: number;
  underValuationFactor: readonly [number, number];
  /** Commodity code changed within the heading (6 digits) / to another heading (4 digits). */
  misclassification6: number;
  misclassification4: number;
  /** Export date moved by a further ± `shiftDays` beyond the normal voyage time. */
  shiftedDates: number;
  shiftDays: readonly [number, number];
  /** Partner exports stripped of every reference (UCR, transport document, containers). */
  missingReferences: number;
  /** Standard deviation of the relative mass noise between the two declarations. */
  massNoise: number;
  /** Cargo on the manifest with no declaration. */
  undeclaredCargo: number;
}

export interface PartnerDataOptions {
  seed: number;
  /** ISO code of the country whose imports these are (destination of partner exports). */
  reportingCountry: string;
  /** Currency of partner exports, and how many units of ours one of it buys. */
  partnerCurrency: string;
  exchangeRate: number;
  rates: DistortionRates;
}

export const DEFAULT_DISTORTIONS: Readonly<DistortionRates> = Object.freeze({
  missingExport: 0.03,
  missingImport: 0.02,
  underValuation: 0.05,
  underValuationFactor: [1.1, 3] as const,
  misclassification6: 0.02,
  misclassification4: 0.01,
  shiftedDates: 0.05,
  shiftDays: [4, 20] as const,
  missingReferences: 0.4,
  massNoise: 0.02,
  undeclaredCargo: 0.02,
});

export function partnerDataOptions(
  overrides: Partial<Omit<PartnerDataOptions, 'rates'>> & { rates?: Partial<DistortionRates> } = {},
): PartnerDataOptions {
  return {
    seed: overrides.seed ?? 42,
    reportingCountry: overrides.reportingCountry ?? 'KR',
    partnerCurrency: overrides.partnerCurrency ?? 'USD',
    exchangeRate: overrides.exchangeRate ?? 1300,
    rates: { ...DEFAULT_DISTORTIONS, ...overrides.rates },
  };
}
