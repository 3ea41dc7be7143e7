import type { Pool } from 'pg';
import type { LatestOutcome } from '../../core/ports/inspection-result-store.js';
import type { NewRiskDecision, RiskDecisionStore } from '../../core/ports/risk-decision-store.js';
import {
  currentDecisionsSql,
  laneCountsSql,
  laneTalliesSql,
  latestOutcomesSql,
  scoreDistributionSql,
  unexplainedSql,
} from '../risk-query-sql.js';
import {
  DECISION_COLUMNS,
  DECISION_INSERT_COLUMNS,
  decisionValues,
  toStoredDecision,
  type DecisionRow,
} from '../risk-rows.js';
import { toLatestOutcome, type OutcomeRow } from '../outcome-rows.js';
import { inTransaction } from './postgres-transaction.js';

const TYPES: Record<(typeof DECISION_INSERT_COLUMNS)[number], string> = {
  declaration_id: 'text',
  declaration_version: 'int4',
  issue_date: 'text',
  lane: 'text',
  basis: 'text',
  score: 'float8',
  model_version: 'text',
  rule_set_id: 'text',
  rule_set_version: 'int4',
  input_hash: 'text',
  exploration: 'bool',
  run: 'text',
  decided_at: 'text',
  rules: 'json',
  reasons: 'json',
  subject: 'json',
  explanation: 'json',
  features: 'json',
};

/** Decisions as column arrays, one statement per chunk; the latest decision of each declaration becomes its lane. */
const APPEND = `WITH inserted AS (
    INSERT INTO risk_decisions (${DECISION_INSERT_COLUMNS.join(', ')})
    SELECT * FROM unnest(${DECISION_INSERT_COLUMNS.map((c, i) => `$${i + 1}::${TYPES[c]}[]`).join(', ')})
    RETURNING seq, declaration_id, issue_date, lane, score)
  INSERT INTO risk_lanes (declaration_id, decision_seq, issue_date, lane, score)
  SELECT DISTINCT ON (declaration_id) declaration_id, seq, issue_date, lane, score FROM inserted
  ORDER BY declaration_id, seq DESC
  ON CONFLICT (declaration_id) DO UPDATE SET decision_seq = excluded.decision_seq, issue_date = excluded.issue_date,
    lane = excluded.lane, score = excluded.score
  WHERE excluded.decision_seq > risk_lanes.decision_seq`;
const CHUNK = 2000;
const EXPLORATION = DECISION_INSERT_COLUMNS.indexOf('exploration');

function columnArrays(decisions: readonly NewRiskDecision[]): unknown[][] {
  const columns = DECISION_INSERT_COLUMNS.map((): unknown[] => []);
  for (const decision of decisions) {
    decisionValues(decision).forEach((value, c) => columns[c]!.push(c === EXPLORATION ? value === 1 : value));
  }
  return columns;
}

export async function postgresLatestOutcomes(pool: Pool, ids: readonly string[]): Promise<Map<string, LatestOutcome>> {
  const { rows } = await pool.query<OutcomeRow>(latestOutcomesSql('postgres'), [ids]);
  return new Map(rows.map((row) => [row.id, toLatestOutcome(row)] as const));
}

/** Risk decisions and their read models over PostgreSQL (tables of migration 006). */
export function postgresRiskDecisions(pool: Pool): RiskDecisionStore {
  return {
    async appendDecisions(decisions) {
      if (decisions.length === 0) return;
      await inTransaction(pool, async (client) => {
        for (let start = 0; start < decisions.length; start += CHUNK) {
          await client.query(APPEND, columnArrays(decisions.slice(start, start + CHUNK)));
        }
      });
    },
    async decisionsFor(id) {
      const { rows } = await pool.query<DecisionRow>(
        `SELECT ${DECISION_COLUMNS} FROM risk_decisions d LEFT JOIN risk_explanations e ON e.decision_seq = d.seq
         WHERE d.declaration_id = $1 ORDER BY d.seq`,
        [id],
      );
      return rows.map(toStoredDecision);
    },
    async saveExplanation(seq, explanation, computedAt) {
      await pool.query(
        `INSERT INTO risk_explanations (decision_seq, computed_at, explanation) VALUES ($1, $2, $3)
         ON CONFLICT (decision_seq) DO NOTHING`,
        [seq, computedAt, JSON.stringify(explanation)],
      );
    },
    async currentDecisions(query) {
      if (query.lanes.length === 0) return [];
      const { rows } = await pool.query<DecisionRow>(currentDecisionsSql('postgres', query.lanes), [
        query.date,
        ...query.lanes,
        query.limit ?? 10_000,
      ]);
      const found = await postgresLatestOutcomes(
        pool,
        rows.map((row) => row.declaration_id),
      );
      return rows.map((row) => {
        const outcome = found.get(row.declaration_id);
        return { decision: toStoredDecision(row), ...(outcome ? { outcome } : {}) };
      });
    },
    async laneCounts(range) {
      const { rows } = await pool.query<{ date: string; lane: 'green'; declarations: string }>(
        laneCountsSql('postgres'),
        [range.from, range.to],
      );
      return rows.map((row) => ({ ...row, declarations: Number(row.declarations) }));
    },
    async laneTallies(range = {}) {
      const { rows } = await pool.query<{
        date: string;
        lane: string;
        declarations: string;
        inspected: string;
        hits: string;
      }>(laneTalliesSql('postgres'), [range.from ?? '', range.to ?? '9999-12-31']);
      return rows.map((row) => ({
        date: row.date,
        lane: row.lane as 'green',
        declarations: Number(row.declarations),
        inspected: Number(row.inspected),
        hits: Number(row.hits ?? 0),
      }));
    },
    async scoreDistribution(bins) {
      const { rows } = await pool.query<{ period: string; bin: number; n: string }>(scoreDistributionSql('postgres'), [
        bins,
        bins,
      ]);
      const periods = new Map<string, number[]>();
      for (const row of rows) {
        const counts = periods.get(row.period) ?? new Array<number>(bins).fill(0);
        counts[Math.max(0, row.bin)]! += Number(row.n);
        periods.set(row.period, counts);
      }
      return [...periods].map(([period, counts]) => ({ period, counts }));
    },
    async decisionDates() {
      const { rows } = await pool.query<{ first: string | null; last: string | null }>(
        "SELECT min(issue_date) AS first, max(issue_date) AS last FROM risk_lanes WHERE issue_date <> ''",
      );
      const row = rows[0];
      return { ...(row?.first ? { first: row.first } : {}), ...(row?.last ? { last: row.last } : {}) };
    },
    async unexplained(lanes, limit) {
      if (lanes.length === 0) return [];
      const { rows } = await pool.query<DecisionRow>(unexplainedSql('postgres', lanes), [...lanes, limit]);
      return rows.map(toStoredDecision);
    },
  };
}
