import type { Pool, PoolClient } from 'pg';
import type { ActivationChange, ModelRegistry } from '../../core/ports/model-registry.js';
import { activationStack } from '../activation-stack.js';
import { decodeModelArtifact, MODEL_ROW_COLUMNS, modelRowValues } from '../model-artifact-codec.js';
import {
  MODEL_SUMMARY_COLUMNS,
  toActivation,
  toModelSummary,
  type ActivationRow,
  type ModelRow,
} from '../risk-rows.js';
import { inTransaction } from './postgres-transaction.js';

const ACTIVATIONS = 'SELECT seq, version, action, at, actor, reason FROM risk_model_activations ORDER BY seq';
const INSERT_ACTIVATION =
  'INSERT INTO risk_model_activations (version, action, at, actor, reason) VALUES ($1, $2, $3, $4, $5)';

/** Activations change one at a time: the stack read and the row written must not interleave. */
async function lockActivations(client: PoolClient): Promise<ActivationRow[]> {
  await client.query('LOCK TABLE risk_model_activations IN SHARE ROW EXCLUSIVE MODE');
  return (await client.query<ActivationRow>(ACTIVATIONS)).rows;
}

const changeValues = (change: ActivationChange) => [change.at, change.actor ?? null, change.reason ?? null];

/** The model registry over PostgreSQL (tables of migration 006). */
export function postgresModelRegistry(pool: Pool): ModelRegistry {
  return {
    async registerModel(artifact, options) {
      const { rowCount } = await pool.query(
        `INSERT INTO risk_models (${MODEL_ROW_COLUMNS.join(', ')})
         VALUES (${MODEL_ROW_COLUMNS.map((_, n) => `$${n + 1}`).join(', ')}) ON CONFLICT (version) DO NOTHING`,
        modelRowValues(artifact, options),
      );
      return { status: rowCount === 1 ? 'registered' : 'duplicate', version: artifact.version };
    },
    async models() {
      const { rows } = await pool.query<ModelRow>(`SELECT ${MODEL_SUMMARY_COLUMNS} FROM risk_models ORDER BY seq DESC`);
      return rows.map(toModelSummary);
    },
    async loadModel(version) {
      const { rows } = await pool.query<{ artifact_gzip: Buffer; artifact_sha256: string }>(
        'SELECT artifact_gzip, artifact_sha256 FROM risk_models WHERE version = $1',
        [version],
      );
      return rows[0] && decodeModelArtifact(rows[0].artifact_gzip, rows[0].artifact_sha256);
    },
    async activeModel() {
      return activationStack((await pool.query<ActivationRow>(ACTIVATIONS)).rows).at(-1);
    },
    promoteModel: (version, change) =>
      inTransaction(pool, async (client) => {
        const known = await client.query('SELECT 1 FROM risk_models WHERE version = $1', [version]);
        if (known.rowCount === 0) return { status: 'unknown-version', version };
        const previous = activationStack(await lockActivations(client)).at(-1);
        if (previous === version) return { status: 'already-active', version };
        await client.query(INSERT_ACTIVATION, [version, 'promote', ...changeValues(change)]);
        return { status: 'promoted', version, ...(previous ? { previous } : {}) };
      }),
    rollbackModel: (change) =>
      inTransaction(pool, async (client) => {
        const stack = activationStack(await lockActivations(client));
        const from = stack.at(-1);
        const to = stack.at(-2);
        if (from === undefined || to === undefined)
          return { status: 'nothing-to-roll-back', ...(from ? { active: from } : {}) };
        await client.query(INSERT_ACTIVATION, [to, 'rollback', ...changeValues(change)]);
        return { status: 'rolled-back', from, to };
      }),
    async modelActivations() {
      return (await pool.query<ActivationRow>(ACTIVATIONS)).rows.map(toActivation);
    },
  };
}
