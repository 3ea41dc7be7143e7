import type { Explanation } from '../risk/explain/explain-prediction.js';
import type { RiskDecision } from '../risk/lanes/risk-decision.js';
import type { Lane } from '../risk/rules/targeting-rule.js';
import type { LatestOutcome } from './inspection-result-store.js';

/** What an officer's list shows of a declaration without opening it. */
export interface DecisionSubject {
  lrn?: string;
  importerId?: string;
  declarantId?: string;
  hsCode?: string;
  originCountryCode?: string;
}

/** A decision on its way into the store. */
export interface NewRiskDecision extends RiskDecision {
  declarationVersion: number;
  /** ISO 8601. */
  decidedAt: string;
  /** At ingest, or by a rescore of a period. */
  run: 'ingest' | 'rescore';
  subject: DecisionSubject;
  /**
   * The full point-in-time feature row (null for missing values), kept when the explanation is
   * computed later, so that it explains what was known at the decision, not what is known now.
   */
  features?: (number | null)[];
}

export interface StoredRiskDecision extends NewRiskDecision {
  seq: number;
}

/** A current decision (the latest of its declaration) with the latest inspection outcome. */
export interface QueueEntry {
  decision: StoredRiskDecision;
  outcome?: LatestOutcome;
}

/** Declarations of one day in one current lane, and what inspections found among them. */
export interface LaneDayTally {
  date: string;
  lane: Lane;
  declarations: number;
  inspected: number;
  hits: number;
}

/** Current scores of the declarations of one month (`YYYY-MM`), counted in equal bins over [0, 1]. */
export interface ScoreBins {
  period: string;
  counts: number[];
}

/**
 * Risk decisions, append-only: a rescore appends new decisions, and the latest decision of a
 * declaration is its current lane. Read models for the officers' queue and the model's
 * performance are indexed queries, never scans of decisions.
 */
export interface RiskDecisionStore {
  /** Appends decisions in one transaction, in order; each becomes its declaration's current lane. */
  appendDecisions(decisions: readonly NewRiskDecision[]): Promise<void>;
  /** Every decision on a declaration, oldest first, explanations computed later merged in. */
  decisionsFor(declarationId: string): Promise<StoredRiskDecision[]>;
  /** Records the explanation of a decision computed after it; the first one recorded stays. */
  saveExplanation(seq: number, explanation: Explanation, computedAt: string): Promise<void>;
  /** Current decisions of a day in some lanes, strictest lane and highest score first. */
  currentDecisions(query: { date: string; lanes: readonly Lane[]; limit?: number }): Promise<QueueEntry[]>;
  /** Declarations per issue date and current lane (dates inclusive): the cheap count, no outcomes. */
  laneCounts(range: { from: string; to: string }): Promise<Omit<LaneDayTally, 'inspected' | 'hits'>[]>;
  /** Per issue date and current lane with what inspections found (dates inclusive, all when absent). */
  laneTallies(range?: { from?: string; to?: string }): Promise<LaneDayTally[]>;
  scoreDistribution(bins: number): Promise<ScoreBins[]>;
  /** Issue dates of the first and last declarations that have a current lane. */
  decisionDates(): Promise<{ first?: string; last?: string }>;
  /** Current decisions in these lanes kept with features and not explained yet, oldest first. */
  unexplained(lanes: readonly Lane[], limit: number): Promise<StoredRiskDecision[]>;
}
