import type { RiskInput } from '../risk-input.js';

/** Where a declaration goes: release, documentary check, physical inspection, post-clearance audit. */
export type Lane = 'green' | 'yellow' | 'red' | 'blue';

/** Lanes from least to most demanding at the border. */
export const LANE_SEVERITY: Record<Lane, number> = { green: 0, blue: 1, yellow: 2, red: 3 };

/** Text fields of a risk input a rule can test (the rule file schema reads this list too). */
export const RULE_TEXT_FIELDS = [
  'office',
  'processType',
  'importType',
  'importUse',
  'paymentType',
  'transportMode',
  'declarantId',
  'importerId',
  'sellerId',
  'carrierId',
  'hs6',
  'departureCountry',
  'originCountry',
  'taxType',
  'originIndicator',
] as const;
export type RuleTextField = (typeof RULE_TEXT_FIELDS)[number];

/**
 * Numbers a rule can bound: declared ones, the unit value, the model's probability, and what data
 * verification learnt: the importer's past mismatch rate and the mirror gap of the HS6 × partner
 * pair (docs/verification.md; missing until a verification run has found something).
 */
export const RULE_NUMBER_FIELDS = [
  'taxRate',
  'netMass',
  'value',
  'unitValue',
  'score',
  'importerMismatchRate',
  'mirrorGap',
] as const;
export type RuleNumberField = (typeof RULE_NUMBER_FIELDS)[number];

export const TRADER_ROLES = ['importer', 'declarant', 'seller', 'carrier'] as const;
export type TraderRole = (typeof TRADER_ROLES)[number];

/** One test; a rule fires when all of its conditions hold. */
export type RuleCondition =
  /** The field starts with one of the prefixes (HS 8517 matches 851712). */
  | { kind: 'prefix'; field: RuleTextField; values: string[] }
  | { kind: 'in'; field: RuleTextField; values: string[] }
  | { kind: 'not-in'; field: RuleTextField; values: string[] }
  /** min ≤ value < max; a missing value never matches. */
  | { kind: 'range'; field: RuleNumberField; min?: number; max?: number }
  /** The trader was never seen before, or first seen at most `withinDays` days ago. */
  | { kind: 'new-trader'; role: TraderRole; withinDays: number };

/**
 * A declarative targeting rule (a risk profile), versioned: a change is a new version, and
 * every decision records the versions that fired. Plain JSON.
 */
export interface TargetingRule {
  id: string;
  version: number;
  author: string;
  /** Why the rule exists, in words an officer understands. */
  reason: string;
  /** Inclusive `YYYY-MM-DD` bounds of the declaration dates it applies to. */
  validFrom: string;
  validTo?: string;
  conditions: RuleCondition[];
  lane: Exclude<Lane, 'green'>;
}

export interface RuleSet {
  id: string;
  version: number;
  rules: TargetingRule[];
}

/** What rules are evaluated against: the declaration, its score and its traders' histories. */
export interface RuleFacts {
  input: RiskInput;
  /** Model probability, NaN when unscored. */
  score: number;
  /** Days since each trader was first seen; NaN when never seen or absent. */
  traderAgeDays: Record<TraderRole, number>;
  /** What verification knew before the declaration's day; absent when nothing was verified. */
  verification?: RuleVerificationFacts;
}

/** Verification signals as rules read them; NaN where there is no evidence. */
export interface RuleVerificationFacts {
  /** Share of the importer's earlier verified declarations with a mismatch (smoothed). */
  importerMismatchRate: number;
  /** (expected − declared) / expected for the declaration's HS6 × partner country pair. */
  mirrorGap: number;
}

/** Where the risk engine reads verification facts from (the verification finding store). */
export interface VerificationFactSource {
  /** Re-reads what verification has stored (at start, and before a rescore or backtest). */
  refresh(): Promise<void>;
  factsOf(input: RiskInput): RuleVerificationFacts;
}
