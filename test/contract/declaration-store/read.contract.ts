import { describe, expect, it } from 'vitest';
import type { ScannedDeclaration } from '../../../src/core/ports/declaration-store.js';
import { nodeSha256 } from '../../../src/adapters/node-sha256.js';
import { buildSubmission } from '../../support/factories.js';
import { amended, appendAll, shaped } from './contract-data.js';
import type { CurrentStore } from './store-under-test.js';

async function scanAll(iterable: AsyncIterable<ScannedDeclaration[]>): Promise<ScannedDeclaration[][]> {
  const pages: ScannedDeclaration[][] = [];
  for await (const page of iterable) pages.push(page);
  return pages;
}

export function readContract(use: CurrentStore): void {
  describe('raw messages', () => {
    it('gives back every byte as received, binary included, and writes each hash once', async () => {
      const { store } = use();
      const body = new Uint8Array(300_000);
      for (let i = 0; i < body.length; i++) body[i] = (i * 7919) % 256;
      const raw = { sha256: nodeSha256(body), mediaType: 'application/octet-stream', body };
      const { record } = buildSubmission({ lineage: { rawSha256: raw.sha256 } });
      await store.append([record], [raw, raw]);
      await store.append([], [raw]);
      const back = await store.raw(raw.sha256);
      expect(back?.mediaType).toBe('application/octet-stream');
      expect(back?.body).toBeInstanceOf(Uint8Array);
      expect(Buffer.compare(Buffer.from(back!.body), Buffer.from(body))).toBe(0);
      expect((await store.get(record.id))!.lineage.rawSha256).toBe(raw.sha256);
      expect(await store.raw('0'.repeat(64))).toBeUndefined();
    });
  });

  describe('findByKeys and count', () => {
    it('answers many keys in one call with the latest version of each, and skips unknown keys', async () => {
      const { store } = use();
      const subs = Array.from({ length: 30 }, () => buildSubmission());
      await appendAll(store, subs);
      const amendment = amended(subs[4]!.record, { functionCode: '13', invoiceAmount: 1 });
      await appendAll(store, [amendment]);
      const keys = [...subs.map((s) => s.record.key), 'lrn:nobody:nothing'];
      const found = await store.findByKeys(keys);
      expect(found.size).toBe(30);
      expect(found.get(subs[4]!.record.key)).toEqual({
        id: subs[4]!.record.id,
        version: 2,
        contentHash: amendment.record.contentHash,
        functionCode: '13',
      });
      expect(found.get(subs[0]!.record.key)).toMatchObject({ version: 1, functionCode: '9' });
      expect(found.has('lrn:nobody:nothing')).toBe(false);
      expect(await store.findByKeys([])).toEqual(new Map());
      expect(await store.count()).toBe(30);
    });

    it('reads nothing for unknown ids', async () => {
      const { store } = use();
      expect(await store.get('dec_unknown')).toBeUndefined();
      expect(await store.versions('dec_unknown')).toEqual([]);
    });
  });

  describe('scan', () => {
    it('pages through latest versions in date order, then id, each with its latest outcome', async () => {
      const { store } = use();
      const dates = ['2024-05-03', '2024-05-01', '2024-05-02', '2024-05-01', '2024-05-03', '2024-05-02', '2024-05-01'];
      const subs = dates.map((date) => shaped({ date }));
      subs[0]!.record.outcome = { fraud: 1, criticalFraud: 2, revenueRaised: 1520.75 };
      subs[1]!.record.outcome = { fraud: 0 };
      await appendAll(store, subs);
      const later = amended(subs[0]!.record, { invoiceAmount: 17 });
      const inspected = amended(subs[1]!.record, { invoiceAmount: 18 });
      inspected.record.outcome = { fraud: 1, criticalFraud: 1 };
      await appendAll(store, [later, inspected]);

      const pages = await scanAll(store.scan({ batchSize: 3 }));
      expect(pages.map((p) => p.length)).toEqual([3, 3, 1]);
      const items = pages.flat();
      const expected = subs
        .map((s) => ({ date: s.shape.date, id: s.record.id }))
        .sort((a, b) => (a.date === b.date ? (a.id < b.id ? -1 : 1) : a.date < b.date ? -1 : 1));
      expect(items.map((i) => i.record.id)).toEqual(expected.map((e) => e.id));
      const byId = new Map(items.map((i) => [i.record.id, i]));
      expect(byId.get(subs[0]!.record.id)).toMatchObject({
        record: { version: 2, contentHash: later.record.contentHash },
        outcome: { fraud: 1, criticalFraud: 2, revenueRaised: 1520.75 },
      });
      expect(byId.get(subs[1]!.record.id)!.outcome).toEqual({ fraud: 1, criticalFraud: 1 });
      expect(byId.get(subs[2]!.record.id)!.outcome).toBeUndefined();
    });

    it('keeps to inclusive date bounds and ends without an empty page', async () => {
      const { store } = use();
      const dates = ['2024-01-31', '2024-02-01', '2024-02-15', '2024-02-29', '2024-03-01'];
      await appendAll(
        store,
        dates.map((date) => shaped({ date })),
      );
      const pages = await scanAll(store.scan({ dateFrom: '2024-02-01', dateTo: '2024-02-29', batchSize: 3 }));
      expect(pages.map((p) => p.map((i) => i.record.declaration.issueDate))).toEqual([
        ['2024-02-01', '2024-02-15', '2024-02-29'],
      ]);
      expect(await scanAll(store.scan({ dateFrom: '2030-01-01' }))).toEqual([]);
    });

    it('neither repeats nor skips when declarations arrive during a scan', async () => {
      const { store } = use();
      const subs = ['2024-04-01', '2024-04-02', '2024-04-03', '2024-04-04'].map((date) => shaped({ date }));
      await appendAll(store, subs);
      const seen: string[] = [];
      let added = false;
      for await (const page of store.scan({ batchSize: 2 })) {
        seen.push(...page.map((i) => i.record.id));
        if (!added) {
          added = true;
          await appendAll(store, [shaped({ date: '2024-03-01' }), shaped({ date: '2024-04-05' })]);
        }
      }
      expect(seen.slice(0, 4)).toEqual(subs.map((s) => s.record.id));
      expect(seen).toHaveLength(5);
      expect(new Set(seen).size).toBe(5);
    });
  });
}
