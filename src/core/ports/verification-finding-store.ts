import type { VerificationOutcome } from '../verification/signals/verification-outcomes.js';
import type { VerificationCheck, VerificationCode, VerificationFinding } from '../verification/verification-finding.js';
import type { Page } from './declaration-store.js';

/** One stored finding, on one declaration (or on none: undeclared cargo, an overdue movement, a mirror gap). */
export interface StoredVerificationFinding {
  finding: VerificationFinding;
  /** The declaration (store id) this row puts the finding on; absent when it concerns none of ours. */
  declarationId?: string;
  /** What the gap is worth in the common currency (0 when it is not a value), for ranking. */
  valueAtStake: number;
  /** Who recorded it: `cli:verify manifests`, `api:verify partners`... */
  source: string;
  /** ISO 8601 time it was first recorded. */
  recordedAt: string;
}

/** The result of one verification run to record. */
export interface VerificationRun {
  /** The check that ran (outcomes are kept per check). */
  check: VerificationCheck;
  findings: readonly VerificationFinding[];
  /** Declarations the run checked, mismatch or not: the denominator of an importer's mismatch rate. */
  outcomes?: readonly VerificationOutcome[];
  source: string;
}

export interface VerificationRecordResult {
  /** Finding rows written (one per finding and declaration it concerns). */
  stored: number;
  /** Finding rows already there from an earlier run (same finding id and declaration). */
  duplicates: number;
  /** Outcome rows written. */
  outcomes: number;
}

export interface VerificationFindingQuery {
  declarationId?: string;
  code?: VerificationCode;
  check?: VerificationCheck;
  cursor?: string;
  /** 1..1000, default 100. */
  limit?: number;
}

/**
 * Append-only record of verification findings per declaration, and of which declarations were
 * checked. Re-running a check records nothing new for what it found before (findings have
 * deterministic ids). Implementations: store/sqlite and store/postgres (contract in
 * test/contract/verification-finding-store.contract.ts).
 */
export interface VerificationFindingStore {
  record(run: VerificationRun): Promise<VerificationRecordResult>;
  /** Findings on one declaration, most valuable first. */
  forDeclaration(declarationId: string): Promise<StoredVerificationFinding[]>;
  /** Findings ranked by value at stake (largest first), then severity, then id. */
  query(query: VerificationFindingQuery): Promise<Page<StoredVerificationFinding>>;
  /** One outcome per checked declaration: a mismatch if any run found one on it. */
  outcomes(): Promise<VerificationOutcome[]>;
  /** Codes of the findings stored on each declaration. */
  codesByDeclaration(): Promise<Map<string, Set<string>>>;
  close(): Promise<void>;
}
