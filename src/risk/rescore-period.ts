import type { NewRiskDecision } from '../core/ports/risk-decision-store.js';
import { FeatureHistory } from '../core/risk/features/feature-history.js';
import { backtestRules, type BacktestRecord, type BacktestReport } from '../core/risk/rules/backtest-rules.js';
import { ruleFacts } from '../core/risk/rules/rule-facts.js';
import { decideCandidates } from './decide-candidates.js';
import { byDay, completeRow, featuriseDay } from './featurise-day.js';
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

const CHUNK = 5000;

/**
 * `tamga risk rescore`: decides a period again with the active model and rule set, day by day and
 * point in time: the history is rebuilt from the store up to each day (labels of earlier days
 * included, as they would have been known), then the day is decided under its full capacity.
 * Every decision is a new one (append-only); the current lanes follow. The active rule set is
 * backtested on the same facts.
 */
export async function rescorePeriod(engine: RiskEngine, options: RescoreOptions = {}): Promise<RescoreReport> {
  await engine.verification?.refresh();
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
  const decideDay = async (day: readonly StoredInput[]) => {
    const candidates = featuriseDay(day, { scorer, history });
    const decisions = decideCandidates(candidates, {
      scorer,
      ruleSet,
      policy: engine.config.lanes,
      sha256: engine.sha256,
      decidedAt,
      run: 'rescore',
      explainBudget: 0,
      ...(engine.verification ? { verification: engine.verification } : {}),
      complete: (candidate) => completeRow(candidate, { scorer, history }),
    });
    candidates.forEach((c, i) => {
      lanes[decisions[i]!.lane]! += 1;
      backtest.push({
        facts: ruleFacts(c, engine.verification?.factsOf(c.input)),
        ...(c.input.label ? { label: c.input.label } : {}),
      });
    });
    first ||= day[0]!.input.date;
    last = day[0]!.input.date;
    pending.push(...decisions);
    if (pending.length >= CHUNK) await flush();
  };
  for await (const day of byDay(storedInputs(engine, options.to ? { dateTo: options.to } : {}))) {
    if (!options.from || day[0]!.input.date >= options.from) await decideDay(day);
    for (const item of day) history.observe(item.input, true);
  }
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
