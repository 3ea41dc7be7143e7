import type { Database, Statement } from 'better-sqlite3';
import { VERSION_ROW_COLUMNS } from '../sql/fact-columns.js';

const FRAUD_OF = '(SELECT fraud FROM analytics_declarations WHERE id = @id)';

/** Prepared statements of the SQLite catch-up; named parameters let `@id` appear twice. */
export function prepareFactStatements(db: Database) {
  const one = <T>(sql: string) => db.prepare(sql).pluck() as Statement<unknown[], T>;
  return {
    position: one<number>('SELECT position FROM analytics_progress WHERE name = ?'),
    setPosition: db.prepare(
      `INSERT INTO analytics_progress (name, position) VALUES (?, ?)
       ON CONFLICT (name) DO UPDATE SET position = excluded.position`,
    ),
    lastVersion: one<number | null>('SELECT max(rowid) FROM declaration_versions'),
    lastOutcome: one<number | null>('SELECT max(seq) FROM inspection_outcomes'),
    versions: db.prepare(
      `SELECT v.rowid AS seq, ${VERSION_ROW_COLUMNS}
       FROM declaration_versions v WHERE v.rowid > ? ORDER BY v.rowid LIMIT ?`,
    ),
    outcomes: db.prepare(
      'SELECT seq, id, fraud, revenue_raised FROM inspection_outcomes WHERE seq > ? ORDER BY seq LIMIT ?',
    ),
    existing: db.prepare(
      `SELECT version, issue_date, declarant_id, importer_id, quality_score, has_error, ecommerce
       FROM analytics_declarations WHERE id = ?`,
    ),
    upsert: db.prepare(
      `INSERT INTO analytics_declarations (id, version, issue_date, office, source, status, quality_score, has_error,
         lrn, declarant_id, importer_id, ecommerce, customs_value, hs_codes, lane)
       VALUES (@id, @version, @issueDate, @office, @source, @status, @qualityScore, @hasError, @lrn, @declarantId,
         @importerId, @ecommerce, @customsValue, @hsCodes, (SELECT lane FROM analytics_lanes WHERE id = @id))
       ON CONFLICT (id) DO UPDATE SET version = excluded.version, issue_date = excluded.issue_date,
         office = excluded.office, source = excluded.source, status = excluded.status,
         quality_score = excluded.quality_score, has_error = excluded.has_error, lrn = excluded.lrn,
         declarant_id = excluded.declarant_id, importer_id = excluded.importer_id, ecommerce = excluded.ecommerce,
         customs_value = excluded.customs_value, hs_codes = excluded.hs_codes`,
    ),
    deleteChapters: db.prepare('DELETE FROM analytics_chapters WHERE id = ?'),
    deleteOrigins: db.prepare('DELETE FROM analytics_origins WHERE id = ?'),
    deleteRules: db.prepare('DELETE FROM analytics_rule_hits WHERE id = ?'),
    insertChapter: db.prepare(
      `INSERT INTO analytics_chapters (id, chapter, customs_value, issue_date, office, source, fraud)
       VALUES (@id, @code, @customsValue, @issueDate, @office, @source, ${FRAUD_OF})`,
    ),
    insertOrigin: db.prepare(
      `INSERT INTO analytics_origins (id, origin, customs_value, issue_date, office, source, fraud)
       VALUES (@id, @code, @customsValue, @issueDate, @office, @source, ${FRAUD_OF})`,
    ),
    insertRule: db.prepare(
      `INSERT INTO analytics_rule_hits (id, rule_id, severity, issue_date, office, source, ecommerce, declarant_id,
         importer_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    filer: db.prepare(
      `INSERT INTO analytics_filers (role, filer, declarations, score_sum, with_errors, ecommerce)
       VALUES (@role, @filer, @delta, @scoreSum, @withErrors, @ecommerce)
       ON CONFLICT (role, filer) DO UPDATE SET declarations = declarations + excluded.declarations,
         score_sum = score_sum + excluded.score_sum, with_errors = with_errors + excluded.with_errors,
         ecommerce = ecommerce + excluded.ecommerce`,
    ),
    outcome: db.prepare(
      `UPDATE analytics_declarations SET fraud = ?, revenue_raised = ?, outcome_seq = ?
       WHERE id = ? AND (outcome_seq IS NULL OR outcome_seq < ?) RETURNING issue_date`,
    ),

    upsertLane: db.prepare(
      `INSERT INTO analytics_lanes (id, lane, score, model_version, decided_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET lane = excluded.lane, score = excluded.score,
         model_version = excluded.model_version, decided_at = excluded.decided_at
       WHERE excluded.decided_at >= analytics_lanes.decided_at`,
    ),
    setLane: one<string | undefined>('UPDATE analytics_declarations SET lane = ? WHERE id = ? RETURNING issue_date'),
    chapterFraud: db.prepare('UPDATE analytics_chapters SET fraud = ? WHERE id = ?'),
    originFraud: db.prepare('UPDATE analytics_origins SET fraud = ? WHERE id = ?'),
  };
}

export type FactStatements = ReturnType<typeof prepareFactStatements>;
