import { canonicalJson } from '../../model/canonical-json.js';
import type { Sha256 } from '../../ports/hasher.js';
import type { Explanation } from '../explain/explain-prediction.js';
import { createPrng } from '../gbdt/prng.js';
import { ruleFires } from '../rules/rule-match.js';
import { LANE_SEVERITY, type Lane, type RuleFacts, type RuleSet, type TargetingRule } from '../rules/targeting-rule.js';
import { DEFAULT_LANE_POLICY, type LanePolicy } from './lane-policy.js';
import type { LaneBasis, RiskDecision } from './risk-decision.js';

export interface AssignLanesOptions {
  /** One day's scored declarations (rule facts carry the input and the score). */
  candidates: readonly RuleFacts[];
  modelVersion: string;
  ruleSet?: RuleSet;
  policy?: Partial<LanePolicy>;
  hash: Sha256;
  /**
   * Explains a declaration that leaves green (TreeSHAP is too costly for every green one);
   * undefined leaves it for later.
   */
  explain?: (facts: RuleFacts) => Explanation | undefined;
  /**
   * Red and yellow places left for these declarations, when they are part of a day whose other
   * declarations were decided earlier (ingest decides batch by batch); default: the policy's
   * shares of the candidates.
   */
  capacity?: { red: number; yellow: number };
  /** What the exploration draw is seeded with besides the policy seed; default the day's date. */
  seedKey?: string;
}

interface Working {
  facts: RuleFacts;
  fired: TargetingRule[];
  ruleLane: Lane;
  lane: Lane;
  basis: LaneBasis;
  exploration: boolean;
  notes: string[];
}

function byPriority(a: Working, b: Working): number {
  const rule = LANE_SEVERITY[b.ruleLane] - LANE_SEVERITY[a.ruleLane];
  return rule || b.facts.score - a.facts.score || a.facts.input.id.localeCompare(b.facts.input.id);
}

function daySeed(seed: number, date: string): number {
  let h = seed >>> 0;
  for (let i = 0; i < date.length; i++) h = Math.imul(h ^ date.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

function fill(pool: Working[], capacity: number, lane: Lane): Working[] {
  const sorted = [...pool].sort(byPriority);
  sorted.slice(0, capacity).forEach((w) => {
    w.lane = lane;
    w.basis = w.ruleLane === lane ? 'rule' : w.basis === 'capacity' ? 'capacity' : 'model';
  });
  return sorted.slice(capacity);
}

/**
 * Chooses green / yellow / red / blue for one day's declarations under capacity: rule hits
 * first, then the model's highest scores; a random share of the otherwise green goes red for
 * exploration (out of red capacity); red overflow drops to yellow, yellow overflow to blue
 * (post-clearance audit). Deterministic for a policy seed and date.
 */
export function assignLanes(options: AssignLanesOptions): RiskDecision[] {
  const policy = { ...DEFAULT_LANE_POLICY, ...options.policy };
  const rules = options.ruleSet?.rules ?? [];
  const work: Working[] = options.candidates.map((facts) => {
    const fired = rules.filter((r) => ruleFires(r, facts));
    const ruleLane = fired.reduce<Lane>((l, r) => (LANE_SEVERITY[r.lane] > LANE_SEVERITY[l] ? r.lane : l), 'green');
    return { facts, fired, ruleLane, lane: 'green', basis: 'default', exploration: false, notes: [] };
  });
  const n = work.length;
  const redCap = Math.max(0, options.capacity?.red ?? Math.floor(n * policy.redShare));
  const yellowCap = Math.max(0, options.capacity?.yellow ?? Math.floor(n * policy.yellowShare));
  const otherwiseGreen = work.filter((w) => w.ruleLane === 'green' && !(w.facts.score >= policy.yellowScore));
  const next = createPrng(daySeed(policy.seed, options.seedKey ?? work[0]?.facts.input.date ?? ''));
  const explorers = otherwiseGreen.filter(() => next() < policy.explorationShare).slice(0, redCap);
  for (const w of explorers) Object.assign(w, { lane: 'red', basis: 'exploration', exploration: true });
  const wantsRed = work.filter((w) => !w.exploration && (w.ruleLane === 'red' || w.facts.score >= policy.redScore));
  const redOverflow = fill(wantsRed, redCap - explorers.length, 'red');
  for (const w of redOverflow) {
    w.basis = 'capacity';
    w.notes.push('red capacity reached for the day: documentary check instead');
  }
  const wantsYellow = [
    ...redOverflow,
    ...work.filter(
      (w) =>
        w.lane === 'green' &&
        !w.exploration &&
        !redOverflow.includes(w) &&
        (w.ruleLane === 'yellow' || w.facts.score >= policy.yellowScore),
    ),
  ];
  const yellowOverflow = fill(wantsYellow, yellowCap, 'yellow');
  for (const w of yellowOverflow) Object.assign(w, { lane: 'blue', basis: 'capacity' });
  yellowOverflow.forEach((w) => w.notes.push('yellow capacity reached for the day: post-clearance audit'));
  for (const w of work)
    if (w.lane === 'green' && w.ruleLane === 'blue') Object.assign(w, { lane: 'blue', basis: 'rule' });
  return work.map((w) => decision(w, options));
}

/** Missing numbers are NaN in a risk input; canonical JSON has null for them. */
function hashable(input: object): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(input).map(([k, v]) => [k, typeof v === 'number' && !Number.isFinite(v) ? null : v]),
  );
}

function decision(w: Working, options: AssignLanesOptions): RiskDecision {
  const { input, score } = w.facts;
  const unlabelled: Partial<typeof input> = { ...input };
  delete unlabelled.label;
  const explanation = w.lane !== 'green' && options.explain ? options.explain(w.facts) : undefined;
  const reasons = [
    ...(w.exploration ? ['selected at random for exploration (keeps the model learning from unbiased outcomes)'] : []),
    ...w.fired.map((r) => `rule ${r.id} v${r.version} (${r.author}): ${r.reason}`),
    ...(explanation?.reasons ?? []),
    ...(explanation?.context ?? []),
    ...w.notes,
  ];
  const out: RiskDecision = {
    declarationId: input.id,
    date: input.date,
    lane: w.lane,
    basis: w.basis,
    score,
    modelVersion: options.modelVersion,
    rules: w.fired.map((r) => ({ id: r.id, version: r.version, lane: r.lane })),
    inputHash: options.hash(canonicalJson(hashable(unlabelled))),
    exploration: w.exploration,
    reasons,
  };
  if (options.ruleSet) out.ruleSet = { id: options.ruleSet.id, version: options.ruleSet.version };
  if (explanation) out.explanation = explanation;
  return out;
}
