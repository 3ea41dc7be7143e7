import type { NewRiskDecision } from '../core/ports/risk-decision-store.js';
import { FeatureHistory } from '../core/risk/features/feature-history.js';
import { FEATURE_COUNT } from '../core/risk/features/feature-names.js';
import { writeFeatures, type FeatureBlocks } from '../core/risk/features/featurizer.js';
import { decisionSubject } from '../core/risk/lanes/decision-subject.js';
import type { RiskScorer } from '../core/risk/model/risk-scorer.js';
import { backtestRules, type BacktestRecord, type BacktestReport } from '../core/risk/rules/backtest-rules.js';
import { ruleFacts } from '../core/risk/rules/rule-facts.js';
import { decideCandidates, type Candidate } from './decide-candidates.js';
import type { RiskEngine } from './risk-engine.js';
import { storedInputs, type StoredInput } from './stored-inputs.js';

export interface RescoreOptions {
  /** Inclusive `YYYY-MM-DD` bounds; default the whole store. */
  from?: string;
  to?: string;
  /** Called after each stored chunk with the declarations decided so far. */
  onProgress?: (decided: number, date: string) => void;
}

export type RescoreReport =
  | { status: 'no-model' }
  | {
      status: 'rescored';
      modelVersion: string;
      from: string;
      to: string;
      decisions: number;
      lanes: Record<string, number>;
      backtest?: BacktestReport;
      seconds: number;
    };

const BLOCKS: FeatureBlocks = { entities: true, goods: true, unitHistory: false };
const CHUNK = 5000;

/**
 * `tamga risk rescore`: decides a period again with the active model and rule set, day by day and
 * point in time: the history is rebuilt from the store up to each day (labels of earlier days
 * included, as they would have been known), then the day is decided under its full capacity.
 * Every decision is a new one (append-only); the current lanes follow. The active rule set is
 * backtested on the same facts.
 */
export async function rescorePeriod(engine: RiskEngine, options: RescoreOptions = {}): Promise<RescoreReport> {
  const scorer = engine.scorer();
  if (!scorer) return { status: 'no-model' };
  const started = performance.now();
  const history = new FeatureHistory(scorer.artifact.params.smoothing);
  const ruleSet = engine.ruleSet();
  const decidedAt = engine.now().toISOString();
  const lanes: Record<string, number> = { green: 0, yellow: 0, red: 0, blue: 0 };
  const backtest: BacktestRecord[] = [];
  let pending: NewRiskDecision[] = [];
  let decided = 0;
  let day: StoredInput[] = [];
  let first = '';
  let last = '';
  const flush = async () => {
    if (pending.length === 0) return;
    await engine.risk.appendDecisions(pending);
    await engine.announce(pending);
    decided += pending.length;
    options.onProgress?.(decided, pending.at(-1)!.date);
    pending = [];
  };
  const decideDay = async () => {
    if (day.length === 0) return;
    const candidates = featurise(day, { scorer, history });
    const decisions = decideCandidates(candidates, {
      scorer,
      ruleSet,
      policy: engine.config.lanes,
      sha256: engine.sha256,
      decidedAt,
      run: 'rescore',
      explainBudget: 0,
      complete: (candidate) => complete(candidate, { scorer, history }),
    });
    candidates.forEach((c, i) => {
      lanes[decisions[i]!.lane]! += 1;
      backtest.push({
        facts: ruleFacts(c.input, c.features, c.score),
        ...(c.input.label ? { label: c.input.label } : {}),
      });
    });
    for (const item of day) history.observe(item.input, true);
    first ||= day[0]!.input.date;
    last = day[0]!.input.date;
    pending.push(...decisions);
    day = [];
    if (pending.length >= CHUNK) await flush();
  };
  for await (const page of storedInputs(engine, options.to ? { dateTo: options.to } : {})) {
    for (const item of page) {
      if (options.from && item.input.date < options.from) {
        history.observe(item.input, true);
        continue;
      }
      if (day.length > 0 && day[0]!.input.date !== item.input.date) await decideDay();
      day.push(item);
    }
  }
  await decideDay();
  await flush();
  await engine.resetCapacity();
  const report = ruleSet ? backtestRules(ruleSet, backtest, { redShare: engine.config.lanes.redShare }) : undefined;
  if (report) await engine.risk.saveBacktest(report, engine.now().toISOString());
  return {
    status: 'rescored',
    modelVersion: scorer.artifact.version,
    from: first,
    to: last,
    decisions: decided,
    lanes,
    ...(report ? { backtest: report } : {}),
    seconds: (performance.now() - started) / 1000,
  };
}

/** A day's declarations featurised from the history of the days before, and scored. */
function featurise(day: readonly StoredInput[], context: { scorer: RiskScorer; history: FeatureHistory }): Candidate[] {
  const { scorer, history } = context;
  const data = new Float64Array(day.length * FEATURE_COUNT);
  day.forEach((item, row) =>
    writeFeatures(item.input, { history, index: scorer.index, blocks: BLOCKS }, { out: data, row }),
  );
  const scores = scorer.scoreFeatures(data, day.length);
  return day.map((item, i) => ({
    input: item.input,
    declarationVersion: item.version,
    subject: decisionSubject(item.record.declaration),
    features: data.subarray(i * FEATURE_COUNT, (i + 1) * FEATURE_COUNT),
    score: scores[i]!,
  }));
}

function complete(candidate: Candidate, context: { scorer: RiskScorer; history: FeatureHistory }): Float64Array {
  const full = new Float64Array(FEATURE_COUNT);
  writeFeatures(candidate.input, { history: context.history, index: context.scorer.index }, { out: full, row: 0 });
  return full;
}
