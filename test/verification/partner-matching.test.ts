import { beforeAll, describe, expect, it } from 'vitest';
import { matchPartnerExports } from '../../src/core/verification/matching/match-partner-exports.js';
import { toTradeRecord } from '../../src/core/verification/trade-record.js';
import { evaluatePartnerMatching, type PartnerEvaluation } from '../../src/verification/evaluate-partner-matching.js';
import { generatePartnerData, type GeneratedPartnerData } from '../../src/verification/generate-partner-data.js';
import { sampleImports } from './sample-imports.js';

describe('customs-to-customs matching on partner data generated from the real sample declarations', () => {
  let data: GeneratedPartnerData;
  let evaluation: PartnerEvaluation;

  beforeAll(async () => {
    data = generatePartnerData(await sampleImports(), { seed: 20_240_611 });
    evaluation = evaluatePartnerMatching(data);
  });

  it('generates partner exports with every distortion injected and recorded', () => {
    const { truth } = data;
    expect(data.partnerExports.length).toBeGreaterThan(7_500);
    expect(truth.pairs.size).toBeGreaterThan(7_000);
    expect(truth.underValued.size).toBeGreaterThan(200);
    expect(truth.misclassified.size).toBeGreaterThan(100);
    expect(truth.exportsWithoutImport.size).toBeGreaterThan(80);
    expect(truth.importsWithoutExport.size).toBeGreaterThan(120);
    expect(truth.referencesRemoved.size).toBeGreaterThan(2_500);
    expect(truth.shiftedDays.size).toBeGreaterThan(200);
    expect(data.partnerExports.every((d) => d.typeCode === 'EX' && d.currencyCode === 'USD')).toBe(true);
  });

  it('meets the precision and recall targets (≥ 0.95 each)', () => {
    expect(evaluation.precision).toBeGreaterThanOrEqual(0.95);
    expect(evaluation.recall).toBeGreaterThanOrEqual(0.95);
    // Without references a good share is matched by the fuzzy pass alone.
    expect(evaluation.result.stats.fuzzyMatches).toBeGreaterThan(2_000);
  });

  it('detects ≥ 90 % of the injected under-valuations beyond 30 %', () => {
    expect(evaluation.underValuationDetection.of).toBeGreaterThan(100);
    expect(evaluation.underValuationDetection.rate).toBeGreaterThanOrEqual(0.9);
  });

  it('reports misclassifications and partner exports with no import', () => {
    expect(evaluation.misclassificationDetection.rate).toBeGreaterThanOrEqual(0.9);
    expect(evaluation.missingImportDetection.rate).toBeGreaterThanOrEqual(0.9);
  });

  it('raises few false alarms on clean declarations (< 100 per 10,000)', () => {
    expect(evaluation.falseAlarms.of).toBeGreaterThan(6_000);
    expect(evaluation.falseAlarms.per10000).toBeLessThan(100);
  });

  it('is reproducible: the same seed gives the same data and the same figures', () => {
    const twin = generatePartnerData(data.imports.slice(0, 300), { seed: 5 });
    const twin2 = generatePartnerData(data.imports.slice(0, 300), { seed: 5 });
    expect(twin2.partnerExports).toEqual(twin.partnerExports);
  });
});

describe('matchPartnerExports on hand-made pairs', () => {
  const base = {
    functionCode: '9',
    parties: {},
    transport: {},
    consignment: {},
  };
  const ours = toTradeRecord(
    {
      ...base,
      typeCode: 'IM',
      functionalReferenceId: 'IM-1',
      issueDate: '2024-03-20',
      parties: { importer: { name: 'Acme Trading Co., Ltd.' }, seller: { name: 'Shenzhen Bright Lamps Ltd' } },
      consignment: { exportCountryCode: 'CN' },
      goodsItems: [{ sequence: 1, classifications: [{ id: '940540' }], netMassKg: 1000, customsValue: 5300 }],
    },
    {},
  );
  const theirs = toTradeRecord({
    ...base,
    typeCode: 'EX',
    functionalReferenceId: 'EX-1',
    issueDate: '2024-03-02',
    parties: { consignee: { name: 'ACME TRADING COMPANY LIMITED' }, exporter: { name: 'SHENZHEN BRIGHT LAMPS' } },
    consignment: { exportCountryCode: 'CN' },
    goodsItems: [{ sequence: 1, classifications: [{ id: '940549' }], netMassKg: 1010, statisticalValue: 10_000 }],
  });

  it('links a pair with no shared reference by parties, heading, mass and date, and measures the gaps', () => {
    const result = matchPartnerExports([ours], [theirs]);
    expect(result.matches).toHaveLength(1);
    const match = result.matches[0]!;
    expect(match.basis).toBe('fuzzy');
    expect(match.hsDifference).toBe('6');
    expect(match.valueGap).toBeCloseTo(1 - 5300 / 10_600, 6);
    expect(match.massGap).toBeCloseTo(10 / 1010, 6);
  });

  it('leaves both sides unmatched when the parties differ', () => {
    const stranger = { ...theirs, partyName: 'ZEPHYR IMPORTS', traderName: 'KUNLUN OPTICS' };
    const result = matchPartnerExports([ours], [stranger]);
    expect(result.matches).toHaveLength(0);
    expect(result.unmatchedImports).toEqual([0]);
    expect(result.unmatchedExports).toEqual([0]);
  });

  it('prefers a shared transport document over a better fuzzy look-alike', () => {
    const withBl = { ...ours, id: 'IM-2', transportDocuments: ['MSCU1234567890'], partyName: 'OTHER NAME' };
    const exportWithBl = { ...theirs, transportDocuments: ['MSCU1234567890'] };
    const result = matchPartnerExports([ours, withBl], [exportWithBl]);
    expect(result.matches[0]!.importId).toBe('IM-2');
    expect(result.matches[0]!.basis).toBe('transport-document');
  });
});
