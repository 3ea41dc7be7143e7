import type { RiskLabel } from '../risk-input.js';
import { analyseRuleSet, type RuleIssue } from './rule-analysis.js';
import { ruleFires } from './rule-match.js';
import { LANE_SEVERITY, type Lane, type RuleFacts, type RuleSet } from './targeting-rule.js';

export interface BacktestRecord {
  facts: RuleFacts;
  /** Inspection outcome, when the declaration was inspected. */
  label?: RiskLabel;
}

export interface BacktestOptions {
  /** Most declarations a day may go red, as a share of the day's declarations (e.g. 0.05). */
  redShare?: number;
  /** Fixed daily capacities per lane (count); checked as well when given. */
  capacityPerDay?: Partial<Record<Lane, number>>;
}

export interface RuleBacktest {
  rule: string;
  version: number;
  lane: Lane;
  hits: number;
  /** Hits with a known outcome, the frauds among them, and their ratio. */
  labelled: number;
  frauds: number;
  hitRate: number;
  criticalFrauds: number;
  /** Hits where no other rule with an equal or stricter lane fired. */
  decisive: number;
  firstHit?: string;
  lastHit?: string;
}

export interface DayLoad {
  date: string;
  declarations: number;
  lanes: Record<Lane, number>;
  /** Capacity of the red lane that day (from `redShare` and `capacityPerDay.red`). */
  redCapacity: number;
  overCapacity: Lane[];
}

export interface BacktestReport {
  ruleSet: { id: string; version: number };
  records: number;
  from: string;
  to: string;
  rules: RuleBacktest[];
  days: DayLoad[];
  daysOverCapacity: number;
  /** Static issues (can never fire, shadowed) plus rules that never fired or never decided anything here. */
  issues: RuleIssue[];
}

function capacityOf(day: DayLoad, lane: Lane, options: BacktestOptions): number {
  const fixed = options.capacityPerDay?.[lane] ?? Infinity;
  if (lane !== 'red' || options.redShare === undefined) return fixed;
  return Math.min(fixed, Math.floor(day.declarations * options.redShare));
}

/**
 * Replays a rule set over scored history: hits and hit rate per rule, the lane load per day
 * against capacity, and the rules that cannot fire, never fired or never decided a lane.
 */
export function backtestRules(
  ruleSet: RuleSet,
  records: readonly BacktestRecord[],
  options: BacktestOptions = {},
): BacktestReport {
  const stats: RuleBacktest[] = ruleSet.rules.map((r) => ({
    rule: r.id,
    version: r.version,
    lane: r.lane,
    hits: 0,
    labelled: 0,
    frauds: 0,
    hitRate: Number.NaN,
    criticalFrauds: 0,
    decisive: 0,
  }));
  const days = new Map<string, DayLoad>();
  for (const { facts, label } of records) {
    const fired = ruleSet.rules.flatMap((rule, i) => (ruleFires(rule, facts) ? [i] : []));
    const lane = fired.reduce<Lane>(
      (l, i) => (LANE_SEVERITY[ruleSet.rules[i]!.lane] > LANE_SEVERITY[l] ? ruleSet.rules[i]!.lane : l),
      'green',
    );
    for (const i of fired) {
      const s = stats[i]!;
      s.hits++;
      s.firstHit ??= facts.input.date;
      s.lastHit = facts.input.date;
      if (label) {
        s.labelled++;
        s.frauds += label.fraud;
        s.criticalFrauds += label.criticalFraud === 2 ? 1 : 0;
      }
      const severity = LANE_SEVERITY[ruleSet.rules[i]!.lane];
      const rivals = fired.filter((k) => k !== i && LANE_SEVERITY[ruleSet.rules[k]!.lane] >= severity);
      if (rivals.length === 0) s.decisive++;
    }
    const date = facts.input.date;
    const day = days.get(date) ?? {
      date,
      declarations: 0,
      lanes: { green: 0, blue: 0, yellow: 0, red: 0 },
      redCapacity: 0,
      overCapacity: [],
    };
    day.declarations++;
    day.lanes[lane]++;
    days.set(date, day);
  }
  for (const s of stats) s.hitRate = s.labelled > 0 ? s.frauds / s.labelled : Number.NaN;
  const dayList = [...days.values()].sort((a, b) => a.date.localeCompare(b.date));
  for (const day of dayList) {
    day.redCapacity = capacityOf(day, 'red', options);
    day.overCapacity = (['red', 'yellow', 'blue'] as const).filter((l) => day.lanes[l] > capacityOf(day, l, options));
  }
  const from = dayList[0]?.date ?? '';
  const to = dayList[dayList.length - 1]?.date ?? '';
  const issues = analyseRuleSet(ruleSet, dayList.length > 0 ? { from, to } : undefined);
  const flagged = new Set(issues.map((i) => i.rule));
  for (const s of stats) {
    if (flagged.has(s.rule)) continue;
    if (s.hits === 0)
      issues.push({ rule: s.rule, version: s.version, code: 'never-fired', message: 'never fired on this history' });
    else if (s.decisive === 0)
      issues.push({
        rule: s.rule,
        version: s.version,
        code: 'shadowed',
        message: `all ${s.hits} hits were also hit by rules with an equal or stricter lane`,
      });
  }
  return {
    ruleSet: { id: ruleSet.id, version: ruleSet.version },
    records: records.length,
    from,
    to,
    rules: stats,
    days: dayList,
    daysOverCapacity: dayList.filter((d) => d.overCapacity.length > 0).length,
    issues,
  };
}
