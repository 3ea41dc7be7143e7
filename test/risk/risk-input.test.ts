import { describe, expect, it } from 'vitest';
import type { Declaration } from '../../src/core/model/declaration-schema.js';
import { toRiskInput } from '../../src/core/risk/risk-input.js';
import { readFixture } from './support/fixture-inputs.js';

describe('toRiskInput', () => {
  it('reads the Korean CSV row through the canonical model', () => {
    const first = readFixture('kcs-train-head4000.csv')[0]!;
    expect(first).toMatchObject({
      id: '97061800',
      date: '2020-01-01',
      office: '30',
      processType: 'B',
      importType: '11',
      importUse: '21',
      paymentType: '11',
      transportMode: '10',
      declarantId: 'ZZR1LT6',
      importerId: 'QLRUBN9',
      sellerId: '0VKY2BR',
      carrierId: '',
      hs6: '440890',
      hs4: '4408',
      chapter: '44',
      departureCountry: 'BE',
      originCountry: 'BE',
      taxRate: 0,
      taxType: 'FEU1',
      originIndicator: 'G',
      netMass: 108,
      value: 372254.4,
      label: { fraud: 0, criticalFraud: 0 },
    });
    expect(first.day).toBe(Date.UTC(2020, 0, 1) / 86_400_000);
  });

  it('falls back to item price, keeps missing numbers as NaN and reads longer commodity codes', () => {
    const declaration: Declaration = {
      functionCode: '9',
      mrn: '21GB000000000001A1',
      issueDate: '2021-03-04T10:00:00Z',
      parties: { importer: { id: 'GB123' } },
      transport: { arrival: { modeCode: '4' } },
      consignment: {},
      goodsItems: [{ sequence: 1, classifications: [{ id: '8517.12.00.90' }], itemPrice: 99 }],
    };
    const input = toRiskInput(declaration, { fraud: 1 });
    expect(input).toMatchObject({
      id: '21GB000000000001A1',
      date: '2021-03-04',
      hs6: '851712',
      transportMode: '4',
      value: 99,
    });
    expect(input.netMass).toBeNaN();
    expect(input.taxRate).toBeNaN();
    expect(input.label).toEqual({ fraud: 1, criticalFraud: 1 });
  });
});
