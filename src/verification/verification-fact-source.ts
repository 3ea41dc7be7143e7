import type { VerificationFindingStore } from '../core/ports/verification-finding-store.js';
import type { VerificationFactSource } from '../core/risk/rules/targeting-rule.js';
import { createStoredVerificationSignals, type StoredVerificationSignals } from './stored-verification-signals.js';

const DAY_MS = 86_400_000;

/**
 * Verification signals as targeting rules read them, from the verification finding store: the
 * importer's mismatch rate over what was verified before the declaration's day (NaN when none of
 * its declarations was verified, so that the smoothing prior alone never fires a rule) and the
 * mirror gap of its HS6 × partner pair.
 */
export function createVerificationFactSource(store: VerificationFindingStore): VerificationFactSource {
  // Read on the first refresh (the engine's reload at start), not here: the store is read once.
  let signals: StoredVerificationSignals | undefined;
  return {
    async refresh() {
      if (signals) await signals.refresh();
      else signals = await createStoredVerificationSignals(store);
    },
    factsOf(input) {
      const day = Math.floor(Date.parse(input.date) / DAY_MS);
      const s = signals?.signals({
        importerId: input.importerId,
        hs6: input.hs6,
        originCountry: input.originCountry,
        departureCountry: input.departureCountry,
        day: Number.isNaN(day) ? Number.POSITIVE_INFINITY : day,
      });
      return {
        importerMismatchRate: s && s.importerVerified > 0 ? s.importerMismatchRate : Number.NaN,
        mirrorGap: s?.mirrorGapRatio ?? Number.NaN,
      };
    },
  };
}

/** The finding store, telling the fact source to re-read after each run it records (same process). */
export function refreshingOnRecord(
  store: VerificationFindingStore,
  source: VerificationFactSource,
): VerificationFindingStore {
  return {
    async record(run) {
      const result = await store.record(run);
      await source.refresh();
      return result;
    },
    forDeclaration: (id) => store.forDeclaration(id),
    query: (query) => store.query(query),
    outcomes: () => store.outcomes(),
    codesByDeclaration: () => store.codesByDeclaration(),
    close: () => store.close(),
  };
}
