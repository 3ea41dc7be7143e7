import type { TradeRecord } from '../trade-record.js';
import type { VerificationFinding } from '../verification-finding.js';

/** One of our declarations after cross-checking: whether any check found a discrepancy on it. */
export interface VerificationOutcome {
  declarationId: string;
  importerId: string;
  /** Days since 1970-01-01 of the declaration. */
  day: number;
  mismatch: boolean;
}

/** Codes that say "checked, and different", as opposed to "could not be checked". */
const MISMATCH_CODES = new Set([
  'partner-value-gap',
  'partner-mass-gap',
  'partner-hs-differs-6',
  'partner-hs-differs-4',
  'manifest-mass-difference',
  'manifest-package-difference',
  'declaration-without-cargo',
]);

/**
 * Outcomes of the declarations a check covered (matched to a partner export or to cargo):
 * a mismatch when a finding of a mismatch code names them. The importer id is read from the
 * record (`partyId`, else the normalised name).
 */
export function verificationOutcomes(
  checked: readonly TradeRecord[],
  findings: readonly VerificationFinding[],
): VerificationOutcome[] {
  const mismatched = new Set<string>();
  for (const finding of findings) {
    if (MISMATCH_CODES.has(finding.code)) for (const id of finding.declarationIds) mismatched.add(id);
  }
  return checked.map((record) => ({
    declarationId: record.id,
    importerId: record.partyId || record.partyName,
    day: record.day,
    mismatch: mismatched.has(record.id),
  }));
}
