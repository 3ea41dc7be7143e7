import type Database from 'better-sqlite3';
import type { LaneDayTally, NewRiskDecision, RiskDecisionStore } from '../../core/ports/risk-decision-store.js';
import type { Lane } from '../../core/risk/rules/targeting-rule.js';
import { attempt } from '../attempt.js';
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
import type { SqliteStatementCache } from './sqlite-statement-cache.js';

const INSERT = `INSERT INTO risk_decisions (${DECISION_INSERT_COLUMNS.join(', ')})
  VALUES (${DECISION_INSERT_COLUMNS.map(() => '?').join(', ')})`;
/** The latest decision of a declaration is its current lane; an older one arriving late changes nothing. */
const UPSERT_LANE = `INSERT INTO risk_lanes (declaration_id, decision_seq, issue_date, lane, score) VALUES (?, ?, ?, ?, ?)
  ON CONFLICT (declaration_id) DO UPDATE SET decision_seq = excluded.decision_seq, issue_date = excluded.issue_date,
    lane = excluded.lane, score = excluded.score
  WHERE excluded.decision_seq > risk_lanes.decision_seq`;

/** Risk decisions and their read models over SQLite (tables of migration 006). */
export function sqliteRiskDecisions(db: Database.Database, sql: SqliteStatementCache): RiskDecisionStore {
  const append = db.transaction((decisions: readonly NewRiskDecision[]) => {
    const insert = sql.get(INSERT);
    const upsert = sql.get(UPSERT_LANE);
    for (const decision of decisions) {
      const seq = Number(insert.run(...decisionValues(decision)).lastInsertRowid);
      upsert.run(
        decision.declarationId,
        seq,
        decision.date,
        decision.lane,
        Number.isFinite(decision.score) ? decision.score : null,
      );
    }
  });
  const outcomes = (ids: readonly string[]) => sqliteLatestOutcomes(sql, ids);
  return {
    appendDecisions: (decisions) => attempt(() => append.immediate(decisions)),
    decisionsFor: (id) =>
      attempt(() =>
        (
          sql
            .get(
              `SELECT ${DECISION_COLUMNS} FROM risk_decisions d LEFT JOIN risk_explanations e ON e.decision_seq = d.seq
               WHERE d.declaration_id = ? ORDER BY d.seq`,
            )
            .all(id) as DecisionRow[]
        ).map(toStoredDecision),
      ),
    saveExplanation: (seq, explanation, computedAt) =>
      attempt(() => {
        sql
          .get('INSERT OR IGNORE INTO risk_explanations (decision_seq, computed_at, explanation) VALUES (?, ?, ?)')
          .run(seq, computedAt, JSON.stringify(explanation));
      }),
    currentDecisions: (query) =>
      attempt(() => {
        if (query.lanes.length === 0) return [];
        const rows = sql
          .get(currentDecisionsSql('sqlite', query.lanes))
          .all(query.date, ...query.lanes, query.limit ?? 10_000) as DecisionRow[];
        const found = outcomes(rows.map((row) => row.declaration_id));
        return rows.map((row) => {
          const outcome = found.get(row.declaration_id);
          return { decision: toStoredDecision(row), ...(outcome ? { outcome } : {}) };
        });
      }),
    laneCounts: (range) =>
      attempt(() =>
        (
          sql.get(laneCountsSql('sqlite')).all(range.from, range.to) as {
            date: string;
            lane: Lane;
            declarations: number;
          }[]
        ).map((row) => ({ ...row })),
      ),
    laneTallies: (range = {}) =>
      attempt(() =>
        (
          sql.get(laneTalliesSql('sqlite')).all(range.from ?? '', range.to ?? '9999-12-31') as (LaneDayTally & {
            hits: number | null;
          })[]
        ).map((row) => ({ ...row, hits: Number(row.hits ?? 0), inspected: Number(row.inspected) })),
      ),
    scoreDistribution: (bins) =>
      attempt(() => {
        const rows = sql.get(scoreDistributionSql('sqlite')).all(bins, bins) as {
          period: string;
          bin: number;
          n: number;
        }[];
        const periods = new Map<string, number[]>();
        for (const row of rows) {
          const counts = periods.get(row.period) ?? new Array<number>(bins).fill(0);
          counts[Math.max(0, row.bin)]! += row.n;
          periods.set(row.period, counts);
        }
        return [...periods].map(([period, counts]) => ({ period, counts }));
      }),
    decisionDates: () =>
      attempt(() => {
        const row = sql
          .get("SELECT min(issue_date) AS first, max(issue_date) AS last FROM risk_lanes WHERE issue_date <> ''")
          .get() as { first: string | null; last: string | null };
        return { ...(row.first ? { first: row.first } : {}), ...(row.last ? { last: row.last } : {}) };
      }),
    unexplained: (lanes: readonly Lane[], limit) =>
      attempt(() =>
        lanes.length === 0
          ? []
          : (sql.get(unexplainedSql('sqlite', lanes)).all(...lanes, limit) as DecisionRow[]).map(toStoredDecision),
      ),
  };
}

/** Latest outcome per declaration, shared with the inspection store. */
export function sqliteLatestOutcomes(sql: SqliteStatementCache, ids: readonly string[]) {
  const rows = sql.get(latestOutcomesSql('sqlite')).all(JSON.stringify(ids)) as OutcomeRow[];
  return new Map(rows.map((row) => [row.id, toLatestOutcome(row)] as const));
}
