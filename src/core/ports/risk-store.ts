import type { InspectionResultStore } from './inspection-result-store.js';
import type { ModelRegistry } from './model-registry.js';
import type { RiskDecisionStore } from './risk-decision-store.js';
import type { RuleSetStore } from './rule-set-store.js';

/**
 * Everything the risk engine keeps, in the declaration store's database (migration 006):
 * models, rule sets, decisions and inspection results. Implementations: store/sqlite and
 * store/postgres, both passing test/contract/risk-store.contract.ts.
 */
export interface RiskStore extends ModelRegistry, RuleSetStore, RiskDecisionStore, InspectionResultStore {
  close(): Promise<void>;
}
