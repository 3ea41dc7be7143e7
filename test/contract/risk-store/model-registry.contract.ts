import { describe, expect, it } from 'vitest';
import { artifact } from './risk-contract-data.js';
import type { RiskStoreUnderTest } from './risk-store-under-test.js';

const at = (minute: number) => ({ at: `2026-03-01T10:${String(minute).padStart(2, '0')}:00.000Z`, actor: 'ana' });

export function modelRegistryContract(use: () => RiskStoreUnderTest): void {
  describe('model registry', () => {
    it('registers versions with training range, parameters and metrics, newest first; a version twice is a duplicate', async () => {
      const { risk } = use();
      const a = artifact('gbdt-a', { precision_at_5: 0.9, auc: 0.8 });
      expect(await risk.registerModel(a, { registeredAt: '2026-03-01T09:00:00.000Z' })).toEqual({
        status: 'registered',
        version: 'gbdt-a',
      });
      await risk.registerModel(artifact('gbdt-b'), { registeredAt: '2026-03-01T09:05:00.000Z', note: 'retrained' });
      expect(await risk.registerModel(a, { registeredAt: '2026-03-01T09:10:00.000Z' })).toEqual({
        status: 'duplicate',
        version: 'gbdt-a',
      });
      const models = await risk.models();
      expect(models.map((m) => m.version)).toEqual(['gbdt-b', 'gbdt-a']);
      expect(models[0]!.note).toBe('retrained');
      expect(models[1]).toMatchObject({
        createdAt: a.createdAt,
        registeredAt: '2026-03-01T09:00:00.000Z',
        training: a.training,
        params: a.params,
        metrics: { precision_at_5: 0.9, auc: 0.8 },
      });
      expect(models[1]!.artifactSha256).toMatch(/^[0-9a-f]{64}$/);
      expect(models[1]!.artifactBytes).toBe(Buffer.byteLength(JSON.stringify(a)));
    });

    it('gives the artifact back as it was registered, compressed in the database', async () => {
      const { risk, sql } = use();
      const a = artifact('gbdt-round-trip');
      await risk.registerModel(a, { registeredAt: '2026-03-01T09:00:00.000Z' });
      expect(await risk.loadModel('gbdt-round-trip')).toEqual(a);
      expect(await risk.loadModel('gbdt-unknown')).toBeUndefined();
      const [row] = await sql('SELECT length(artifact_gzip) AS stored, artifact_bytes AS bytes FROM risk_models');
      expect(Number(row!.stored)).toBeLessThan(Number(row!.bytes) / 3);
    });

    it('promotes and rolls back as a stack, refusing unknown versions, recording who and when', async () => {
      const { risk } = use();
      for (const v of ['gbdt-a', 'gbdt-b']) await risk.registerModel(artifact(v), { registeredAt: at(0).at });
      expect(await risk.activeModel()).toBeUndefined();
      expect(await risk.rollbackModel(at(1))).toEqual({ status: 'nothing-to-roll-back' });
      expect(await risk.promoteModel('gbdt-x', at(1))).toEqual({ status: 'unknown-version', version: 'gbdt-x' });
      expect(await risk.promoteModel('gbdt-a', at(2))).toEqual({ status: 'promoted', version: 'gbdt-a' });
      expect(await risk.promoteModel('gbdt-a', at(3))).toEqual({ status: 'already-active', version: 'gbdt-a' });
      expect(await risk.promoteModel('gbdt-b', at(4))).toEqual({
        status: 'promoted',
        version: 'gbdt-b',
        previous: 'gbdt-a',
      });
      expect(await risk.activeModel()).toBe('gbdt-b');
      expect(await risk.rollbackModel({ ...at(5), reason: 'precision dropped' })).toEqual({
        status: 'rolled-back',
        from: 'gbdt-b',
        to: 'gbdt-a',
      });
      expect(await risk.activeModel()).toBe('gbdt-a');
      expect(await risk.rollbackModel(at(6))).toEqual({ status: 'nothing-to-roll-back', active: 'gbdt-a' });
      const history = await risk.modelActivations();
      expect(history.map((h) => [h.action, h.version])).toEqual([
        ['promote', 'gbdt-a'],
        ['promote', 'gbdt-b'],
        ['rollback', 'gbdt-a'],
      ]);
      expect(history[2]).toMatchObject({ at: at(5).at, actor: 'ana', reason: 'precision dropped' });
    });

    it('never changes a registered model or an activation (append-only, enforced by the database)', async () => {
      const { risk, sql } = use();
      await risk.registerModel(artifact('gbdt-a'), { registeredAt: at(0).at });
      await risk.promoteModel('gbdt-a', at(1));
      await expect(sql("UPDATE risk_models SET metrics = '{}'")).rejects.toThrow(/append-only/);
      await expect(sql('DELETE FROM risk_model_activations')).rejects.toThrow(/append-only/);
      expect(await risk.activeModel()).toBe('gbdt-a');
    });
  });
}
