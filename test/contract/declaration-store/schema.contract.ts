import { describe, expect, it } from 'vitest';
import { buildSubmission } from '../../support/factories.js';
import { amended, appendAll } from './contract-data.js';
import type { CurrentStore, OpenStoreUnderTest } from './store-under-test.js';

export function schemaContract(use: CurrentStore, open: OpenStoreUnderTest): void {
  describe('migrations', () => {
    it('records each migration once, with its name and time, however often migrate runs', async () => {
      const t = use();
      await t.store.migrate();
      await t.store.migrate();
      const rows = await t.sql('SELECT version, name, applied_at FROM schema_migrations ORDER BY version');
      // Later features append migrations (002 analytics, 003 dashboard users, ...): 1..n, each once.
      expect(rows.map((r) => [Number(r.version), r.name])[0]).toEqual([1, 'declarations']);
      expect(rows.map((r) => Number(r.version))).toEqual(rows.map((_r, index) => index + 1));
      expect(rows[0]!.applied_at).toBeTruthy();
    });

    it('lets two processes starting at once migrate the same empty database', async () => {
      const fresh = await open({ migrate: false });
      try {
        const other = await fresh.openAnother();
        await Promise.all([fresh.store.migrate(), other.migrate(), fresh.store.migrate()]);
        await other.close();
        const rows = await fresh.sql(
          'SELECT count(*) AS n, count(DISTINCT version) AS d, max(version) AS m FROM schema_migrations',
        );
        expect(Number(rows[0]!.n)).toBe(Number(rows[0]!.m));
        expect(Number(rows[0]!.d)).toBe(Number(rows[0]!.m));
        const { record, raw } = buildSubmission();
        expect(await fresh.store.append([record], [raw])).toEqual([{ status: 'stored', id: record.id, version: 1 }]);
      } finally {
        await fresh.dispose();
      }
    });
  });

  describe('append-only, enforced by the database', () => {
    const refused = /append-only/;

    it('refuses UPDATE and DELETE on versions, raw messages, commodity codes and outcomes', async () => {
      const t = use();
      const { record, raw } = buildSubmission({ outcome: { fraud: 1 } });
      await t.store.append([record], [raw]);
      const statements = [
        `UPDATE declaration_versions SET quality_score = 0`,
        `DELETE FROM declaration_versions`,
        `UPDATE raw_messages SET media_type = 'text/plain'`,
        `DELETE FROM raw_messages`,
        `UPDATE declaration_hs_codes SET hs_code = '99'`,
        `DELETE FROM declaration_hs_codes`,
        `UPDATE inspection_outcomes SET fraud = 0`,
        `DELETE FROM inspection_outcomes`,
      ];
      for (const statement of statements) await expect(t.sql(statement), statement).rejects.toThrow(refused);
      expect(await t.store.get(record.id)).toMatchObject({ qualityScore: 100 });
      expect((await t.store.raw(raw.sha256))!.mediaType).toBe('application/json');
    });

    it('lets declarations only move latest_version forward, never delete or rename', async () => {
      const t = use();
      const original = buildSubmission();
      await appendAll(t.store, [original, amended(original.record, { invoiceAmount: 3 })]);
      for (const statement of [
        `UPDATE declarations SET latest_version = 1`,
        `UPDATE declarations SET key = 'lrn:x:y'`,
        `UPDATE declarations SET id = 'dec_other'`,
        `DELETE FROM declarations`,
      ]) {
        await expect(t.sql(statement), statement).rejects.toThrow(refused);
      }
      expect((await t.store.get(original.record.id))!.version).toBe(2);
    });
  });

  describe('concurrent writers', () => {
    it('stores a declaration sent through two connections at once exactly once', async () => {
      const t = use();
      const other = await t.openAnother();
      try {
        const subs = Array.from({ length: 50 }, () => buildSubmission());
        const batch = subs.map((s) => s.record);
        const raws = subs.map((s) => s.raw);
        const [a, b] = await Promise.all([t.store.append(batch, raws), other.append([...batch].reverse(), raws)]);
        const stored = [...a, ...b].filter((r) => r.status === 'stored');
        expect(stored).toHaveLength(50);
        expect(await t.store.count()).toBe(50);
      } finally {
        await other.close();
      }
    });

    it('gives concurrent amendments of one declaration distinct versions', async () => {
      const t = use();
      const other = await t.openAnother();
      try {
        const original = buildSubmission();
        await appendAll(t.store, [original]);
        const amendments = [1, 2, 3, 4].map((n) => amended(original.record, { functionCode: '13', invoiceAmount: n }));
        const stores = [t.store, other, t.store, other];
        const results = await Promise.all(amendments.map((a, i) => appendAll(stores[i]!, [a])));
        expect(
          results
            .flat()
            .map((r) => r.version)
            .sort(),
        ).toEqual([2, 3, 4, 5]);
        expect((await t.store.versions(original.record.id)).map((v) => v.version)).toEqual([1, 2, 3, 4, 5]);
      } finally {
        await other.close();
      }
    });
  });
}
