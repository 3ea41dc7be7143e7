import { describe, expect, it } from 'vitest';
import type { InspectionOutcome } from '../../../src/core/model/record.js';
import type { Explanation } from '../../../src/core/risk/explain/explain-prediction.js';
import { buildSubmission } from '../../support/factories.js';
import { decision } from './risk-contract-data.js';
import type { RiskStoreUnderTest } from './risk-store-under-test.js';

/** Declarations in the declaration store (some with an outcome delivered with them); their ids. */
async function declarations(t: RiskStoreUnderTest, outcomes: (InspectionOutcome | undefined)[]): Promise<string[]> {
  const subs = outcomes.map((outcome) => {
    const sub = buildSubmission({ declaration: { issueDate: '2026-01-10' } });
    if (outcome) sub.record.outcome = outcome;
    return sub;
  });
  await t.declarations.append(
    subs.map((s) => s.record),
    subs.map((s) => s.raw),
  );
  return subs.map((s) => s.record.id);
}

const explanation = (modelVersion: string): Explanation => ({
  modelVersion,
  score: 0.9,
  rawScore: 2.2,
  bias: -1.4,
  contributions: [{ feature: 'unit_value', value: 2.5, contribution: 3.6, text: 'unit value 2.5 per kg' }],
  reasons: ['unit value 2.5 per kg'],
  context: [],
});

export function decisionContract(use: () => RiskStoreUnderTest): void {
  describe('risk decisions', () => {
    it('appends decisions; the latest of a declaration is its current lane, rescores included', async () => {
      const { risk } = use();
      await risk.appendDecisions([
        decision({ declarationId: 'd1', date: '2026-01-10', lane: 'red', score: 0.91 }),
        decision({ declarationId: 'd2', date: '2026-01-10', lane: 'yellow', score: 0.4 }),
        decision({ declarationId: 'd3', date: '2026-01-10', lane: 'green', score: 0.02 }),
        decision({ declarationId: 'd4', date: '2026-01-11', lane: 'red', score: 0.7 }),
      ]);
      await risk.appendDecisions([
        decision({
          declarationId: 'd3',
          date: '2026-01-10',
          lane: 'red',
          score: 0.95,
          run: 'rescore',
          modelVersion: 'gbdt-2',
        }),
      ]);
      const queue = await risk.currentDecisions({ date: '2026-01-10', lanes: ['red', 'yellow'] });
      expect(queue.map((q) => [q.decision.declarationId, q.decision.lane])).toEqual([
        ['d3', 'red'],
        ['d1', 'red'],
        ['d2', 'yellow'],
      ]);
      expect(queue[0]!.decision).toMatchObject({ run: 'rescore', modelVersion: 'gbdt-2', subject: { lrn: 'LRN-d3' } });
      const d3 = await risk.decisionsFor('d3');
      expect(d3.map((d) => [d.lane, d.run])).toEqual([
        ['green', 'ingest'],
        ['red', 'rescore'],
      ]);
      expect(d3[0]!.seq).toBeLessThan(d3[1]!.seq);
      expect(await risk.decisionDates()).toEqual({ first: '2026-01-10', last: '2026-01-11' });
      expect(await risk.currentDecisions({ date: '2026-01-10', lanes: ['red'], limit: 1 })).toHaveLength(1);
    });

    it('keeps every field of a decision: rules, rule set, exploration, reasons, features, missing score', async () => {
      const { risk } = use();
      const full = decision({
        declarationId: 'd9',
        date: '2026-01-12',
        lane: 'red',
        basis: 'rule',
        score: Number.NaN,
        ruleSet: { id: 'phones', version: 2 },
        rules: [{ id: 'cheap-phones', version: 1, lane: 'red' }],
        exploration: true,
        reasons: ['rule cheap-phones v1 (ana): phones under 5 per kg', 'importer X first seen 2 days ago'],
        features: [1, null, 3.5],
        explanation: explanation('gbdt-test'),
      });
      await risk.appendDecisions([full]);
      const [stored] = await risk.decisionsFor('d9');
      const { features: _features, ...expected } = full;
      expect(stored).toMatchObject({ ...expected, score: Number.NaN });
      expect(stored!.seq).toBeGreaterThan(0);
    });

    it('adds an explanation computed later once, and lists decisions still waiting for one', async () => {
      const { risk } = use();
      await risk.appendDecisions([
        decision({ declarationId: 'e1', date: '2026-01-10', lane: 'red', features: [1, 2] }),
        decision({ declarationId: 'e2', date: '2026-01-10', lane: 'yellow', features: [3, null] }),
        decision({ declarationId: 'e3', date: '2026-01-10', lane: 'green', features: [5, 6] }),
        decision({ declarationId: 'e4', date: '2026-01-10', lane: 'red' }),
      ]);
      const waiting = await risk.unexplained(['red', 'yellow'], 10);
      expect(waiting.map((d) => d.declarationId)).toEqual(['e1', 'e2']);
      expect(waiting[1]!.features).toEqual([3, null]);
      await risk.saveExplanation(waiting[0]!.seq, explanation('first'), '2026-02-02T00:00:00.000Z');
      await risk.saveExplanation(waiting[0]!.seq, explanation('second'), '2026-02-03T00:00:00.000Z');
      expect((await risk.decisionsFor('e1'))[0]!.explanation?.modelVersion).toBe('first');
      expect((await risk.unexplained(['red', 'yellow'], 10)).map((d) => d.declarationId)).toEqual(['e2']);
    });

    it('shows the latest recorded outcome of each queued declaration, from the declaration store or an inspection', async () => {
      const t = use();
      const [declared, corrected, fresh] = await declarations(t, [
        { fraud: 1, criticalFraud: 2 },
        { fraud: 0 },
        undefined,
      ]);
      await t.risk.appendDecisions(
        [declared!, corrected!, fresh!].map((id) => decision({ declarationId: id, date: '2026-01-10', lane: 'red' })),
      );
      await t.risk.recordInspections([
        {
          declarationId: corrected!,
          inspectedAt: '2999-01-01T00:00:00.000Z',
          recordedAt: '2999-01-01T00:00:00.000Z',
          outcome: { fraud: 1, criticalFraud: 1, revenueRaised: 120 },
          discrepancyFound: true,
          source: 'api',
        },
      ]);
      await t.risk.recordInspections([
        {
          declarationId: declared!,
          inspectedAt: '2000-01-01T00:00:00.000Z',
          recordedAt: '2000-01-01T00:00:00.000Z',
          outcome: { fraud: 0, criticalFraud: 0 },
          discrepancyFound: false,
          source: 'file:old-results.csv',
        },
      ]);
      const queue = await t.risk.currentDecisions({ date: '2026-01-10', lanes: ['red'] });
      const byId = new Map(queue.map((q) => [q.decision.declarationId, q.outcome]));
      expect(byId.get(declared!)).toMatchObject({ fraud: 1, criticalFraud: 2, from: 'declaration' });
      expect(byId.get(corrected!)).toMatchObject({ fraud: 1, revenueRaised: 120, from: 'inspection' });
      expect(byId.get(fresh!)).toBeUndefined();
    });

    it('tallies current lanes per day with inspections and hits, and bins current scores per month', async () => {
      const t = use();
      const [hit, clean] = await declarations(t, [{ fraud: 1 }, { fraud: 0 }]);
      await t.risk.appendDecisions([
        decision({ declarationId: hit!, date: '2026-01-10', lane: 'red', score: 0.95 }),
        decision({ declarationId: clean!, date: '2026-01-10', lane: 'red', score: 0.55 }),
        decision({ declarationId: 'x', date: '2026-01-10', lane: 'green', score: 0.05 }),
        decision({ declarationId: 'y', date: '2026-02-01', lane: 'green', score: 0.15 }),
      ]);
      const tallies = await t.risk.laneTallies();
      expect(tallies).toEqual([
        { date: '2026-01-10', lane: 'green', declarations: 1, inspected: 0, hits: 0 },
        { date: '2026-01-10', lane: 'red', declarations: 2, inspected: 2, hits: 1 },
        { date: '2026-02-01', lane: 'green', declarations: 1, inspected: 0, hits: 0 },
      ]);
      expect(await t.risk.laneTallies({ from: '2026-02-01' })).toHaveLength(1);
      expect(await t.risk.laneCounts({ from: '2026-01-10', to: '2026-01-10' })).toEqual([
        { date: '2026-01-10', lane: 'green', declarations: 1 },
        { date: '2026-01-10', lane: 'red', declarations: 2 },
      ]);
      expect(await t.risk.scoreDistribution(10)).toEqual([
        { period: '2026-01', counts: [1, 0, 0, 0, 0, 1, 0, 0, 0, 1] },
        { period: '2026-02', counts: [0, 1, 0, 0, 0, 0, 0, 0, 0, 0] },
      ]);
    });

    it('never changes a decision (append-only, enforced by the database)', async () => {
      const { risk, sql } = use();
      await risk.appendDecisions([decision({ declarationId: 'd1', date: '2026-01-10', lane: 'red' })]);
      await expect(sql("UPDATE risk_decisions SET lane = 'green'")).rejects.toThrow(/append-only/);
      await expect(sql('DELETE FROM risk_decisions')).rejects.toThrow(/append-only/);
    });
  });
}
