import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalyticsStore } from '../../src/core/ports/analytics-store.js';
import type { TamgaServices } from '../../src/app/tamga-services.js';
import { summariseQuality } from '../../src/core/validation/summarise-quality.js';
import type { DeclarationRecord } from '../../src/core/model/record.js';
import { sampleSlice } from './sample-slice.js';

/** An engine's services and analytics on one fresh database, with raw SQL access around them. */
export interface AnalyticsUnderTest {
  services: TamgaServices;
  analytics: AnalyticsStore;
  sql(text: string, values?: unknown[]): Promise<void>;
  dispose(): Promise<void>;
}

const SLICE = sampleSlice(400);

/** The same expectations on every engine; the reference is summariseQuality over the stored records. */
export function analyticsContract(open: () => Promise<AnalyticsUnderTest>): void {
  let t: AnalyticsUnderTest;
  let records: DeclarationRecord[];

  beforeAll(async () => {
    t = await open();
    await t.services.ingestBytes(SLICE.csv, { source: 'file:slice.csv' });
    records = [];
    for await (const page of t.services.store.scan()) records.push(...page.map((item) => item.record));
  });
  afterAll(() => t.dispose());

  it('folds in every stored version and outcome once, and nothing the second time', async () => {
    expect(await t.analytics.refresh()).toEqual({ versions: 400, outcomes: 400 });
    expect(await t.analytics.refresh()).toEqual({ versions: 0, outcomes: 0 });
  });

  it('counts declarations, inspections and hits per day as the source file has them', async () => {
    const overview = await t.analytics.overview({});
    const hits = SLICE.rows.filter((row) => row.Fraud === '1').length;
    expect(overview.totals).toMatchObject({ declarations: 400, inspected: 400, hits });
    const perDay = new Map<string, number>();
    for (const row of SLICE.rows) perDay.set(row.Date!, (perDay.get(row.Date!) ?? 0) + 1);
    expect(new Map(overview.perDay.map((day) => [day.date, day.declarations]))).toEqual(perDay);
    expect(overview.filter).toEqual({ from: SLICE.rows[0]!.Date, to: SLICE.rows.at(-1)!.Date });
    expect(overview.lanes).toEqual([
      { lane: 'unscored', declarations: 400, inspected: 400, hits, hitRate: expect.any(Number) },
    ]);
  });

  it('ranks HS chapters and origins by declarations', async () => {
    const overview = await t.analytics.overview({});
    const chapters = new Map<string, number>();
    for (const row of SLICE.rows)
      chapters.set(
        row['HS6 Code']!.padStart(6, '0').slice(0, 2),
        (chapters.get(row['HS6 Code']!.padStart(6, '0').slice(0, 2)) ?? 0) + 1,
      );
    const top = overview.topChapters[0]!;
    expect(top.declarations).toBe(Math.max(...chapters.values()));
    expect(top.declarations).toBe(chapters.get(top.code));
    const origins = new Map<string, number>();
    for (const row of SLICE.rows)
      origins.set(row['Country of Origin']!, (origins.get(row['Country of Origin']!) ?? 0) + 1);
    expect(overview.topOrigins[0]!.declarations).toBe(Math.max(...origins.values()));
  });

  it('gives the same totals through the office filter (declaration rows) as through the day totals', async () => {
    const meta = await t.analytics.meta();
    expect(meta.declarations).toBe(400);
    let sum = 0;
    for (const { office } of meta.offices) sum += (await t.analytics.overview({ office })).totals.declarations;
    expect(sum).toBe(400);
    const office = meta.offices[0]!;
    const quality = await t.analytics.quality({ office: office.office });
    expect(quality.overall.declarations).toBe(office.declarations);
  });

  it('agrees with summariseQuality overall, per source and per declarant', async () => {
    const reference = summariseQuality(records, { sourceKey: (source) => source });
    const quality = await t.analytics.quality({});
    expect(quality.overall).toEqual(reference.overall);
    expect(quality.bySource).toEqual(reference.bySource);
    for (const filer of quality.busiestFilers.slice(0, 10)) {
      const expected = reference.byDeclarant.find((group) => group.key === filer.key)!;
      expect({ ...filer, ecommerce: undefined, occasional: undefined }).toEqual({
        ...expected,
        ecommerce: undefined,
        occasional: undefined,
      });
    }
  });

  it('agrees with summariseQuality over a date range (declaration rows, not store-wide sums)', async () => {
    const [from, to] = ['2020-03-01', '2020-08-31'];
    const inRange = records.filter(
      (record) => record.declaration.issueDate! >= from && record.declaration.issueDate! <= to,
    );
    const reference = summariseQuality(inRange, { sourceKey: (source) => source });
    const quality = await t.analytics.quality({ from, to });
    expect(quality.overall).toEqual(reference.overall);
    const weakest = quality.weakestFilers[0]!;
    const lowest = Math.min(
      ...reference.byDeclarant.filter((group) => group.declarations >= 2).map((group) => group.meanScore),
    );
    expect(weakest.meanScore).toBe(lowest);
    for (const filer of quality.busiestFilers.slice(0, 5)) {
      const expected = reference.byDeclarant.find((group) => group.key === filer.key)!;
      expect(filer.declarations).toBe(expected.declarations);
      expect(filer.buckets).toEqual(expected.buckets);
    }
  });

  it('singles out e-commerce declarations (a courier named, or sent by post) and occasional filers', async () => {
    const quality = await t.analytics.quality({ filerRole: 'importer' });
    const isEcommerce = (row: Record<string, string>) => row['Courier ID'] !== '' || row['Mode of Transport'] === '50';
    const couriers = SLICE.rows.filter(isEcommerce).length;
    expect(quality.segments.ecommerce.declarations).toBe(couriers);
    const perImporter = new Map<string, number>();
    for (const row of SLICE.rows) perImporter.set(row['Importer ID']!, (perImporter.get(row['Importer ID']!) ?? 0) + 1);
    const occasional = SLICE.rows.filter(
      (row) => perImporter.get(row['Importer ID']!)! <= quality.occasionalMax,
    ).length;
    expect(quality.segments.occasional.declarations).toBe(occasional);
    const both = SLICE.rows.filter(
      (row) => isEcommerce(row) && perImporter.get(row['Importer ID']!)! <= quality.occasionalMax,
    ).length;
    expect(quality.segments.regular.declarations).toBe(400 - couriers - occasional + both);
  });

  describe('after the risk engine and inspectors report', () => {
    it('shows lanes and hit rates per lane', async () => {
      const [first, second] = records;
      await t.analytics.recordLanes([
        { declarationId: first!.id, lane: 'red', score: 0.91, modelVersion: 'm1', decidedAt: '2026-01-01T00:00:00Z' },
        {
          declarationId: second!.id,
          lane: 'yellow',
          score: 0.4,
          modelVersion: 'm1',
          decidedAt: '2026-01-01T00:00:00Z',
        },
      ]);
      const overview = await t.analytics.overview({});
      expect(overview.lanes.map((lane) => [lane.lane, lane.declarations])).toEqual([
        ['red', 1],
        ['yellow', 1],
        ['unscored', 398],
      ]);
      const list = await t.analytics.declarations({ limit: 500 });
      expect(list.items.find((item) => item.id === first!.id)?.lane).toBe('red');
    });

    it('counts an inspection recorded later as the latest outcome, with its revenue', async () => {
      const target = records.find((_record, index) => SLICE.rows[index]!.Fraud === '0')!;
      const before = await t.analytics.overview({});
      await t.sql(
        `INSERT INTO inspection_outcomes (id, version, fraud, critical_fraud, revenue_raised, recorded_at, source)
         VALUES ($1, 1, 1, 0, 1500, '2026-01-02T00:00:00Z', 'api')`,
        [target.id],
      );
      expect(await t.analytics.refresh()).toEqual({ versions: 0, outcomes: 1 });
      const after = await t.analytics.overview({});
      expect(after.totals.hits).toBe(before.totals.hits + 1);
      expect(after.totals.revenueRaised).toBe(1500);
      expect(after.totals.inspected).toBe(400);
    });
  });

  it('follows the risk engine: its decisions give lanes, its inspection results count as outcomes', async () => {
    const index = SLICE.rows.map((row) => row.Fraud).lastIndexOf('0');
    const target = records.find(
      (record) => record.declaration.functionalReferenceId === SLICE.rows[index]!['Declaration ID'],
    )!;
    const before = await t.analytics.overview({});
    await t.sql(
      `INSERT INTO risk_decisions (declaration_id, declaration_version, issue_date, lane, basis, score, model_version,
         input_hash, exploration, run, decided_at, rules, reasons, subject)
       VALUES ($1, 1, $2, 'red', 'model', 0.97, 'gbdt-1', 'hash', false, 'run-1', '2026-02-01T00:00:00Z', '[]', '[]', '{}')`,
      [target.id, target.declaration.issueDate],
    );
    await t.sql(
      `INSERT INTO risk_inspections (declaration_id, declaration_version, fraud, critical_fraud, discrepancy_found,
         revenue_raised, inspected_at, recorded_at, source)
       VALUES ($1, 1, 1, 0, true, 700, '2026-02-02T00:00:00Z', '2026-02-02T00:00:00Z', 'api')`,
      [target.id],
    );
    expect(await t.analytics.refresh()).toEqual({ versions: 0, outcomes: 1 });
    const after = await t.analytics.overview({});
    const red = (overview: typeof after) => overview.lanes.find((lane) => lane.lane === 'red')?.declarations ?? 0;
    expect(red(after)).toBe(red(before) + 1);
    expect(after.totals.hits).toBe(before.totals.hits + 1);
    expect(after.totals.revenueRaised).toBe(before.totals.revenueRaised + 700);
    const list = await t.analytics.declarations({ limit: 500 });
    expect(list.items.find((item) => item.id === target.id)?.lane).toBe('red');
  });

  it('lists declarations in an agreement scope (HS prefixes), newest first', async () => {
    const chapter = SLICE.rows[0]!['HS6 Code']!.padStart(6, '0').slice(0, 2);
    const expected = SLICE.rows.filter((row) => row['HS6 Code']!.padStart(6, '0').startsWith(chapter)).length;
    const list = await t.analytics.declarations({ hsPrefixes: [chapter], limit: 500 });
    expect(list.total).toBe(expected);
    expect(list.items.every((item) => item.hsCodes.some((code) => code.startsWith(chapter)))).toBe(true);
    const dates = list.items.map((item) => item.issueDate);
    expect(dates).toEqual([...dates].sort().reverse());
  });
}
