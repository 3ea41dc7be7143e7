import type { Finding } from '../model/finding.js';
import type { ReferenceData } from '../reference/reference-data.js';
import type { UnitValueHistory } from './unit-value-history.js';

/** The latest stored version under the same idempotency key, when there is one. */
export interface ExistingVersion {
  contentHash: string;
  version: number;
  functionCode: string;
}

/** Everything a validation needs besides the declaration itself. */
export interface ValidationContext {
  reference: ReferenceData;
  /** Unit values of accepted declarations; without it the unit-value rule is silent. */
  unitValues?: UnitValueHistory;
  /**
   * Set by a caller that looked the declaration's key up in the store: the duplicate rules
   * only run when `contentHash` is given, and then `existing` absent means "not found".
   */
  existing?: ExistingVersion;
  contentHash?: string;
  /** The moment of validation: dates after it are in the future. */
  now: Date | string;
}

export interface ValidationResult {
  findings: Finding[];
  /** 0-100, see quality-score.ts. */
  qualityScore: number;
}
