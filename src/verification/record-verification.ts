import type { VerificationFindingStore, VerificationRecordResult } from '../core/ports/verification-finding-store.js';
import { verificationOutcomes } from '../core/verification/signals/verification-outcomes.js';
import type { TradeRecord } from '../core/verification/trade-record.js';
import type { VerificationCheck, VerificationFinding } from '../core/verification/verification-finding.js';

/**
 * Records a run's findings and the outcome of every declaration it checked (mismatch or not),
 * which is what an importer's mismatch rate counts. Records must carry store ids.
 */
export function recordVerification(
  store: VerificationFindingStore,
  run: {
    check: VerificationCheck;
    findings: readonly VerificationFinding[];
    checked: readonly TradeRecord[];
    source: string;
  },
): Promise<VerificationRecordResult> {
  return store.record({
    check: run.check,
    findings: run.findings,
    outcomes: verificationOutcomes(run.checked, run.findings),
    source: run.source,
  });
}
