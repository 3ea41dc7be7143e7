import type { InspectionOutcome } from '../../model/record.js';
import type { Explanation } from '../explain/explain-prediction.js';
import type { Lane } from '../rules/targeting-rule.js';

/** How a lane was chosen. */
export type LaneBasis = 'rule' | 'model' | 'exploration' | 'capacity' | 'default';

/**
 * The lane given to one declaration and everything needed to justify it later: model and rule
 * versions, a hash of the exact inputs, and the reasons. Plain JSON, stored as it is.
 */
export interface RiskDecision {
  declarationId: string;
  date: string;
  lane: Lane;
  basis: LaneBasis;
  /** Model probability of fraud. */
  score: number;
  modelVersion: string;
  ruleSet?: { id: string; version: number };
  /** Rules that fired, whether or not they decided the lane. */
  rules: { id: string; version: number; lane: Lane }[];
  /** SHA-256 of the canonical JSON of the risk input (label excluded). */
  inputHash: string;
  /** Drawn at random from the otherwise-green share, to keep learning unbiased. */
  exploration: boolean;
  /** Plain-language reasons, strongest first. */
  reasons: string[];
  explanation?: Explanation;
}

/** What an inspection found, reported back to retrain the model. */
export interface InspectionResult {
  declarationId: string;
  /** ISO 8601. */
  inspectedAt: string;
  outcome: InspectionOutcome;
  /** Whether the inspection found the declaration wrong in any way (fraud or not). */
  discrepancyFound: boolean;
  /** The lane the declaration was in, and the decision's model version, when known. */
  lane?: Lane;
  modelVersion?: string;
  inspector?: string;
  notes?: string;
}
