import { describe, expect, it } from 'vitest';
import type { NewInspectionResult } from '../../../src/core/ports/inspection-result-store.js';
import type { RiskStoreUnderTest } from './risk-store-under-test.js';

const result = (declarationId: string, fraud: 0 | 1, minute: number): NewInspectionResult => ({
  declarationId,
  declarationVersion: 1,
  inspectedAt: `2026-01-10T09:${String(minute).padStart(2, '0')}:00.000Z`,
  recordedAt: `2026-01-10T10:${String(minute).padStart(2, '0')}:00.000Z`,
  outcome: { fraud, criticalFraud: fraud },
  discrepancyFound: fraud === 1,
  inspector: 'oli',
  source: 'api',
});

export function inspectionContract(use: () => RiskStoreUnderTest): void {
  describe('inspection results', () => {
    it('records results append-only; the latest per declaration is what counts', async () => {
      const { risk, sql } = use();
      const stored = await risk.recordInspections([
        { ...result('d1', 0, 1), notes: 'seal intact', lane: 'red', modelVersion: 'gbdt-a' },
        result('d2', 1, 2),
      ]);
      expect(stored.map((s) => s.declarationId)).toEqual(['d1', 'd2']);
      expect(stored[0]).toMatchObject({ notes: 'seal intact', lane: 'red', modelVersion: 'gbdt-a', inspector: 'oli' });
      await risk.recordInspections([
        { ...result('d1', 1, 5), outcome: { fraud: 1, criticalFraud: 2, revenueRaised: 99.5 } },
      ]);
      const d1 = await risk.inspections('d1');
      expect(d1.map((r) => r.outcome.fraud)).toEqual([0, 1]);
      expect(d1[1]!.outcome).toEqual({ fraud: 1, criticalFraud: 2, revenueRaised: 99.5 });
      const latest: string[] = [];
      for await (const page of risk.latestInspections(1))
        latest.push(...page.map((r) => `${r.declarationId}:${r.outcome.fraud}`));
      expect(latest.sort()).toEqual(['d1:1', 'd2:1']);
      expect((await risk.latestOutcomes(['d1', 'd2', 'none'])).get('d1')).toMatchObject({
        fraud: 1,
        from: 'inspection',
      });
      await expect(sql('UPDATE risk_inspections SET fraud = 0')).rejects.toThrow(/append-only/);
    });
  });
}
