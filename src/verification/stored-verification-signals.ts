import type { VerificationFindingStore } from '../core/ports/verification-finding-store.js';
import {
  createVerificationSignalContext,
  verificationSignals,
  type VerificationSignalContext,
  type VerificationSignalInput,
  type VerificationSignalOptions,
  type VerificationSignals,
} from '../core/verification/signals/verification-signals.js';

/** Verification signals over what the store holds, for the risk engine. */
export interface StoredVerificationSignals {
  /** Re-reads outcomes and findings (after a verification run). */
  refresh(): Promise<void>;
  /** The signals of one declaration (a `RiskInput` fits as it is). */
  signals(input: VerificationSignalInput): VerificationSignals;
  /**
   * An importer's past mismatch rate, smoothed toward the overall rate: the share of its declarations
   * verified strictly before `day` (days since 1970-01-01; default: all) that had a mismatch finding.
   */
  importerMismatchRate(importerId: string, day?: number): { rate: number; verified: number; mismatches: number };
}

/** Mirror pairs known from their flagged months: gap over the flagged cells, value at stake summed. */
async function mirrorPairs(store: VerificationFindingStore): Promise<VerificationSignalContext['mirror']> {
  const sums = new Map<string, { expected: number; actual: number; valueAtStake: number }>();
  let cursor: string | undefined;
  do {
    const page = await store.query({ code: 'mirror-gap', limit: 1000, ...(cursor ? { cursor } : {}) });
    for (const { finding, valueAtStake } of page.items) {
      const { hs6, partnerCountry } = finding.evidence;
      const key = `${String(hs6)}|${String(partnerCountry)}`;
      const sum = sums.get(key) ?? { expected: 0, actual: 0, valueAtStake: 0 };
      sum.expected += finding.measure?.expected ?? 0;
      sum.actual += finding.measure?.actual ?? 0;
      // A cell's window spans three months: a third of its gap is the month's share.
      sum.valueAtStake += valueAtStake / 3;
      sums.set(key, sum);
    }
    cursor = page.nextCursor;
  } while (cursor);
  const pairs = new Map<string, { gapRatio: number; valueAtStake: number }>();
  for (const [key, sum] of sums) {
    pairs.set(key, {
      gapRatio: sum.expected > 0 ? (sum.expected - sum.actual) / sum.expected : Number.NaN,
      valueAtStake: sum.valueAtStake,
    });
  }
  return pairs;
}

/**
 * Builds the verification signal context from the verification finding store: outcomes of past
 * checks (the importer's mismatch rate, point in time), the finding codes stored on each
 * declaration, and mirror gaps from the stored mirror findings.
 */
export async function createStoredVerificationSignals(
  store: VerificationFindingStore,
  options: Partial<VerificationSignalOptions> = {},
): Promise<StoredVerificationSignals> {
  let context = createVerificationSignalContext({ outcomes: [], options });
  const refresh = async () => {
    const next = createVerificationSignalContext({ outcomes: await store.outcomes(), options });
    for (const [id, codes] of await store.codesByDeclaration()) next.findings.set(id, codes);
    for (const [key, pair] of await mirrorPairs(store)) next.mirror.set(key, pair);
    context = next;
  };
  await refresh();
  return {
    refresh,
    signals: (input) => verificationSignals(input, context),
    importerMismatchRate(importerId, day = Number.POSITIVE_INFINITY) {
      const signals = verificationSignals({ importerId, hs6: '', originCountry: '', day }, context);
      return {
        rate: signals.importerMismatchRate,
        verified: signals.importerVerified,
        mismatches: signals.importerMismatches,
      };
    },
  };
}
