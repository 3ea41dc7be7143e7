import { describe, expect, it } from 'vitest';
import type { RuleSetDocument } from '../../../src/core/ports/rule-set-store.js';
import { backtestRules } from '../../../src/core/risk/rules/backtest-rules.js';
import type { RiskStoreUnderTest } from './risk-store-under-test.js';

const ruleSet = (version: number, reason = 'phones from one origin under value'): RuleSetDocument => ({
  id: 'phones',
  version,
  author: 'risk-unit',
  reason,
  validFrom: '2020-01-01',
  validTo: '2021-12-31',
  rules: [
    {
      id: 'cheap-phones',
      version: 1,
      author: 'ana',
      reason: 'phones declared under 5 per kg',
      validFrom: '2020-01-01',
      conditions: [
        { kind: 'prefix', field: 'hs6', values: ['8517'] },
        { kind: 'range', field: 'unitValue', max: 5 },
      ],
      lane: 'red',
    },
  ],
});

export function ruleSetContract(use: () => RiskStoreUnderTest): void {
  describe('rule sets', () => {
    it('keeps versions: the same content again is a duplicate, other content under a used version a conflict', async () => {
      const { risk } = use();
      expect(await risk.saveRuleSet(ruleSet(1), '2026-01-01T00:00:00.000Z')).toEqual({
        status: 'stored',
        id: 'phones',
        version: 1,
      });
      expect((await risk.saveRuleSet(ruleSet(1), '2026-01-02T00:00:00.000Z')).status).toBe('duplicate');
      expect((await risk.saveRuleSet(ruleSet(1, 'changed'), '2026-01-02T00:00:00.000Z')).status).toBe('conflict');
      await risk.saveRuleSet(ruleSet(2, 'changed'), '2026-01-03T00:00:00.000Z');
      expect((await risk.ruleSets()).map((r) => r.version)).toEqual([2, 1]);
      expect(await risk.ruleSet('phones', 1)).toEqual({ ...ruleSet(1), storedAt: '2026-01-01T00:00:00.000Z' });
      expect(await risk.ruleSet('phones', 9)).toBeUndefined();
    });

    it('activates a stored version, or none, and refuses an unknown one', async () => {
      const { risk } = use();
      await risk.saveRuleSet(ruleSet(1), '2026-01-01T00:00:00.000Z');
      expect(await risk.activeRuleSet()).toBeUndefined();
      const change = { at: '2026-01-05T00:00:00.000Z', actor: 'ana' };
      expect(await risk.activateRuleSet({ id: 'phones', version: 7 }, change)).toEqual({ status: 'unknown-rule-set' });
      expect(await risk.activateRuleSet({ id: 'phones', version: 1 }, change)).toEqual({ status: 'activated' });
      expect((await risk.activeRuleSet())?.version).toBe(1);
      await risk.activateRuleSet(undefined, change);
      expect(await risk.activeRuleSet()).toBeUndefined();
    });

    it('keeps backtests and gives the latest of a version', async () => {
      const { risk } = use();
      const empty = backtestRules(ruleSet(1), []);
      await risk.saveBacktest(empty, '2026-01-01T00:00:00.000Z');
      await risk.saveBacktest({ ...empty, records: 5 }, '2026-01-02T00:00:00.000Z');
      expect(await risk.latestBacktest({ id: 'phones', version: 1 })).toMatchObject({
        computedAt: '2026-01-02T00:00:00.000Z',
        report: { ruleSet: { id: 'phones', version: 1 }, records: 5 },
      });
      expect(await risk.latestBacktest({ id: 'phones', version: 2 })).toBeUndefined();
      expect((await risk.latestBacktest())?.report.records).toBe(5);
    });
  });
}
