import { describe, expect, it } from 'vitest';
import { nodeSha256 } from '../../../src/adapters/node-sha256.js';
import { buildDeclaration, buildSubmission } from '../../support/factories.js';
import { amended, appendAll } from './contract-data.js';
import type { CurrentStore } from './store-under-test.js';

export function appendContract(use: CurrentStore): void {
  describe('append: versions and duplicates', () => {
    it('stores a new declaration as version 1 and gives it back whole', async () => {
      const { store } = use();
      const { record, raw } = buildSubmission();
      const before = Date.now();
      expect(await store.append([record], [raw])).toEqual([{ status: 'stored', id: record.id, version: 1 }]);
      const stored = await store.get(record.id);
      const given = { ...record };
      delete given.canonicalJson;
      expect(stored).toEqual({ ...given, version: 1, storedAt: stored!.storedAt });
      expect(Date.parse(stored!.storedAt)).toBeGreaterThanOrEqual(before - 1000);
      expect(await store.count()).toBe(1);
    });

    it('keeps the canonical text it is given, which hashes to the content hash, and serialises when not', async () => {
      const t = use();
      const given = buildSubmission();
      const bare = buildSubmission().record;
      delete bare.canonicalJson;
      await t.store.append([given.record, bare], [given.raw]);
      const rows = await t.sql(
        `SELECT CAST(declaration AS text) AS text FROM declaration_versions WHERE id = '${given.record.id}'`,
      );
      expect(nodeSha256(String(rows[0]!.text))).toBe(given.record.contentHash);
      expect((await t.store.get(bare.id))!.declaration).toEqual(bare.declaration);
    });

    it('keeps a rejected declaration with its findings and score', async () => {
      const { store } = use();
      const finding = {
        ruleId: 'hs-code-valid',
        severity: 'error' as const,
        pointer: {
          path: 'goodsItems[0].classifications[0].id',
          wcoId: '145',
          xpath: 'Declaration/GoodsShipment/GovernmentAgencyGoodsItem/Commodity/Classification/ID',
          sections: [{ classId: '42A' }, { classId: '67A' }, { classId: '68A', sequence: 1 }, { classId: '23A' }],
        },
        message: 'The commodity code 9999.99 does not exist.',
        fix: 'Use a code from the HS nomenclature in force on the declaration date.',
        value: '999999',
        suggestions: ['847130', '847141'],
      };
      const { record, raw } = buildSubmission({ status: 'rejected', qualityScore: 42.5, findings: [finding] });
      await store.append([record], [raw]);
      const stored = await store.get(record.id);
      expect(stored).toMatchObject({ status: 'rejected', qualityScore: 42.5, findings: [finding] });
    });

    it('answers the same key and content in a later batch as a duplicate and writes nothing', async () => {
      const { store } = use();
      const first = buildSubmission();
      await store.append([first.record], [first.raw]);
      const again = { ...first.record, lineage: { ...first.record.lineage, source: 'file:resubmitted.json' } };
      expect(await store.append([again], [])).toEqual([{ status: 'duplicate', id: first.record.id, version: 1 }]);
      expect(await store.count()).toBe(1);
      expect(await store.versions(first.record.id)).toHaveLength(1);
      expect((await store.get(first.record.id))!.lineage.source).toBe('api');
    });

    it('answers a repeat inside one batch as a duplicate of the earlier item', async () => {
      const { store } = use();
      const { record, raw } = buildSubmission();
      const other = buildSubmission();
      const results = await store.append([record, other.record, record], [raw, other.raw]);
      expect(results).toEqual([
        { status: 'stored', id: record.id, version: 1 },
        { status: 'stored', id: other.record.id, version: 1 },
        { status: 'duplicate', id: record.id, version: 1 },
      ]);
      expect(await store.count()).toBe(2);
    });

    it('stores new content under a known key as the next version and keeps the older ones', async () => {
      const { store } = use();
      const original = buildSubmission();
      const amendment = amended(original.record, { functionCode: '13', invoiceAmount: 1234.5 });
      const correction = amended(amendment.record, { functionCode: '13', invoiceAmount: 1300 });
      await appendAll(store, [original]);
      const results = await appendAll(store, [amendment, correction]);
      expect(results).toEqual([
        { status: 'stored', id: original.record.id, version: 2 },
        { status: 'stored', id: original.record.id, version: 3 },
      ]);
      const versions = await store.versions(original.record.id);
      expect(versions.map((v) => [v.version, v.contentHash])).toEqual([
        [1, original.record.contentHash],
        [2, amendment.record.contentHash],
        [3, correction.record.contentHash],
      ]);
      expect((await store.get(original.record.id))!.declaration.invoiceAmount).toBe(1300);
      expect((await store.get(original.record.id, 1))!.declaration).toEqual(original.record.declaration);
      expect(await store.get(original.record.id, 4)).toBeUndefined();
      expect(await store.count()).toBe(1);
    });

    it('answers an original re-sent after its amendment as a duplicate of version 1 (a re-run adds nothing)', async () => {
      const { store } = use();
      const original = buildSubmission();
      const amendment = amended(original.record, { functionCode: '13', invoiceAmount: 99 });
      await appendAll(store, [original, amendment]);
      expect(await appendAll(store, [original, amendment])).toEqual([
        { status: 'duplicate', id: original.record.id, version: 1 },
        { status: 'duplicate', id: original.record.id, version: 2 },
      ]);
      expect(await store.versions(original.record.id)).toHaveLength(2);
    });

    it('files a new version under the id already stored for its key', async () => {
      const { store } = use();
      const original = buildSubmission();
      await appendAll(store, [original]);
      const next = amended(original.record, { invoiceAmount: 5 });
      const result = await store.append([{ ...next.record, id: 'dec_some_other_id' }], [next.raw]);
      expect(result).toEqual([{ status: 'stored', id: original.record.id, version: 2 }]);
      expect(await store.get('dec_some_other_id')).toBeUndefined();
    });

    it('accepts an empty batch, and raw messages without records', async () => {
      const { store } = use();
      const { raw } = buildSubmission();
      expect(await store.append([], [])).toEqual([]);
      expect(await store.append([], [raw])).toEqual([]);
      expect(await store.raw(raw.sha256)).toBeDefined();
      expect(await store.count()).toBe(0);
    });

    it('keeps text the engines treat specially (NUL, unpaired surrogates, emoji, backslashes, tabs)', async () => {
      const { store } = use();
      const description = 'tab\there, line\nbreak, back\\slash, nul\u0000byte, lone \ud800 surrogate, 🚢 ship';
      const lrn = 'LRN\u0000\\tab\t1\udc00';
      const declaration = buildDeclaration({ functionalReferenceId: lrn });
      declaration.goodsItems[0]!.description = description;
      const { record, raw } = buildSubmission({ declaration });
      expect(record.key).toContain('\u0000');
      expect(record.key).toContain('\udc00');
      await store.append([record], [raw]);
      const stored = await store.get(record.id);
      expect(stored!.declaration).toEqual(declaration);
      expect((await store.query({ lrn })).items.map((s) => s.id)).toEqual([record.id]);
      expect((await store.findByKeys([record.key])).get(record.key)).toMatchObject({ id: record.id, version: 1 });
      expect(await store.append([record], [raw])).toEqual([{ status: 'duplicate', id: record.id, version: 1 }]);
    });
  });
}
