import type { RuleSet } from '../core/risk/rules/targeting-rule.js';
import { DEFAULT_SMOOTHING, FeatureHistory } from '../core/risk/features/feature-history.js';
import { backtestRules, type BacktestRecord, type BacktestReport } from '../core/risk/rules/backtest-rules.js';
import { ruleFacts } from '../core/risk/rules/rule-facts.js';
import { byDay, featuriseDay } from './featurise-day.js';
import type { RiskEngine } from './risk-engine.js';
import { storedInputs } from './stored-inputs.js';

export interface HistoryBacktestOptions {
  from?: string;
  to?: string;
  /** Fixed red places per day, checked beside the red share. */
  redPerDay?: number;
}

/**
 * `tamga rules backtest`: replays a rule set over the stored history, day by day and point in
 * time (trader first-seen dates as they were; the active model's score as it would have been),
 * with the latest outcome of each declaration: hits and hit rate per rule, load per day against
 * capacity, and the rules that can never fire, never fired or were always shadowed.
 */
export async function backtestStoredHistory(
  engine: RiskEngine,
  ruleSet: RuleSet,
  options: HistoryBacktestOptions = {},
): Promise<BacktestReport> {
  await engine.verification?.refresh();
  const scorer = engine.scorer();
  const history = new FeatureHistory(scorer?.artifact.params.smoothing ?? DEFAULT_SMOOTHING);
  const records: BacktestRecord[] = [];
  for await (const day of byDay(storedInputs(engine, options.to ? { dateTo: options.to } : {}))) {
    if (!options.from || day[0]!.input.date >= options.from) {
      for (const c of featuriseDay(day, { scorer, history })) {
        records.push({
          facts: ruleFacts(c, engine.verification?.factsOf(c.input)),
          ...(c.input.label ? { label: c.input.label } : {}),
        });
      }
    }
    for (const item of day) history.observe(item.input, true);
  }
  return backtestRules(ruleSet, records, {
    redShare: engine.config.lanes.redShare,
    ...(options.redPerDay !== undefined ? { capacityPerDay: { red: options.redPerDay } } : {}),
  });
}
