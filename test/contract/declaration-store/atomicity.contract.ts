import { describe, expect, it } from 'vitest';
import type { InspectionOutcome } from '../../../src/core/model/record.js';
import type { DeclarationStore } from '../../../src/core/ports/declaration-store.js';
import { buildSubmission } from '../../support/factories.js';
import type { CurrentStore } from './store-under-test.js';

type Submission = ReturnType<typeof buildSubmission>;

/** Nothing of a failed batch may remain: no declaration, no version, no raw message. */
async function expectNothingOf(store: DeclarationStore, batch: Submission[], countBefore: number) {
  expect(await store.count()).toBe(countBefore);
  expect((await store.findByKeys(batch.map((s) => s.record.key))).size).toBe(0);
  for (const { raw } of batch) expect(await store.raw(raw.sha256)).toBeUndefined();
  expect(await store.query({ source: 'file:failing-batch' })).toEqual({ items: [] });
}

const failing = () => buildSubmission({ lineage: { source: 'file:failing-batch' } });

export function atomicityContract(use: CurrentStore): void {
  describe('append: a batch is all or nothing', () => {
    it('leaves nothing when the database refuses an item midway (id already used by another key)', async () => {
      const { store } = use();
      const existing = buildSubmission();
      await store.append([existing.record], [existing.raw]);
      const batch = [failing(), failing(), failing()];
      batch[2]!.record.id = existing.record.id;
      await expect(
        store.append(
          batch.map((s) => s.record),
          batch.map((s) => s.raw),
        ),
      ).rejects.toMatchObject({ name: 'StoreError', code: 'append-failed' });
      await expectNothingOf(store, batch, 1);
      expect(await store.versions(existing.record.id)).toHaveLength(1);
    });

    it('leaves nothing when a constraint fails on the last table written (an impossible outcome)', async () => {
      const { store } = use();
      const batch = [failing(), failing(), failing()];
      batch[0]!.record.outcome = { fraud: 0 };
      batch[2]!.record.outcome = { fraud: 2 } as unknown as InspectionOutcome;
      await expect(
        store.append(
          batch.map((s) => s.record),
          batch.map((s) => s.raw),
        ),
      ).rejects.toMatchObject({ code: 'append-failed' });
      await expectNothingOf(store, batch, 0);
      const scanned = [];
      for await (const page of store.scan()) scanned.push(...page);
      expect(scanned).toEqual([]);
    });

    it('leaves nothing when an item cannot be serialised after earlier ones were written', async () => {
      const { store } = use();
      const batch = [failing(), failing(), failing()];
      (batch[1]!.record.declaration as { invoiceAmount: unknown }).invoiceAmount = 10n;
      delete batch[1]!.record.canonicalJson;
      await expect(
        store.append(
          batch.map((s) => s.record),
          batch.map((s) => s.raw),
        ),
      ).rejects.toMatchObject({ code: 'append-failed' });
      await expectNothingOf(store, batch, 0);
    });

    it('refuses a raw message whose bytes do not match its hash, before writing anything', async () => {
      const { store } = use();
      const batch = [failing(), failing()];
      const forged = { ...batch[1]!.raw, body: new TextEncoder().encode('{"tampered":true}') };
      await expect(store.append([batch[0]!.record, batch[1]!.record], [batch[0]!.raw, forged])).rejects.toMatchObject({
        code: 'raw-hash-mismatch',
      });
      await expectNothingOf(store, batch, 0);
    });

    it('keeps the store usable after a failed batch', async () => {
      const { store } = use();
      const batch = [failing(), failing()];
      batch[1]!.record.qualityScore = 250;
      await expect(
        store.append(
          batch.map((s) => s.record),
          batch.map((s) => s.raw),
        ),
      ).rejects.toMatchObject({ code: 'append-failed' });
      batch[1]!.record.qualityScore = 80;
      const results = await store.append(
        batch.map((s) => s.record),
        batch.map((s) => s.raw),
      );
      expect(results.map((r) => r.status)).toEqual(['stored', 'stored']);
      expect(await store.count()).toBe(2);
    });
  });
}
