import type { BacktestReport } from '../risk/rules/backtest-rules.js';
import type { RuleSet } from '../risk/rules/targeting-rule.js';
import type { ActivationChange } from './model-registry.js';

/** A rule set as a risk unit writes it (config/rules/*.json): versioned, with author, reason, validity. */
export interface RuleSetDocument extends RuleSet {
  author: string;
  reason: string;
  /** Inclusive `YYYY-MM-DD` bounds of the declaration dates the set applies to. */
  validFrom: string;
  validTo?: string;
}

export interface StoredRuleSet extends RuleSetDocument {
  /** ISO 8601. */
  storedAt: string;
}

export type SaveRuleSetResult =
  | { status: 'stored' | 'duplicate'; id: string; version: number }
  /** The id and version exist with other content: a change needs a new version. */
  | { status: 'conflict'; id: string; version: number };

export interface StoredBacktest {
  /** ISO 8601. */
  computedAt: string;
  report: BacktestReport;
}

/** Versioned targeting rule sets (append-only), the one in use, and backtests of them. */
export interface RuleSetStore {
  saveRuleSet(ruleSet: RuleSetDocument, storedAt: string): Promise<SaveRuleSetResult>;
  /** Every version of every set, most recently stored first. */
  ruleSets(): Promise<StoredRuleSet[]>;
  ruleSet(id: string, version: number): Promise<StoredRuleSet | undefined>;
  activeRuleSet(): Promise<StoredRuleSet | undefined>;
  /** Puts a stored version in use, or none (`undefined`). */
  activateRuleSet(
    ruleSet: { id: string; version: number } | undefined,
    change: ActivationChange,
  ): Promise<{ status: 'activated' | 'unknown-rule-set' }>;
  saveBacktest(report: BacktestReport, computedAt: string): Promise<void>;
  /** The latest backtest of a rule set version (or of any, when none is named). */
  latestBacktest(ruleSet?: { id: string; version: number }): Promise<StoredBacktest | undefined>;
}
