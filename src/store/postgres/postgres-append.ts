import type { Pool, PoolClient } from 'pg';
import type { RawMessage } from '../../core/model/record.js';
import type { AppendResult, NewDeclarationVersion } from '../../core/ports/declaration-store.js';
import { asBuffer } from '../bytes.js';
import { planAppend, type AppendPlan } from '../append-plan.js';
import { toExistingVersion, type HeadRow } from '../record-row.js';
import { StoreError } from '../store-error.js';
import { textColumn } from '../text-column.js';
import { copyInto, copyLine } from './postgres-copy.js';
import { HS_CODES, OUTCOMES, RAW_MESSAGES, VERSIONS, versionLines } from './postgres-version-lines.js';

const ATTEMPTS = 5;
/** Lost races between writers: deadlock, serialization failure, and our own head check below. */
const RETRYABLE = new Set(['40P01', '40001']);

class HeadRace extends Error {}

/**
 * One transaction per batch. Heads are claimed optimistically: new keys with
 * `ON CONFLICT (key) DO NOTHING`, existing ones with `latest_version = <what we read>`;
 * if another writer got there first, the batch is rolled back and planned again.
 */
export async function appendPostgres(
  pool: Pool,
  batch: readonly NewDeclarationVersion[],
  raw: readonly RawMessage[],
): Promise<AppendResult[]> {
  for (let attempt = 1; ; attempt++) {
    const client = await pool.connect();
    let broken: Error | undefined;
    try {
      await client.query('BEGIN');
      const results = await write(client, batch, raw);
      await client.query('COMMIT');
      return results;
    } catch (error) {
      broken = await rollback(client);
      if (isRace(error) && attempt < ATTEMPTS) continue;
      throw toStoreError(error);
    } finally {
      // A connection that cannot even roll back is closed rather than handed to the next caller.
      client.release(broken);
    }
  }
}

async function write(
  client: PoolClient,
  batch: readonly NewDeclarationVersion[],
  raw: readonly RawMessage[],
): Promise<AppendResult[]> {
  if (raw.length > 0) await insertRaw(client, raw);
  if (batch.length === 0) return [];
  const keys = [...new Set(batch.map((record) => textColumn(record.key)))];
  const heads = await client.query<HeadRow>(
    `SELECT d.key, d.id, d.latest_version, v.version, v.content_hash, v.function_code
     FROM declarations d JOIN declaration_versions v ON v.id = d.id WHERE d.key = ANY($1::text[])`,
    [keys],
  );
  const plan = planAppend(batch, heads.rows.map(toExistingVersion));
  await claimHeads(client, plan);
  const lines = versionLines(plan.versions, new Date().toISOString());
  await copyInto(client, VERSIONS, lines.versions);
  await copyInto(client, HS_CODES, lines.hsCodes);
  await copyInto(client, OUTCOMES, lines.outcomes);
  return plan.results;
}

/** Raw bodies go through COPY too (bytea in an array parameter costs more than the rest of the batch). */
async function insertRaw(client: PoolClient, raw: readonly RawMessage[]): Promise<void> {
  const unique = new Map(raw.map((message) => [textColumn(message.sha256), message]));
  const stored = await client.query<{ sha256: string }>(
    'SELECT sha256 FROM raw_messages WHERE sha256 = ANY($1::text[])',
    [[...unique.keys()]],
  );
  for (const row of stored.rows) unique.delete(row.sha256);
  const storedAt = new Date().toISOString();
  const lines = [...unique].map(([sha256, message]) =>
    copyLine([sha256, textColumn(message.mediaType), `\\x${asBuffer(message.body).toString('hex')}`, storedAt]),
  );
  await copyInto(client, RAW_MESSAGES, lines);
}

async function claimHeads(client: PoolClient, plan: AppendPlan): Promise<void> {
  // Key order everywhere, so that two writers lock rows in the same order and rarely deadlock.
  const inserts = [...plan.inserts].sort((a, b) => (a.key < b.key ? -1 : 1));
  const bumps = [...plan.bumps].sort((a, b) => (a.id < b.id ? -1 : 1));
  if (inserts.length > 0) {
    const inserted = await client.query(
      `INSERT INTO declarations (id, key, latest_version)
       SELECT * FROM unnest($1::text[], $2::text[], $3::int[]) ON CONFLICT (key) DO NOTHING`,
      [inserts.map((h) => h.id), inserts.map((h) => h.key), inserts.map((h) => h.latestVersion)],
    );
    if (inserted.rowCount !== inserts.length) throw new HeadRace();
  }
  if (bumps.length > 0) {
    const bumped = await client.query(
      `UPDATE declarations d SET latest_version = u.next
       FROM unnest($1::text[], $2::int[], $3::int[]) AS u(id, previous, next)
       WHERE d.id = u.id AND d.latest_version = u.previous`,
      [bumps.map((h) => h.id), bumps.map((h) => h.previousVersion), bumps.map((h) => h.latestVersion)],
    );
    if (bumped.rowCount !== bumps.length) throw new HeadRace();
  }
}

async function rollback(client: PoolClient): Promise<Error | undefined> {
  try {
    await client.query('ROLLBACK');
    return undefined;
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

function isRace(error: unknown): boolean {
  if (error instanceof HeadRace) return true;
  const { code, constraint } = error as { code?: unknown; constraint?: unknown };
  // Another writer stored the same raw message between our check and our COPY.
  if (code === '23505' && constraint === 'raw_messages_pkey') return true;
  return typeof code === 'string' && RETRYABLE.has(code);
}

function toStoreError(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  if (error instanceof HeadRace) {
    return new StoreError(
      'write-conflict',
      `Other writers kept changing the same declarations: retried ${ATTEMPTS} times.`,
    );
  }
  return new StoreError('append-failed', `The batch was not stored (nothing was written): ${String(error)}`, {
    cause: error,
  });
}
