import type { Database, Statement } from 'better-sqlite3';
import { RECORD_COLUMNS } from '../query-sql.js';

const HEAD_COLUMNS = 'd.key, d.id, d.latest_version, v.version, v.content_hash, v.function_code';
const KEYS = 'd.key IN (SELECT value FROM json_each(?))';

/** Every statement the store runs more than once, prepared once per connection. */
export interface SqliteStatements {
  insertRaw: Statement;
  heads: Statement;
  latestHeads: Statement;
  insertHead: Statement;
  bumpHead: Statement;
  insertVersion: Statement;
  insertHsCode: Statement;
  insertOutcome: Statement;
  latest: Statement;
  version: Statement;
  versions: Statement;
  raw: Statement;
  count: Statement;
}

export function prepareStatements(db: Database): SqliteStatements {
  const versionRows = `SELECT ${RECORD_COLUMNS} FROM declaration_versions v JOIN declarations d ON d.id = v.id`;
  return {
    insertRaw: db.prepare(
      'INSERT INTO raw_messages (sha256, media_type, body, stored_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING',
    ),
    heads: db.prepare(`SELECT ${HEAD_COLUMNS} FROM declarations d JOIN declaration_versions v ON v.id = d.id
      WHERE ${KEYS}`),
    latestHeads: db.prepare(`SELECT ${HEAD_COLUMNS} FROM declarations d
      JOIN declaration_versions v ON v.id = d.id AND v.version = d.latest_version WHERE ${KEYS}`),
    insertHead: db.prepare('INSERT INTO declarations (id, key, latest_version) VALUES (?, ?, ?)'),
    bumpHead: db.prepare('UPDATE declarations SET latest_version = ? WHERE id = ? AND latest_version = ?'),
    insertVersion: db.prepare(`INSERT INTO declaration_versions (id, version, content_hash, function_code, status,
      quality_score, stored_at, lrn, mrn, type_code, issue_date, importer_id, declarant_id, hs_codes, source,
      raw_sha256, declaration, lineage, findings) VALUES (${Array(19).fill('?').join(', ')})`),
    insertHsCode: db.prepare('INSERT INTO declaration_hs_codes (hs_code, id, version) VALUES (?, ?, ?)'),
    insertOutcome: db.prepare(`INSERT INTO inspection_outcomes
      (id, version, fraud, critical_fraud, revenue_raised, recorded_at, source) VALUES (?, ?, ?, ?, ?, ?, ?)`),
    latest: db.prepare(`${versionRows} AND d.latest_version = v.version WHERE v.id = ?`),
    version: db.prepare(`${versionRows} WHERE v.id = ? AND v.version = ?`),
    versions: db.prepare(`${versionRows} WHERE v.id = ? ORDER BY v.version`),
    raw: db.prepare('SELECT sha256, media_type, body FROM raw_messages WHERE sha256 = ?'),
    count: db.prepare('SELECT count(*) AS n FROM declarations').pluck(),
  };
}
