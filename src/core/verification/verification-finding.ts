import type { Pointer, Severity } from '../model/finding.js';

/** Which of the four verifications raised a finding. */
export type VerificationCheck = 'manifest' | 'transit' | 'partner' | 'mirror';

export type VerificationCode =
  // manifest against declarations
  | 'undeclared-cargo'
  | 'declaration-without-cargo'
  | 'manifest-mass-difference'
  | 'manifest-package-difference'
  // transit control
  | 'transit-overdue'
  | 'transit-arrived-late'
  | 'transit-seal-mismatch'
  | 'transit-seals-broken'
  | 'transit-mass-difference'
  | 'transit-package-difference'
  | 'transit-destination-changed'
  | 'transit-unloading-not-conform'
  | 'transit-control-not-satisfactory'
  // customs-to-customs matching
  | 'partner-value-gap'
  | 'partner-mass-gap'
  | 'partner-hs-differs-6'
  | 'partner-hs-differs-4'
  | 'partner-export-unmatched'
  | 'import-without-partner-export'
  // mirror statistics
  | 'mirror-gap';

/** What a finding is about: a declaration of ours, or a record that is not one. */
export type VerificationSubject =
  | { kind: 'declaration'; id: string }
  | { kind: 'cargo-consignment'; reportId: string; consignment: string }
  | { kind: 'transit-movement'; mrn: string }
  | { kind: 'partner-export'; id: string }
  | { kind: 'mirror-cell'; hs6: string; partnerCountry: string; month: string };

/** Numbers behind a finding, so that an officer sees the size of the gap. */
export interface VerificationMeasure {
  /** What the other source says (partner, manifest, departure). */
  expected?: number;
  /** What was declared or observed here. */
  actual?: number;
  /** (expected - actual) / expected, as a fraction (0.35 = 35 %). */
  gap?: number;
  unit?: 'kg' | 'packages' | 'value' | 'days';
}

/**
 * A discrepancy found by cross-checking sources. It is stored on the declarations it concerns
 * (as a `Finding` through `toDeclarationFinding`) and feeds the risk engine.
 */
export interface VerificationFinding {
  /** Deterministic: the same discrepancy found twice has the same id. */
  id: string;
  check: VerificationCheck;
  code: VerificationCode;
  severity: Severity;
  subject: VerificationSubject;
  /** Declarations the finding belongs on (ids as given to the check). */
  declarationIds: string[];
  /** Element of the canonical declaration concerned, where there is one. */
  pointer?: Pointer;
  /** Element of the other source (NCTS or CUSCAR path), where the finding is about it. */
  element?: string;
  /** Plain language, for an officer. */
  message: string;
  /** What to do about it. */
  fix: string;
  measure?: VerificationMeasure;
  /** 0-1, for findings that rest on a fuzzy match. */
  confidence?: number;
  /** The other side's references (partner export id, cargo report, MRN...). */
  evidence: Record<string, string | number>;
}

/** Builds the deterministic id of a finding from its code and the ids it concerns. */
export function verificationFindingId(code: VerificationCode, parts: readonly (string | number)[]): string {
  return `${code}:${parts.join('|')}`;
}
