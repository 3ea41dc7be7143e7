import { describe, expect, it } from 'vitest';
import { nodeSha256 as sha256 } from '../../src/adapters/node-sha256.js';
import { explainPrediction } from '../../src/core/risk/explain/explain-prediction.js';
import { assignLanes } from '../../src/core/risk/lanes/assign-lanes.js';
import { ruleFacts } from '../../src/core/risk/rules/rule-facts.js';
import type { RuleSet } from '../../src/core/risk/rules/targeting-rule.js';
import { smallModel } from './support/small-model.js';

const { scorer, valid } = smallModel();
const perDay = new Map<string, number>();
for (const d of valid) perDay.set(d.date, (perDay.get(d.date) ?? 0) + 1);
const busiest = [...perDay].sort((a, b) => b[1] - a[1])[0]![0];
const day = valid.filter((d) => d.date === busiest);
const scores = scorer.scoreBatch(day);
const candidates = day.map((input, i) => ruleFacts({ input, features: scorer.features(input), score: scores[i] }));
const ruleSet: RuleSet = {
  id: 'lanes-test',
  version: 2,
  rules: [
    {
      id: 'cn-origin',
      version: 4,
      author: 'risk-unit',
      reason: 'goods of Chinese origin under watch',
      validFrom: '2021-01-01',
      conditions: [{ kind: 'in', field: 'originCountry', values: ['CN'] }],
      lane: 'red',
    },
  ],
};

describe('lanes', () => {
  const decisions = assignLanes({
    candidates,
    modelVersion: scorer.artifact.version,
    ruleSet,
    hash: sha256,
    explain: (facts) => explainPrediction(scorer, facts.input),
  });

  it('keeps red within the daily capacity and explains every decision that leaves green', () => {
    expect(day.length).toBeGreaterThan(40);
    const red = decisions.filter((d) => d.lane === 'red');
    expect(red.length).toBeLessThanOrEqual(Math.floor(day.length * 0.05));
    expect(red.length).toBeGreaterThan(0);
    for (const d of decisions.filter((x) => x.lane !== 'green')) {
      expect(d.reasons.length).toBeGreaterThan(0);
      expect(d.explanation?.modelVersion).toBe(scorer.artifact.version);
    }
    const cn = decisions.filter((d) => d.rules.some((r) => r.id === 'cn-origin'));
    expect(cn.length).toBeGreaterThan(red.length);
    expect(cn.filter((d) => d.lane === 'green')).toEqual([]);
    expect(cn.some((d) => d.basis === 'capacity')).toBe(true);
  });

  it('records model and rule versions and a hash of the inputs; same seed, same lanes', () => {
    const d = decisions[0]!;
    expect(d.modelVersion).toBe(scorer.artifact.version);
    expect(d.ruleSet).toEqual({ id: 'lanes-test', version: 2 });
    expect(d.inputHash).toMatch(/^[0-9a-f]{64}$/);
    const again = assignLanes({ candidates, modelVersion: 'm', ruleSet, hash: sha256 });
    expect(again.map((x) => x.lane)).toEqual(decisions.map((x) => x.lane));
    expect(new Set(decisions.map((x) => x.inputHash)).size).toBe(day.length);
  });

  it('draws the exploration share from otherwise-green declarations, seeded', () => {
    const many = assignLanes({
      candidates,
      modelVersion: 'm',
      hash: sha256,
      policy: { explorationShare: 0.5, redShare: 0.5 },
    });
    const explored = many.filter((d) => d.exploration);
    expect(explored.length).toBeGreaterThan(0);
    expect(explored.every((d) => d.lane === 'red' && d.score < 0.3)).toBe(true);
    const other = assignLanes({
      candidates,
      modelVersion: 'm',
      hash: sha256,
      policy: { explorationShare: 0.5, redShare: 0.5, seed: 99 },
    });
    expect(other.map((d) => d.exploration)).not.toEqual(many.map((d) => d.exploration));
  });
});

describe('explanations', () => {
  it('contributions plus bias equal the raw score, and the reasons read as sentences', () => {
    for (const input of day.slice(0, 10)) {
      const e = explainPrediction(scorer, input, { top: 100 });
      const sum = e.contributions.reduce((s, c) => s + c.contribution, e.bias);
      expect(sum).toBeCloseTo(scorer.rawScore(scorer.features(input)), 9);
      expect(e.score).toBeCloseTo(scores[day.indexOf(input)]!, 9);
    }
    const top = day[scores.indexOf(Math.max(...scores))]!;
    const e = explainPrediction(scorer, top);
    expect(e.reasons.length).toBeGreaterThan(0);
    expect(e.contributions[0]!.text).not.toMatch(/^code_|_rate$/);
    const unit = explainPrediction(scorer, top, { top: 100 }).contributions.find((c) => c.feature === 'unit_value');
    expect(unit?.text).toMatch(/unit value .* per kg/);
  });
});
