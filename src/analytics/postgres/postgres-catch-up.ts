import type { Pool, PoolClient } from 'pg';
import type { VersionRow } from '../declaration-fact.js';
import { planFacts, type ExistingFact, type FactPlan } from '../fact-plan.js';
import { rebuildDaysSql } from '../sql/day-totals-sql.js';
import { VERSION_ROW_COLUMNS } from '../sql/fact-columns.js';

const BATCH = 2000;

interface ExistingRow {
  id: string;
  version: number;
  issue_date: string;
  declarant_id: string;
  importer_id: string;
  quality_score: number;
  has_error: number;
  ecommerce: number;
}

/** Runs `work` in a transaction on one pooled connection. */
export async function inTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

export async function rebuildDays(client: PoolClient, dates: ReadonlySet<string>): Promise<void> {
  if (dates.size === 0) return;
  for (const { sql, values } of rebuildDaysSql('postgres', [...dates])) await client.query(sql, values);
}

/**
 * One batch of queued versions, consumed in the transaction that folds them in: a crash
 * leaves them queued, and `SKIP LOCKED` lets two servers share the queue.
 */
export async function foldVersionBatch(client: PoolClient): Promise<number> {
  const keys = await client.query<{ id: string; version: number }>(
    `DELETE FROM analytics_pending_versions WHERE seq IN (
       SELECT seq FROM analytics_pending_versions ORDER BY seq LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
     RETURNING id, version`,
  );
  if (keys.rows.length === 0) return 0;
  const ids = keys.rows.map((row) => row.id);
  const versions = keys.rows.map((row) => row.version);
  const rows = await client.query<VersionRow>(
    `SELECT ${VERSION_ROW_COLUMNS} FROM declaration_versions v
     JOIN unnest($1::text[], $2::int[]) AS k(id, version) ON v.id = k.id AND v.version = k.version`,
    [ids, versions],
  );
  const existing = await client.query<ExistingRow>(
    `SELECT id, version, issue_date, declarant_id, importer_id, quality_score, has_error, ecommerce
     FROM analytics_declarations WHERE id = ANY($1::text[])`,
    [ids],
  );
  const before = new Map<string, ExistingFact>(
    existing.rows.map((row) => [
      row.id,
      {
        version: row.version,
        declarantId: row.declarant_id,
        importerId: row.importer_id,
        qualityScore: row.quality_score,
        hasError: row.has_error === 1,
        ecommerce: row.ecommerce === 1,
      },
    ]),
  );
  const plan = planFacts(rows.rows, before);
  await writePlan(client, plan);
  const dates = new Set([...existing.rows.map((row) => row.issue_date), ...plan.facts.map((fact) => fact.issueDate)]);
  await rebuildDays(client, dates);
  return keys.rows.length;
}

const FACT_RECORD = `id text, version int, issue_date text, office text, source text, status text,
  quality_score double precision, has_error int, lrn text, declarant_id text, importer_id text, ecommerce int,
  customs_value double precision, hs_codes text`;

async function writePlan(client: PoolClient, plan: FactPlan): Promise<void> {
  if (plan.facts.length > 0) {
    const facts = plan.facts.map((fact) => ({
      id: fact.id,
      version: fact.version,
      issue_date: fact.issueDate,
      office: fact.office,
      source: fact.source,
      status: fact.status,
      quality_score: fact.qualityScore,
      has_error: fact.hasError ? 1 : 0,
      lrn: fact.lrn,
      declarant_id: fact.declarantId,
      importer_id: fact.importerId,
      ecommerce: fact.ecommerce ? 1 : 0,
      customs_value: fact.customsValue,
      hs_codes: fact.hsCodes,
    }));
    await client.query(
      `INSERT INTO analytics_declarations (id, version, issue_date, office, source, status, quality_score, has_error, lrn,
         declarant_id, importer_id, ecommerce, customs_value, hs_codes, lane)
       SELECT x.*, (SELECT lane FROM analytics_lanes l WHERE l.id = x.id) FROM json_to_recordset($1::json) AS x(${FACT_RECORD})
       ON CONFLICT (id) DO UPDATE SET version = excluded.version, issue_date = excluded.issue_date,
         office = excluded.office, source = excluded.source, status = excluded.status,
         quality_score = excluded.quality_score, has_error = excluded.has_error, lrn = excluded.lrn,
         declarant_id = excluded.declarant_id, importer_id = excluded.importer_id, ecommerce = excluded.ecommerce,
         customs_value = excluded.customs_value, hs_codes = excluded.hs_codes`,
      [JSON.stringify(facts)],
    );
    const ids = plan.facts.map((fact) => fact.id);
    for (const table of ['analytics_chapters', 'analytics_origins', 'analytics_rule_hits']) {
      await client.query(`DELETE FROM ${table} WHERE id = ANY($1::text[])`, [ids]);
    }
    await writeChildren(client, plan);
  }
  if (plan.filerDeltas.length > 0) {
    await client.query(
      `INSERT INTO analytics_filers (role, filer, declarations, score_sum, with_errors, ecommerce)
       SELECT x.role, x.filer, x.delta, x."scoreSum", x."withErrors", x.ecommerce FROM json_to_recordset($1::json)
         AS x(role text, filer text, delta int, "scoreSum" double precision, "withErrors" int, ecommerce int)
       ON CONFLICT (role, filer) DO UPDATE SET declarations = analytics_filers.declarations + excluded.declarations,
         score_sum = analytics_filers.score_sum + excluded.score_sum,
         with_errors = analytics_filers.with_errors + excluded.with_errors,
         ecommerce = analytics_filers.ecommerce + excluded.ecommerce`,
      [JSON.stringify(plan.filerDeltas)],
    );
  }
}

async function writeChildren(client: PoolClient, plan: FactPlan): Promise<void> {
  const codes = (pick: 'chapters' | 'origins') =>
    plan.facts.flatMap((fact) =>
      fact[pick].map((entry) => ({ id: fact.id, code: entry.code, value: entry.customsValue })),
    );
  for (const [table, column, rows] of [
    ['analytics_chapters', 'chapter', codes('chapters')],
    ['analytics_origins', 'origin', codes('origins')],
  ] as const) {
    await client.query(
      `INSERT INTO ${table} (id, ${column}, customs_value, issue_date, office, source, fraud)
       SELECT x.id, x.code, x.value, d.issue_date, d.office, d.source, d.fraud
       FROM json_to_recordset($1::json) AS x(id text, code text, value double precision)
       JOIN analytics_declarations d ON d.id = x.id`,
      [JSON.stringify(rows)],
    );
  }
  const rules = plan.facts.flatMap((fact) =>
    fact.rules.map((rule) => ({ id: fact.id, rule: rule.ruleId, severity: rule.severity })),
  );
  await client.query(
    `INSERT INTO analytics_rule_hits (id, rule_id, severity, issue_date, office, source, ecommerce, declarant_id, importer_id)
     SELECT x.id, x.rule, x.severity, d.issue_date, d.office, d.source, d.ecommerce, d.declarant_id, d.importer_id
     FROM json_to_recordset($1::json) AS x(id text, rule text, severity text) JOIN analytics_declarations d ON d.id = x.id`,
    [JSON.stringify(rules)],
  );
}

/** Outcomes whose declaration is folded in already (the others wait for the next call). */
export async function foldOutcomeBatch(client: PoolClient): Promise<number> {
  const taken = await client.query<{ outcome_seq: string }>(
    `DELETE FROM analytics_pending_outcomes WHERE seq IN (
       SELECT p.seq FROM analytics_pending_outcomes p JOIN inspection_outcomes o ON o.seq = p.outcome_seq
       JOIN analytics_declarations d ON d.id = o.id ORDER BY p.seq LIMIT ${BATCH * 5} FOR UPDATE OF p SKIP LOCKED)
     RETURNING outcome_seq`,
  );
  if (taken.rows.length === 0) return 0;
  const updated = await client.query<{ id: string; issue_date: string }>(
    `UPDATE analytics_declarations d SET fraud = o.fraud, revenue_raised = o.revenue_raised, outcome_seq = o.seq
     FROM (SELECT DISTINCT ON (id) seq, id, fraud, revenue_raised FROM inspection_outcomes
           WHERE seq = ANY($1::bigint[]) ORDER BY id, seq DESC) o
     WHERE d.id = o.id AND (d.outcome_seq IS NULL OR d.outcome_seq < o.seq) RETURNING d.id, d.issue_date`,
    [taken.rows.map((row) => row.outcome_seq)],
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
