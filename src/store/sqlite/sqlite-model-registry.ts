import type Database from 'better-sqlite3';
import type { ModelRegistry } from '../../core/ports/model-registry.js';
import { activationStack } from '../activation-stack.js';
import { attempt } from '../attempt.js';
import { decodeModelArtifact, MODEL_ROW_COLUMNS, modelRowValues } from '../model-artifact-codec.js';
import {
  MODEL_SUMMARY_COLUMNS,
  toActivation,
  toModelSummary,
  type ActivationRow,
  type ModelRow,
} from '../risk-rows.js';
import type { SqliteStatementCache } from './sqlite-statement-cache.js';

const ACTIVATIONS = 'SELECT seq, version, action, at, actor, reason FROM risk_model_activations ORDER BY seq';
const INSERT_MODEL = `INSERT INTO risk_models (${MODEL_ROW_COLUMNS.join(', ')}) VALUES (${MODEL_ROW_COLUMNS.map(() => '?').join(', ')})`;
const INSERT_ACTIVATION =
  'INSERT INTO risk_model_activations (version, action, at, actor, reason) VALUES (?, ?, ?, ?, ?)';

/** The model registry over SQLite (tables of migration 006); activations change in IMMEDIATE transactions. */
export function sqliteModelRegistry(db: Database.Database, sql: SqliteStatementCache): ModelRegistry {
  const stack = () => activationStack(sql.get(ACTIVATIONS).all() as ActivationRow[]);
  const known = (version: string) => sql.get('SELECT 1 FROM risk_models WHERE version = ?').get(version) !== undefined;
  const promote = db.transaction((version: string, change: { at: string; actor?: string; reason?: string }) => {
    if (!known(version)) return { status: 'unknown-version' as const, version };
    const previous = stack().at(-1);
    if (previous === version) return { status: 'already-active' as const, version };
    sql.get(INSERT_ACTIVATION).run(version, 'promote', change.at, change.actor ?? null, change.reason ?? null);
    return { status: 'promoted' as const, version, ...(previous ? { previous } : {}) };
  });
  const rollback = db.transaction((change: { at: string; actor?: string; reason?: string }) => {
    const current = stack();
    const from = current.at(-1);
    const to = current.at(-2);
    if (from === undefined || to === undefined)
      return { status: 'nothing-to-roll-back' as const, ...(from ? { active: from } : {}) };
    sql.get(INSERT_ACTIVATION).run(to, 'rollback', change.at, change.actor ?? null, change.reason ?? null);
    return { status: 'rolled-back' as const, from, to };
  });
  return {
    registerModel: (artifact, options) =>
      attempt(() => {
        if (known(artifact.version)) return { status: 'duplicate', version: artifact.version };
        sql.get(INSERT_MODEL).run(...modelRowValues(artifact, options));
        return { status: 'registered', version: artifact.version };
      }),
    models: () =>
      attempt(() =>
        (sql.get(`SELECT ${MODEL_SUMMARY_COLUMNS} FROM risk_models ORDER BY seq DESC`).all() as ModelRow[]).map(
          toModelSummary,
        ),
      ),
    loadModel: (version) =>
      attempt(() => {
        const row = sql.get('SELECT artifact_gzip, artifact_sha256 FROM risk_models WHERE version = ?').get(version) as
          { artifact_gzip: Buffer; artifact_sha256: string } | undefined;
        return row && decodeModelArtifact(row.artifact_gzip, row.artifact_sha256);
      }),
    activeModel: () => attempt(() => stack().at(-1)),
    promoteModel: (version, change) => attempt(() => promote.immediate(version, change)),
    rollbackModel: (change) => attempt(() => rollback.immediate(change)),
    modelActivations: () => attempt(() => (sql.get(ACTIVATIONS).all() as ActivationRow[]).map(toActivation)),
  };
}
