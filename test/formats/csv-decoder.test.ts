import { describe, expect, it } from 'vitest';
import { decodeAll, decodeChunked, declarations, problems, readFixture, text } from './decode-helpers.js';

const KCS = 'data-samples/customs-declarations/';

describe('CSV decoder on the Korean customs data files', () => {
  it('decodes all 37,385 training rows, one declaration each, with outcomes', () => {
    const events = decodeAll(readFixture(`${KCS}df_syn_train_eng.csv`));
    expect(problems(events)).toEqual([]);
    const found = declarations(events);
    expect(found).toHaveLength(37_385);
    expect(found.filter((event) => event.outcome?.fraud === 1)).toHaveLength(8_114);
    expect(found.filter((event) => event.outcome?.criticalFraud === 2)).toHaveLength(394);
    const first = found[0]!;
    expect(first.position).toBe(1);
    expect(first.declaration).toEqual({
      functionCode: '9',
      typeCode: 'IM',
      functionalReferenceId: '97061800',
      issueDate: '2020-01-01',
      declarationOfficeId: '30',
      nationalCodes: { processType: 'B', importType: '11', importUse: '21', paymentType: '11' },
      parties: { declarant: { id: 'ZZR1LT6' }, importer: { id: 'QLRUBN9' }, seller: { id: '0VKY2BR' } },
      transport: { border: { modeCode: '10' } },
      consignment: { exportCountryCode: 'BE' },
      goodsItems: [
        {
          sequence: 1,
          classifications: [{ id: '440890', identificationTypeCode: 'HS' }],
          currencyCode: 'KRW',
          originCountryCode: 'BE',
          originTypeCode: 'G',
          dutyTaxFees: [{ rate: 0, dutyRegimeCode: 'FEU1' }],
          netMassKg: 108,
          customsValue: 372254.4,
        },
      ],
    });
    expect(first.outcome).toEqual({ fraud: 0, criticalFraud: 0 });
    expect(new TextDecoder().decode(first.raw.body)).toBe(
      'Declaration ID,Date,Office ID,Process Type,Import Type,Import Use,Payment Type,Mode of Transport,Declarant ID,Importer ID,Seller ID,Courier ID,HS6 Code,Country of Departure,Country of Origin,Tax Rate,Tax Type,Country of Origin Indicator,Net Mass,Item Price,Fraud,Critical Fraud\n97061800,2020-01-01,30,B,11,21,11,10,ZZR1LT6,QLRUBN9,0VKY2BR,,440890,BE,BE,0.0,FEU1,G,108.0,372254.4,0,0\n',
    );
    expect(first.raw.mediaType).toBe('text/csv');
  });

  it('decodes all 8,134 validation rows, streamed in 64 KiB chunks, as decoded whole', async () => {
    const bytes = readFixture(`${KCS}df_syn_valid_eng.csv`);
    const streamed = await decodeChunked(bytes, 65_536);
    expect(problems(streamed)).toEqual([]);
    expect(declarations(streamed)).toHaveLength(8_134);
    expect(streamed.map((e) => e.kind === 'declaration' && e.declaration)).toEqual(
      decodeAll(bytes).map((e) => e.kind === 'declaration' && e.declaration),
    );
    const ids = new Set(declarations(streamed).map((e) => e.declaration.functionalReferenceId));
    expect(ids.size).toBe(8_134);
    const hs = declarations(streamed).map((e) => e.declaration.goodsItems[0]!.classifications[0]!.id);
    expect(hs.every((code) => /^\d{6}$/.test(code))).toBe(true);
    const couriers = declarations(streamed).filter((e) => e.declaration.parties.carrier !== undefined);
    expect(couriers.length).toBeGreaterThan(0);
  });

  it('keeps a leading zero of an HS code a spreadsheet dropped', () => {
    const csv = text(
      'Declaration ID,Date,Office ID,HS6 Code,Country of Origin Indicator,Item Price,Importer ID,Country of Origin,Net Mass\n1,2020-01-01,30,30490,B,1,I,CN,1\n',
    );
    const [event] = declarations(decodeAll(csv));
    expect(event!.declaration.goodsItems[0]!.classifications[0]!.id).toBe('030490');
  });
});

describe('CSV decoder on other layouts', () => {
  it('groups the lines of each parcel of an e-commerce manifest (; delimiter, decimal comma, DD/MM/YYYY)', () => {
    const events = decodeAll(readFixture('test/fixtures/csv/ecommerce-parcel-manifest.csv'));
    expect(problems(events)).toEqual([]);
    const parcels = declarations(events);
    expect(parcels.map((e) => [e.declaration.functionalReferenceId, e.declaration.goodsItems.length])).toEqual([
      ['PX2024000101', 2],
      ['PX2024000102', 1],
      ['PX2024000103', 3],
      ['PX2024000104', 1],
      ['PX2024000105', 2],
    ]);
    const handbag = parcels[2]!.declaration;
    expect(handbag.issueDate).toBe('2024-09-04');
    expect(handbag.transport.border?.modeCode).toBe('3');
    expect(handbag.goodsItems.map((item) => [item.sequence, item.itemPrice, item.grossMassKg])).toEqual([
      [1, 1249, 1.1],
      [2, 59, 0.2],
      [3, 24.5, 0.4],
    ]);
    expect(parcels[0]!.declaration.goodsItems[1]!.description).toBe('Silicone baking mats; set of 3');
    const raw = new TextDecoder().decode(parcels[2]!.raw.body).trim().split('\n');
    expect(raw).toHaveLength(4);
    expect(raw[0]!.startsWith('Parcel No;Line;')).toBe(true);
  });

  it('groups the DATE weekly items by SGD_NUM (ISO date-times, 10-digit tariff codes)', () => {
    const events = decodeAll(readFixture('test/fixtures/csv/date-synthetic/week1_ano.csv'));
    expect(problems(events)).toEqual([]);
    const found = declarations(events);
    expect(found.reduce((n, e) => n + e.declaration.goodsItems.length, 0)).toBe(50);
    const c12862 = found.find((e) => e.declaration.functionalReferenceId === 'C12862')!.declaration;
    expect(c12862.issueDate).toBe('2020-04-18');
    expect(c12862.goodsItems.map((item) => item.classifications[0]!.id)).toEqual(['8205100000', '8465990000']);
    expect(c12862.parties.importer).toEqual({ id: 'IMPW2166', name: 'IMPNAMEW2226' });
  });

  it('reads the DATE raw SGD layout with quoted multi-line fields and 14-Aug-14 dates, and names the truncated last record', () => {
    const events = decodeAll(readFixture('test/fixtures/csv/date-synthetic/weekly-selection-train-sample.csv'));
    const found = declarations(events);
    expect(found).toHaveLength(7);
    expect(found[0]!.declaration.issueDate).toBe('2014-08-14');
    expect(found[0]!.declaration.nationalCodes).toMatchObject({ receiptDate: '2014-08-18', declarationModel: 'IM 4' });
    expect(found[0]!.outcome).toEqual({ fraud: 0, revenueRaised: 0 });
    expect(found.map((e) => e.declaration.functionalReferenceId)).toContain('SGD537749');
    const [truncated] = problems(events);
    expect(truncated).toMatchObject({ code: 'not-well-formed', position: 8, line: 24 });
  });

  it('picks a mapping by name, and says which names exist when the name is unknown', () => {
    const csv = readFixture('test/fixtures/csv/date-synthetic/week1_ano.csv');
    expect(declarations(decodeAll(csv, { csvMapping: 'date-weekly-items' }))).toHaveLength(30);
    const [problem] = problems(decodeAll(csv, { csvMapping: 'nope' }));
    expect(problem!.code).toBe('unknown-format');
    expect(problem!.message).toContain('kcs-customs-declarations');
  });

  it('names the columns found when a header matches no mapping', () => {
    const [problem, ...rest] = decodeAll(text('Foo,Bar,Baz\n1,2,3\n'));
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ kind: 'problem', code: 'unknown-format' });
    expect(problem?.kind === 'problem' && problem.message).toContain('"Foo", "Bar", "Baz"');
  });
});
