import { beforeAll, describe, expect, it } from 'vitest';
import type { Declaration } from '../../src/core/model/declaration-schema.js';
import { matchPartnerExports } from '../../src/core/verification/matching/match-partner-exports.js';
import { estimateCifFobFactor } from '../../src/core/verification/mirror/estimate-cif-fob-factor.js';
import { mirrorFindings } from '../../src/core/verification/mirror/mirror-findings.js';
import { mirrorStatistics } from '../../src/core/verification/mirror/mirror-statistics.js';
import { dayOf } from '../../src/core/verification/normalize.js';
import type { TradeRecord } from '../../src/core/verification/trade-record.js';
import { generatedRecords } from '../../src/verification/evaluate-partner-matching.js';
import { generatePartnerData } from '../../src/verification/generate-partner-data.js';
import { sampleImports } from './sample-imports.js';

function record(input: { id: string; date: string; value: number; hs6?: string; country?: string }): TradeRecord {
  return {
    id: input.id,
    day: dayOf(input.date),
    partnerCountry: input.country ?? 'CN',
    hs6: input.hs6 ?? '940540',
    mainItem: 0,
    massKg: 100,
    grossMassKg: 104,
    packages: 1,
    value: input.value,
    partyId: '',
    partyName: '',
    traderId: '',
    traderName: '',
    ucr: '',
    transportDocuments: [],
    containers: [],
  };
}

describe('mirror statistics on hand-made flows', () => {
  it('does not count as a gap goods exported one month and imported the next', () => {
    const report = mirrorStatistics(
      [record({ id: 'i', date: '2024-02-03', value: 1060 })],
      [record({ id: 'e', date: '2024-01-28', value: 1000 })],
    );
    expect(report.pairs[0]).toMatchObject({
      hs6: '940540',
      partnerCountry: 'CN',
      importsCif: 1060,
      exportsFob: 1000,
      gap: 0,
    });
    const february = report.cells.find((c) => c.month === '2024-02')!;
    expect(february.monthExportsFob).toBe(0);
    expect(february.gap).toBeCloseTo(0, 9);
    expect(mirrorFindings(report)).toEqual([]);
  });

  it('ranks gaps by value at stake and uses the factor given', () => {
    const imports = [
      record({ id: 'a', date: '2024-03-10', value: 400 }),
      record({ id: 'b', date: '2024-03-10', value: 900, hs6: '852872' }),
    ];
    const exports = [
      record({ id: 'x', date: '2024-03-01', value: 1000 }),
      record({ id: 'y', date: '2024-03-01', value: 1000, hs6: '852872' }),
    ];
    const report = mirrorStatistics(imports, exports, { cifFobFactor: 1.1 });
    expect(report.pairs.map((p) => [p.hs6, p.valueAtStake])).toEqual([
      ['940540', 700],
      ['852872', 200],
    ]);
    const findings = mirrorFindings(report);
    expect(findings.map((f) => [f.code, f.severity, f.subject])).toEqual([
      ['mirror-gap', 'error', { kind: 'mirror-cell', hs6: '940540', partnerCountry: 'CN', month: '2024-03' }],
    ]);
    expect(findings[0]!.message).toBe(
      'Around 2024-03, CN reports exports of HS 940540 worth 1100 with freight and insurance; our imports come to 400, 64 % less.',
    );
  });
});

describe('mirror statistics on partner data generated from the sample declarations', () => {
  let imports: TradeRecord[];
  let exports: TradeRecord[];
  let target: string;

  beforeAll(async () => {
    const data = generatePartnerData(await sampleImports(), {
      seed: 99,
      rates: { underValuation: 0, misclassification4: 0, misclassification6: 0, missingImport: 0, missingExport: 0 },
    });
    const counts = new Map<string, number>();
    for (const d of data.imports) {
      const key = `${d.goodsItems[0]!.classifications[0]!.id}|${d.consignment.exportCountryCode}`;
      counts.set(key, (counts.get(key) ?? 0) + (d.goodsItems[0]!.customsValue ?? 0));
    }
    target = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
    // The importers of the largest HS6 × partner pair (by value) declare half the value.
    const halve = (d: Declaration): Declaration =>
      `${d.goodsItems[0]!.classifications[0]!.id}|${d.consignment.exportCountryCode}` === target
        ? { ...d, goodsItems: d.goodsItems.map((item) => ({ ...item, customsValue: (item.customsValue ?? 0) / 2 })) }
        : d;
    ({ imports, exports } = generatedRecords({ ...data, imports: data.imports.map(halve) }));
  });

  it('estimates the CIF/FOB factor from matched pairs', () => {
    const result = matchPartnerExports(imports, exports);
    const estimate = estimateCifFobFactor(result.matches, { imports, exports });
    expect(estimate.pairs).toBeGreaterThan(5_000);
    // The generator draws each pair's factor uniformly in [1.03, 1.10].
    expect(estimate.factor).toBeGreaterThan(1.05);
    expect(estimate.factor).toBeLessThan(1.08);
  });

  it('puts the under-declared pair first, at about half of the expected value', () => {
    const report = mirrorStatistics(imports, exports);
    const top = report.pairs[0]!;
    expect(`${top.hs6}|${top.partnerCountry}`).toBe(target);
    expect(top.gapRatio).toBeGreaterThan(0.45);
    expect(top.gapRatio).toBeLessThan(0.55);
    const busy = report.pairs.filter(
      (p) => p.months >= 3 && p.expectedCif > 0 && `${p.hs6}|${p.partnerCountry}` !== target,
    );
    expect(busy.length).toBeGreaterThan(50);
    expect(busy.every((p) => Math.abs(p.gapRatio) < 0.1)).toBe(true);
    const findings = mirrorFindings(report, { limit: 5 });
    expect(findings[0]!.evidence.hs6).toBe(target.split('|')[0]);
  });
});
