import { beforeEach, describe, expect, it } from 'vitest';
import type { DeclarationQuery, DeclarationSummary } from '../../../src/core/ports/declaration-store.js';
import { amended, appendAll, newestFirst, shaped, type Shape, type Submission } from './contract-data.js';
import type { CurrentStore } from './store-under-test.js';

const SHAPES: Shape[] = [
  { date: '2024-03-01', importer: 'IMP-A', declarant: 'DEC-1', hs: ['84713000'], source: 'api' },
  { date: '2024-03-01', importer: 'IMP-B', declarant: 'DEC-1', hs: ['85176200', '84714100'], source: 'api' },
  { date: '2024-03-02', importer: 'IMP-A', declarant: 'DEC-2', hs: ['62034231'], source: 'file:in/day2.csv' },
  { date: '2024-03-03', importer: 'IMP-C', declarant: 'DEC-2', hs: ['8471.30.00'], status: 'rejected' },
  { date: '2024-03-03', importer: 'IMP-A', declarant: 'DEC-1', hs: ['94036010'], source: 'file:in/day3.xml' },
  { date: '2024-02-28', importer: 'IMP-B', declarant: 'DEC-3', hs: ['69072200'], mrn: '24GB000000000000A1' },
  { date: '2024-03-05', importer: 'IMP-C', declarant: 'DEC-3', hs: ['44089015'], source: 'broker:tamga.ingest' },
  { date: '2024-03-04', importer: 'IMP-A', declarant: 'DEC-2', hs: ['84713000'], status: 'rejected' },
];

async function collect(store: ReturnType<CurrentStore>['store'], query: DeclarationQuery) {
  const items: DeclarationSummary[] = [];
  const pages: number[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.query({ ...query, ...(cursor ? { cursor } : {}) });
    items.push(...page.items);
    pages.push(page.items.length);
    cursor = page.nextCursor;
  } while (cursor);
  return { items, pages };
}

export function queryContract(use: CurrentStore): void {
  describe('query', () => {
    let data: Submission[];
    beforeEach(async () => {
      data = SHAPES.map((shape, index) => shaped({ lrn: `Q-LRN-${index}`, ...shape }));
      await appendAll(use().store, data);
    });
    const expected = (keep: (s: Submission) => boolean) =>
      data
        .filter(keep)
        .map((s) => ({ date: s.shape.date, id: s.record.id }))
        .sort(newestFirst)
        .map((s) => s.id);
    const ids = async (query: DeclarationQuery) => (await use().store.query(query)).items.map((s) => s.id);

    it('lists latest versions newest date first, ties by id, with their summary', async () => {
      const page = await use().store.query({});
      expect(page.items.map((s) => s.id)).toEqual(expected(() => true));
      expect(page.nextCursor).toBeUndefined();
      const second = data[1]!;
      expect(page.items.find((s) => s.id === second.record.id)).toEqual({
        id: second.record.id,
        version: 1,
        key: second.record.key,
        lrn: 'Q-LRN-1',
        typeCode: 'IM',
        issueDate: '2024-03-01',
        importerId: 'IMP-B',
        declarantId: 'DEC-1',
        hsCodes: ['85176200', '84714100'],
        status: 'accepted',
        qualityScore: 100,
        source: 'api',
        storedAt: expect.any(String) as string,
      });
    });

    it('filters by LRN, MRN, importer, declarant and status', async () => {
      expect(await ids({ lrn: 'Q-LRN-2' })).toEqual([data[2]!.record.id]);
      expect(await ids({ mrn: '24GB000000000000A1' })).toEqual([data[5]!.record.id]);
      expect(await ids({ importerId: 'IMP-A' })).toEqual(expected((s) => s.shape.importer === 'IMP-A'));
      expect(await ids({ declarantId: 'DEC-2' })).toEqual(expected((s) => s.shape.declarant === 'DEC-2'));
      expect(await ids({ status: 'rejected' })).toEqual(expected((s) => s.shape.status === 'rejected'));
      expect(await ids({ lrn: 'nope' })).toEqual([]);
    });

    it('filters by commodity-code prefix on any goods item, ignoring dots', async () => {
      const hs = (prefix: string) => expected((s) => s.shape.hs.some((c) => c.replace(/\./g, '').startsWith(prefix)));
      expect(await ids({ hsPrefix: '8471' })).toEqual(hs('8471'));
      expect(await ids({ hsPrefix: '8471' })).toHaveLength(4);
      expect(await ids({ hsPrefix: '84' })).toEqual(hs('84'));
      expect(await ids({ hsPrefix: '8471.30' })).toEqual(hs('847130'));
      expect(await ids({ hsPrefix: '85176200' })).toEqual([data[1]!.record.id]);
      expect(await ids({ hsPrefix: '99' })).toEqual([]);
    });

    it('filters by inclusive date range and by source prefix', async () => {
      const inRange = expected((s) => s.shape.date >= '2024-03-01' && s.shape.date <= '2024-03-03');
      expect(await ids({ dateFrom: '2024-03-01', dateTo: '2024-03-03' })).toEqual(inRange);
      expect(await ids({ dateFrom: '2024-03-05' })).toEqual([data[6]!.record.id]);
      expect(await ids({ dateTo: '2024-02-28' })).toEqual([data[5]!.record.id]);
      expect(await ids({ source: 'file:' })).toEqual(expected((s) => s.shape.source.startsWith('file:')));
      expect(await ids({ source: 'file:in/day3' })).toEqual([data[4]!.record.id]);
      expect(await ids({ source: 'broker:' })).toEqual([data[6]!.record.id]);
    });

    it('dates a declaration without issue date by its acceptance date, else by the day it was received', async () => {
      const { store } = use();
      const accepted = shaped(
        { lrn: 'NO-ISSUE-1' },
        { declaration: { issueDate: undefined, acceptanceDate: '20240310' } },
      );
      const received = shaped(
        { lrn: 'NO-ISSUE-2' },
        { declaration: { issueDate: undefined }, lineage: { receivedAt: '2024-03-11T23:59:00.000Z' } },
      );
      await appendAll(store, [accepted, received]);
      expect((await store.query({ lrn: 'NO-ISSUE-1' })).items[0]!.issueDate).toBe('2024-03-10');
      expect(await ids({ dateFrom: '2024-03-10', dateTo: '2024-03-11' })).toEqual([
        received.record.id,
        accepted.record.id,
      ]);
    });

    it('combines filters', async () => {
      const query = { importerId: 'IMP-A', hsPrefix: '8471', dateFrom: '2024-03-02', status: 'rejected' as const };
      expect(await ids(query)).toEqual([data[7]!.record.id]);
      expect(await ids({ importerId: 'IMP-A', declarantId: 'DEC-1', hsPrefix: '94' })).toEqual([data[4]!.record.id]);
    });

    it('matches the latest version only', async () => {
      const { store } = use();
      const moved = amended(data[0]!.record, {
        functionCode: '13',
        parties: { ...data[0]!.record.declaration.parties, importer: { id: 'IMP-Z' } },
      });
      await appendAll(store, [moved]);
      expect(await ids({ importerId: 'IMP-Z' })).toEqual([data[0]!.record.id]);
      expect(await ids({ importerId: 'IMP-A' })).not.toContain(data[0]!.record.id);
      const summary = (await store.query({ importerId: 'IMP-Z' })).items[0];
      expect(summary).toMatchObject({ version: 2, importerId: 'IMP-Z' });
    });

    it('pages with a cursor to the end, every item once and in order', async () => {
      const { store } = use();
      const more = Array.from({ length: 17 }, (_, i) =>
        shaped({ date: `2024-04-${String(1 + (i % 5)).padStart(2, '0')}` }),
      );
      await appendAll(store, more);
      data.push(...more);
      const { items, pages } = await collect(store, { limit: 7 });
      expect(pages).toEqual([7, 7, 7, 4]);
      expect(items.map((s) => s.id)).toEqual(expected(() => true));
      const filtered = await collect(store, { limit: 2, importerId: 'IMP-A' });
      expect(filtered.items.map((s) => s.id)).toEqual(expected((s) => s.shape.importer === 'IMP-A'));
    });

    it('keeps its place when declarations arrive between pages', async () => {
      const { store } = use();
      const first = await store.query({ limit: 3 });
      // One sorts before the cursor (never shown), one after it (shown once).
      await appendAll(store, [shaped({ date: '2024-12-31' }), shaped({ date: '2023-01-01' })]);
      const rest = await collect(store, { limit: 3, cursor: first.nextCursor! });
      const seen = [...first.items, ...rest.items].map((s) => s.id);
      expect(new Set(seen).size).toBe(seen.length);
      for (const id of expected(() => true)) expect(seen).toContain(id);
      expect(seen).toHaveLength(data.length + 1);
    });

    it('refuses a limit out of 1..1000, a cursor it did not issue, and malformed filters', async () => {
      const { store } = use();
      const queries: DeclarationQuery[] = [
        { limit: 0 },
        { limit: 1001 },
        { limit: 2.5 },
        { cursor: 'not-a-cursor' },
        { cursor: Buffer.from('{"issueDate":"2024-01-01"}').toString('base64url') },
        { dateFrom: '1/3/2024' },
        { dateTo: '2024-3-1' },
        { hsPrefix: '..' },
        { status: 'pending' as DeclarationQuery['status'] },
      ];
      for (const query of queries) {
        await expect(store.query(query)).rejects.toMatchObject({ name: 'StoreError', code: 'invalid-query' });
      }
      expect((await store.query({ limit: 1000 })).items).toHaveLength(data.length);
      expect((await store.query({ limit: 1 })).items).toHaveLength(1);
    });
  });
}
