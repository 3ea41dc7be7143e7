import type { LanePolicy } from './lane-policy.js';
import type { RiskDecision } from './risk-decision.js';

const percent = (p: number) => (p < 0.01 && p > 0 ? '<1%' : `${Math.round(p * 100)}%`);

/**
 * The score in words, first among a decision's reasons: what an officer (or a filer, for green)
 * reads before the contributions.
 */
export function scoreReason(decision: Pick<RiskDecision, 'lane' | 'basis' | 'score'>, policy: LanePolicy): string {
  if (!Number.isFinite(decision.score)) return 'not scored by a model';
  const score = `risk score ${percent(decision.score)}`;
  if (decision.basis === 'model' && decision.lane === 'red')
    return `${score}: among the highest of the day (physical inspection from ${percent(policy.redScore)})`;
  if (decision.basis === 'model' && decision.lane === 'yellow')
    return `${score}: documentary check from ${percent(policy.yellowScore)}`;
  if (decision.lane === 'green') return `${score}: below the ${percent(policy.yellowScore)} of a documentary check`;
  return score;
}
