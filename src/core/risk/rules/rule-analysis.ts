import { LANE_SEVERITY, type RuleCondition, type RuleSet, type TargetingRule } from './targeting-rule.js';

export type RuleIssueCode =
  | 'contradictory'
  | 'impossible-value'
  | 'invalid-validity'
  | 'outside-data'
  | 'shadowed'
  /** Backtest only: could fire, but did not on the history replayed. */
  | 'never-fired';

/** Something that keeps a rule from ever changing a lane; `rule` and `version` name it. */
export interface RuleIssue {
  rule: string;
  version: number;
  code: RuleIssueCode;
  message: string;
  /** For `shadowed`: the rule that always fires first with a lane at least as strict. */
  by?: string;
}

const NON_NEGATIVE = new Set(['taxRate', 'netMass', 'value', 'unitValue', 'score', 'importerMismatchRate']);
const SHARES = new Set(['score', 'importerMismatchRate', 'mirrorGap']);

function impossible(c: RuleCondition): string | undefined {
  if ((c.kind === 'prefix' || c.kind === 'in') && c.values.length === 0) return `${c.field}: empty list of values`;
  if (c.kind === 'prefix' && c.field === 'hs6') {
    const bad = c.values.find((v) => !/^\d{1,6}$/.test(v));
    if (bad !== undefined) return `HS prefix "${bad}" is not 1 to 6 digits`;
  }
  if (c.kind === 'range') {
    if (c.min !== undefined && c.max !== undefined && c.min >= c.max) return `${c.field}: min ${c.min} ≥ max ${c.max}`;
    if (NON_NEGATIVE.has(c.field) && c.max !== undefined && c.max <= 0) return `${c.field} is never below ${c.max}`;
    if (SHARES.has(c.field) && c.min !== undefined && c.min > 1) return `${c.field} is never above 1 (min ${c.min})`;
  }
  if (c.kind === 'new-trader' && c.withinDays < 0) return `${c.role}: withinDays ${c.withinDays} is negative`;
  return undefined;
}

function compatiblePrefixes(a: string[], b: string[]): boolean {
  return a.some((x) => b.some((y) => x.startsWith(y) || y.startsWith(x)));
}

/** Pairs of conditions on one field that no value satisfies together. */
function contradiction(conditions: RuleCondition[]): string | undefined {
  for (let i = 0; i < conditions.length; i++) {
    for (let j = i + 1; j < conditions.length; j++) {
      const a = conditions[i]!;
      const b = conditions[j]!;
      if (a.kind === 'new-trader' || b.kind === 'new-trader' || a.field !== b.field) continue;
      const field = a.field;
      if (a.kind === 'range' && b.kind === 'range') {
        const lo = Math.max(a.min ?? -Infinity, b.min ?? -Infinity);
        const hi = Math.min(a.max ?? Infinity, b.max ?? Infinity);
        if (lo >= hi)
          return `${field} cannot be both in [${a.min ?? '-∞'}, ${a.max ?? '∞'}) and [${b.min ?? '-∞'}, ${b.max ?? '∞'})`;
      }
      const [x, y] = a.kind === 'in' ? [a, b] : [b, a];
      if (x.kind === 'in' && y.kind === 'in' && !x.values.some((v) => y.values.includes(v)))
        return `${field} cannot be in both [${x.values.join(', ')}] and [${y.values.join(', ')}]`;
      if (x.kind === 'in' && y.kind === 'not-in' && x.values.every((v) => y.values.includes(v)))
        return `${field} is required in [${x.values.join(', ')}] and excluded from the same values`;
      if (x.kind === 'in' && y.kind === 'prefix' && !x.values.some((v) => y.values.some((p) => v.startsWith(p))))
        return `no ${field} in [${x.values.join(', ')}] starts with ${y.values.join(' or ')}`;
      if (a.kind === 'prefix' && b.kind === 'prefix' && !compatiblePrefixes(a.values, b.values))
        return `${field} cannot start with ${a.values.join(' or ')} and with ${b.values.join(' or ')}`;
    }
  }
  return undefined;
}

/** Whether condition `c` holds whenever condition `d` holds. */
function implies(d: RuleCondition, c: RuleCondition): boolean {
  if (c.kind === 'new-trader') return d.kind === 'new-trader' && d.role === c.role && d.withinDays <= c.withinDays;
  if (d.kind === 'new-trader' || d.field !== c.field) return false;
  switch (c.kind) {
    case 'prefix':
      return (d.kind === 'prefix' || d.kind === 'in') && d.values.every((v) => c.values.some((p) => v.startsWith(p)));
    case 'in':
      return d.kind === 'in' && d.values.every((v) => c.values.includes(v));
    case 'not-in':
      return (
        (d.kind === 'not-in' && c.values.every((v) => d.values.includes(v))) ||
        (d.kind === 'in' && d.values.every((v) => !c.values.includes(v)))
      );
    case 'range':
      return (
        d.kind === 'range' && (d.min ?? -Infinity) >= (c.min ?? -Infinity) && (d.max ?? Infinity) <= (c.max ?? Infinity)
      );
  }
}

function covers(a: TargetingRule, b: TargetingRule): boolean {
  const validity =
    a.validFrom <= b.validFrom && (a.validTo === undefined || (b.validTo !== undefined && b.validTo <= a.validTo));
  return (
    validity &&
    LANE_SEVERITY[a.lane] >= LANE_SEVERITY[b.lane] &&
    a.conditions.every((c) => b.conditions.some((d) => implies(d, c)))
  );
}

function neverFires(
  rule: TargetingRule,
  dataRange?: { from: string; to: string },
): Omit<RuleIssue, 'rule' | 'version'> | undefined {
  if (rule.validTo !== undefined && rule.validTo < rule.validFrom)
    return { code: 'invalid-validity', message: `valid to ${rule.validTo} is before valid from ${rule.validFrom}` };
  const bad = rule.conditions.map(impossible).find((m) => m !== undefined);
  if (bad !== undefined) return { code: 'impossible-value', message: bad };
  const clash = contradiction(rule.conditions);
  if (clash !== undefined) return { code: 'contradictory', message: clash };
  if (dataRange && (rule.validFrom > dataRange.to || (rule.validTo !== undefined && rule.validTo < dataRange.from)))
    return {
      code: 'outside-data',
      message: `valid ${rule.validFrom} … ${rule.validTo ?? 'open'}, but the data runs ${dataRange.from} … ${dataRange.to}`,
    };
  return undefined;
}

/**
 * Static checks of a rule set: rules that can never fire (impossible values, contradictory
 * conditions, validity before it starts or outside the data) and rules shadowed by another that
 * fires whenever they do with a lane at least as strict (so they never change a decision).
 */
export function analyseRuleSet(ruleSet: RuleSet, dataRange?: { from: string; to: string }): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const live: TargetingRule[] = [];
  for (const rule of ruleSet.rules) {
    const problem = neverFires(rule, dataRange);
    if (problem) issues.push({ rule: rule.id, version: rule.version, ...problem });
    else live.push(rule);
  }
  live.forEach((b, j) => {
    const a = live.find((other, i) => other !== b && covers(other, b) && (i < j || !covers(b, other)));
    if (a) {
      issues.push({
        rule: b.id,
        version: b.version,
        code: 'shadowed',
        by: a.id,
        message: `whenever it fires, rule ${a.id} fires too and sends the declaration ${a.lane}`,
      });
    }
  });
  return issues;
}
