import type { MirrorReport } from '../mirror/mirror-statistics.js';
import type { VerificationFinding } from '../verification-finding.js';
import type { VerificationOutcome } from './verification-outcomes.js';

/**
 * What the risk engine passes per declaration. `RiskInput` (core/risk/risk-input.ts) has these
 * fields, so it can be passed as it is.
 */
export interface VerificationSignalInput {
  /** Declaration id, to count the findings stored on it. */
  id?: string;
  importerId: string;
  hs6: string;
  originCountry: string;
  /** Country of dispatch; mirror statistics are keyed by it when given (see docs/verification.md). */
  departureCountry?: string;
  /** Days since 1970-01-01: only outcomes strictly before it count (no look-ahead). */
  day: number;
}

/** Features and rule inputs from data verification, for one declaration. */
export interface VerificationSignals {
  /** Declarations of the importer verified before this one. */
  importerVerified: number;
  importerMismatches: number;
  /** Mismatch rate smoothed toward the overall rate (NaN-free; the prior with no history). */
  importerMismatchRate: number;
  /** Mirror gap ratio of the HS6 × partner pair over the period ((expected − ours) / expected); NaN when unknown. */
  mirrorGapRatio: number;
  /** Value at stake of that pair, in the common currency (0 when unknown). */
  mirrorValueAtStake: number;
  /** Verification findings on this declaration. */
  findings: number;
  /** Rule ids that fire: `verification.<finding code>` and the threshold rules below. */
  ruleHits: string[];
}

export interface VerificationSignalOptions {
  /** Weight of the prior (in declarations) when smoothing an importer's rate. */
  priorWeight: number;
  /** `verification.importer-mismatch-rate` fires at or above this smoothed rate. */
  importerRateThreshold: number;
  /** `verification.mirror-gap` fires at or above this gap ratio. */
  mirrorGapThreshold: number;
}

/** Built once from past outcomes, findings and a mirror report; read per declaration. */
export interface VerificationSignalContext {
  options: VerificationSignalOptions;
  /** Overall mismatch rate, the prior. */
  prior: number;
  importers: Map<string, { days: Float64Array; mismatches: Uint32Array }>;
  mirror: Map<string, { gapRatio: number; valueAtStake: number }>;
  findings: Map<string, Set<string>>;
}

const DEFAULTS: VerificationSignalOptions = { priorWeight: 10, importerRateThreshold: 0.3, mirrorGapThreshold: 0.25 };

export function createVerificationSignalContext(input: {
  outcomes: readonly VerificationOutcome[];
  findings?: readonly VerificationFinding[];
  mirror?: MirrorReport;
  options?: Partial<VerificationSignalOptions>;
}): VerificationSignalContext {
  const byImporter = new Map<string, VerificationOutcome[]>();
  let mismatches = 0;
  for (const outcome of input.outcomes) {
    if (outcome.importerId === '' || !Number.isFinite(outcome.day)) continue;
    const list = byImporter.get(outcome.importerId) ?? [];
    list.push(outcome);
    byImporter.set(outcome.importerId, list);
    if (outcome.mismatch) mismatches++;
  }
  const importers = new Map<string, { days: Float64Array; mismatches: Uint32Array }>();
  for (const [id, list] of byImporter) {
    list.sort((a, b) => a.day - b.day);
    let running = 0;
    importers.set(id, {
      days: Float64Array.from(list, (o) => o.day),
      mismatches: Uint32Array.from(list, (o) => (running += o.mismatch ? 1 : 0)),
    });
  }
  const mirror = new Map<string, { gapRatio: number; valueAtStake: number }>();
  for (const pair of input.mirror?.pairs ?? []) mirror.set(`${pair.hs6}|${pair.partnerCountry}`, pair);
  const findings = new Map<string, Set<string>>();
  for (const finding of input.findings ?? []) {
    for (const id of finding.declarationIds) findings.set(id, (findings.get(id) ?? new Set()).add(finding.code));
  }
  const total = input.outcomes.length;
  return {
    options: { ...DEFAULTS, ...input.options },
    prior: total === 0 ? 0 : mismatches / total,
    importers,
    mirror,
    findings,
  };
}

/** Number of entries of a sorted array strictly below `value`. */
function countBefore(days: Float64Array, value: number): number {
  let low = 0;
  let high = days.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (days[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Verification signals of one declaration for the risk engine: the importer's past mismatch
 * rate (point in time, smoothed), the mirror gap of its HS6 × partner pair, and the findings
 * stored on it, with the rule ids they fire. Pure and cheap (two map look-ups, a binary search).
 */
export function verificationSignals(
  input: VerificationSignalInput,
  context: VerificationSignalContext,
): VerificationSignals {
  const { options, prior } = context;
  const history = context.importers.get(input.importerId);
  const verified = history ? countBefore(history.days, input.day) : 0;
  const mismatches = history && verified > 0 ? history.mismatches[verified - 1]! : 0;
  const rate = (mismatches + prior * options.priorWeight) / (verified + options.priorWeight);
  const partner = input.departureCountry || input.originCountry;
  const mirror = context.mirror.get(`${input.hs6}|${partner}`);
  const codes = input.id === undefined ? undefined : context.findings.get(input.id);
  const ruleHits = [...(codes ?? [])].map((code) => `verification.${code}`).sort();
  if (verified > 0 && rate >= options.importerRateThreshold) ruleHits.push('verification.importer-mismatch-rate');
  if (mirror && mirror.gapRatio >= options.mirrorGapThreshold) ruleHits.push('verification.mirror-gap');
  return {
    importerVerified: verified,
    importerMismatches: mismatches,
    importerMismatchRate: rate,
    mirrorGapRatio: mirror?.gapRatio ?? Number.NaN,
    mirrorValueAtStake: mirror?.valueAtStake ?? 0,
    findings: codes?.size ?? 0,
    ruleHits,
  };
}
