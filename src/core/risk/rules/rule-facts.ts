import { FEATURE_INDEX } from '../features/feature-names.js';
import type { RiskInput } from '../risk-input.js';
import type { RuleFacts, TraderRole } from './targeting-rule.js';

const ROLES: TraderRole[] = ['importer', 'declarant', 'seller', 'carrier'];
const AGE_COLUMN = ROLES.map((role) => FEATURE_INDEX.get(`${role}Id_days_since_first`)!);

/** Rule facts from a declaration, its full point-in-time feature row and its score. */
export function ruleFacts(input: RiskInput, features: ArrayLike<number>, score = Number.NaN): RuleFacts {
  const traderAgeDays = {} as Record<TraderRole, number>;
  ROLES.forEach((role, i) => (traderAgeDays[role] = features[AGE_COLUMN[i]!]!));
  return { input, score, traderAgeDays };
}
