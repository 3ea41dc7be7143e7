import type { PoolClient } from 'pg';
import { rebuildDays } from './postgres-catch-up.js';

const BATCH = 10_000;
/** As on SQLite: results recorded by officers rank after outcomes delivered with the data. */
const OFFICER_RESULT_OFFSET = 1_000_000_000_000;

/** Decisions queued by the 007 trigger whose declarations are folded in: their lanes, newest decision winning. */
export async function foldDecisionBatch(client: PoolClient): Promise<number> {
  const taken = await client.query<{ decision_seq: string }>(
    `DELETE FROM analytics_pending_decisions WHERE seq IN (
       SELECT p.seq FROM analytics_pending_decisions p JOIN risk_decisions r ON r.seq = p.decision_seq
       JOIN analytics_declarations d ON d.id = r.declaration_id ORDER BY p.seq LIMIT ${BATCH} FOR UPDATE OF p SKIP LOCKED)
     RETURNING decision_seq`,
  );
  if (taken.rows.length === 0) return 0;
  const changed = await client.query<{ id: string }>(
    `INSERT INTO analytics_lanes (id, lane, score, model_version, decided_at)
     SELECT DISTINCT ON (declaration_id) declaration_id, lane, score, model_version, decided_at::timestamptz
     FROM risk_decisions WHERE seq = ANY($1::bigint[]) ORDER BY declaration_id, seq DESC
     ON CONFLICT (id) DO UPDATE SET lane = excluded.lane, score = excluded.score,
       model_version = excluded.model_version, decided_at = excluded.decided_at
     WHERE excluded.decided_at >= analytics_lanes.decided_at RETURNING id`,
    [taken.rows.map((row) => row.decision_seq)],
  );
  const dates = await client.query<{ issue_date: string }>(
    `UPDATE analytics_declarations d SET lane = l.lane FROM analytics_lanes l
     WHERE l.id = d.id AND d.id = ANY($1::text[]) RETURNING d.issue_date`,
    [changed.rows.map((row) => row.id)],
  );
  await rebuildDays(client, new Set(dates.rows.map((row) => row.issue_date)));
  return taken.rows.length;
}

/** Inspection results queued by the 007 trigger whose declarations are folded in. */
export async function foldInspectionBatch(client: PoolClient): Promise<number> {
  const taken = await client.query<{ inspection_seq: string }>(
    `DELETE FROM analytics_pending_inspections WHERE seq IN (
       SELECT p.seq FROM analytics_pending_inspections p JOIN risk_inspections r ON r.seq = p.inspection_seq
       JOIN analytics_declarations d ON d.id = r.declaration_id ORDER BY p.seq LIMIT ${BATCH} FOR UPDATE OF p SKIP LOCKED)
     RETURNING inspection_seq`,
  );
  if (taken.rows.length === 0) return 0;
  const updated = await client.query<{ id: string; issue_date: string }>(
    `UPDATE analytics_declarations d SET fraud = o.fraud, revenue_raised = o.revenue_raised, outcome_seq = o.seq
     FROM (SELECT DISTINCT ON (declaration_id) ${OFFICER_RESULT_OFFSET} + seq AS seq, declaration_id AS id, fraud,
             revenue_raised FROM risk_inspections WHERE seq = ANY($1::bigint[]) ORDER BY declaration_id, seq DESC) o
     WHERE d.id = o.id AND (d.outcome_seq IS NULL OR d.outcome_seq < o.seq) RETURNING d.id, d.issue_date`,
    [taken.rows.map((row) => row.inspection_seq)],
  );
  const ids = updated.rows.map((row) => row.id);
  for (const table of ['analytics_chapters', 'analytics_origins']) {
    await client.query(
      `UPDATE ${table} c SET fraud = d.fraud FROM analytics_declarations d WHERE c.id = d.id AND d.id = ANY($1::text[])`,
      [ids],
    );
  }
  await rebuildDays(client, new Set(updated.rows.map((row) => row.issue_date)));
  return taken.rows.length;
}
