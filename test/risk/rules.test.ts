import { describe, expect, it } from 'vitest';
import { analyseRuleSet } from '../../src/core/risk/rules/rule-analysis.js';
import { backtestRules } from '../../src/core/risk/rules/backtest-rules.js';
import { ruleFacts } from '../../src/core/risk/rules/rule-facts.js';
import type { RuleSet, TargetingRule } from '../../src/core/risk/rules/targeting-rule.js';
import { smallModel } from './support/small-model.js';

const base = { version: 1, author: 'risk-unit', validFrom: '2020-01-01' };
const rule = (r: Partial<TargetingRule> & Pick<TargetingRule, 'id' | 'conditions' | 'lane'>): TargetingRule => ({
  ...base,
  reason: `test rule ${r.id}`,
  ...r,
});

const ruleSet: RuleSet = {
  id: 'test-profiles',
  version: 3,
  rules: [
    rule({
      id: 'cn-plastics',
      lane: 'red',
      conditions: [
        { kind: 'prefix', field: 'hs6', values: ['3926'] },
        { kind: 'in', field: 'originCountry', values: ['CN'] },
      ],
    }),
    rule({
      id: 'cn-plastics-cheap',
      lane: 'yellow',
      conditions: [
        { kind: 'prefix', field: 'hs6', values: ['392690'] },
        { kind: 'in', field: 'originCountry', values: ['CN'] },
        { kind: 'range', field: 'unitValue', max: 5 },
      ],
    }),
    rule({
      id: 'contradiction',
      lane: 'red',
      conditions: [
        { kind: 'range', field: 'value', min: 1000 },
        { kind: 'range', field: 'value', max: 500 },
      ],
    }),
    rule({ id: 'bad-hs', lane: 'red', conditions: [{ kind: 'prefix', field: 'hs6', values: ['85A7'] }] }),
    rule({
      id: 'expired',
      lane: 'yellow',
      validFrom: '2019-01-01',
      validTo: '2019-06-30',
      conditions: [{ kind: 'in', field: 'originCountry', values: ['US'] }],
    }),
    rule({ id: 'new-importer', lane: 'yellow', conditions: [{ kind: 'new-trader', role: 'importer', withinDays: 3 }] }),
    rule({ id: 'high-score', lane: 'red', conditions: [{ kind: 'range', field: 'score', min: 0.6 }] }),
  ],
};

describe('targeting rules', () => {
  it('flags rules that can never fire and rules shadowed by others, statically', () => {
    const issues = analyseRuleSet(ruleSet, { from: '2020-01-01', to: '2020-01-31' });
    const byRule = Object.fromEntries(issues.map((i) => [i.rule, i]));
    expect(byRule['contradiction']?.code).toBe('contradictory');
    expect(byRule['contradiction']?.message).toContain('value');
    expect(byRule['bad-hs']?.code).toBe('impossible-value');
    expect(byRule['expired']?.code).toBe('outside-data');
    expect(byRule['cn-plastics-cheap']).toMatchObject({ code: 'shadowed', by: 'cn-plastics' });
    expect(byRule['cn-plastics']).toBeUndefined();
    expect(byRule['new-importer']).toBeUndefined();
  });

  it('backtests hits, hit rates and daily load against capacity on scored history', () => {
    const { scorer, valid } = smallModel();
    const scores = scorer.scoreBatch(valid);
    const records = valid.map((input, i) => ({
      facts: ruleFacts({ input, features: scorer.features(input), score: scores[i] }),
      label: input.label!,
    }));
    const report = backtestRules(ruleSet, records, { redShare: 0.05 });
    const stats = Object.fromEntries(report.rules.map((r) => [r.rule, r]));
    const expectedHits = valid.filter((d) => d.hs6.startsWith('3926') && d.originCountry === 'CN');
    expect(stats['cn-plastics']!.hits).toBe(expectedHits.length);
    expect(stats['cn-plastics']!.frauds).toBe(expectedHits.filter((d) => d.label!.fraud === 1).length);
    expect(stats['contradiction']!.hits).toBe(0);
    expect(stats['high-score']!.hits).toBeGreaterThan(0);
    const baseRate = valid.filter((d) => d.label!.fraud === 1).length / valid.length;
    expect(stats['high-score']!.hitRate).toBeGreaterThan(baseRate * 1.5);
    expect(report.days.reduce((s, d) => s + d.declarations, 0)).toBe(valid.length);
    const day = report.days[0]!;
    expect(day.redCapacity).toBe(Math.floor(day.declarations * 0.05));
    expect(report.daysOverCapacity).toBe(report.days.filter((d) => d.lanes.red > d.redCapacity).length);
    expect(report.issues.map((i) => i.rule)).toEqual(
      expect.arrayContaining(['contradiction', 'bad-hs', 'expired', 'cn-plastics-cheap']),
    );
  });
});
