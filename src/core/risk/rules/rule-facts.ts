import { FEATURE_INDEX } from '../features/feature-names.js';
import type { RiskInput } from '../risk-input.js';
import type { RuleFacts, RuleVerificationFacts, TraderRole } from './targeting-rule.js';

const ROLES: TraderRole[] = ['importer', 'declarant', 'seller', 'carrier'];
const AGE_COLUMN = ROLES.map((role) => FEATURE_INDEX.get(`${role}Id_days_since_first`)!);

/** What a rule is evaluated on: a declaration, its full point-in-time feature row and its score. */
export interface ScoredRow {
  input: RiskInput;
  features: ArrayLike<number>;
  /** Model probability; NaN (the default) when unscored. */
  score?: number;
}

/** Rule facts from a scored row and what verification knew before its day. */
export function ruleFacts(row: ScoredRow, verification?: RuleVerificationFacts): RuleFacts {
  const traderAgeDays = {} as Record<TraderRole, number>;
  ROLES.forEach((role, i) => (traderAgeDays[role] = row.features[AGE_COLUMN[i]!]!));
  return { input: row.input, score: row.score ?? Number.NaN, traderAgeDays, ...(verification ? { verification } : {}) };
}
