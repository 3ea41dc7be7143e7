import type { Sha256 } from '../core/ports/hasher.js';
import type { DecisionSubject, NewRiskDecision } from '../core/ports/risk-decision-store.js';
import type { StoredRuleSet } from '../core/ports/rule-set-store.js';
import { explainFeatures, historyFacts } from '../core/risk/explain/explain-prediction.js';
import { assignLanes } from '../core/risk/lanes/assign-lanes.js';
import type { LanePolicy } from '../core/risk/lanes/lane-policy.js';
import { scoreReason } from '../core/risk/lanes/score-reason.js';
import type { RiskScorer } from '../core/risk/model/risk-scorer.js';
import type { RiskInput } from '../core/risk/risk-input.js';
import { ruleFacts } from '../core/risk/rules/rule-facts.js';
import type { VerificationFactSource } from '../core/risk/rules/targeting-rule.js';

/** One declaration of a day to decide, scored and featurised point in time. */
export interface Candidate {
  input: RiskInput;
  declarationVersion: number;
  subject: DecisionSubject;
  /** The full feature row as known when it arrived; unit-value history may still be missing. */
  features: Float64Array;
  score: number;
}

export interface DecideOptions {
  scorer: RiskScorer;
  ruleSet: StoredRuleSet | undefined;
  policy: LanePolicy;
  sha256: Sha256;
  decidedAt: string;
  run: NewRiskDecision['run'];
  /** Places left in the day (ingest decides batch by batch); default the shares of these candidates. */
  capacity?: { red: number; yellow: number };
  seedKey?: string;
  /** Non-green decisions explained now; the others keep their features for an explanation later. */
  explainBudget: number;
  /** The complete feature row of a candidate that leaves green (what its explanation phrases read). */
  complete: (candidate: Candidate) => Float64Array;
  /** What verification knew of a candidate, for rules on mismatch rates and mirror gaps. */
  verification?: VerificationFactSource;
}

/** Whether the rule set applies to declarations of this date. */
function applies(ruleSet: StoredRuleSet | undefined, date: string): StoredRuleSet | undefined {
  if (!ruleSet || date < ruleSet.validFrom || (ruleSet.validTo !== undefined && date > ruleSet.validTo))
    return undefined;
  return ruleSet;
}

const stored = (row: Float64Array): (number | null)[] => Array.from(row, (v) => (Number.isFinite(v) ? v : null));

/**
 * Lanes for one day's candidates: rule hits, model scores and exploration under capacity
 * (assignLanes), then the reasons an officer reads: the score in words, the strongest
 * contributions (TreeSHAP) for the first `explainBudget` non-green ones, facts from history.
 */
export function decideCandidates(candidates: readonly Candidate[], options: DecideOptions): NewRiskDecision[] {
  const date = candidates[0]?.input.date ?? '';
  const facts = candidates.map((c) => ruleFacts(c, options.verification?.factsOf(c.input)));
  const byFacts = new Map(facts.map((f, i) => [f, candidates[i]!]));
  const complete = new Map<Candidate, Float64Array>();
  let budget = options.explainBudget;
  const decisions = assignLanes({
    candidates: facts,
    modelVersion: options.scorer.artifact.version,
    ...(applies(options.ruleSet, date) ? { ruleSet: options.ruleSet } : {}),
    policy: options.policy,
    hash: options.sha256,
    ...(options.capacity ? { capacity: options.capacity } : {}),
    ...(options.seedKey ? { seedKey: options.seedKey } : {}),
    explain(f) {
      const candidate = byFacts.get(f)!;
      const features = options.complete(candidate);
      complete.set(candidate, features);
      if (budget <= 0) return undefined;
      budget -= 1;
      return explainFeatures(options.scorer, { input: candidate.input, features });
    },
  });
  return decisions.map((decision, i) => {
    const candidate = candidates[i]!;
    const features = complete.get(candidate);
    const later = features !== undefined && decision.explanation === undefined;
    return {
      ...decision,
      declarationVersion: candidate.declarationVersion,
      decidedAt: options.decidedAt,
      run: options.run,
      subject: candidate.subject,
      reasons: [
        scoreReason(decision, options.policy),
        ...decision.reasons,
        ...(later ? historyFacts(candidate.input, features) : []),
      ],
      ...(later ? { features: stored(features) } : {}),
    };
  });
}
