import type {
  VerificationFindingQuery,
  StoredVerificationFinding,
  VerificationRun,
} from '../core/ports/verification-finding-store.js';
import type { VerificationOutcome } from '../core/verification/signals/verification-outcomes.js';
import { findingValueAtStake } from '../core/verification/finding-value-at-stake.js';
import type { VerificationFinding } from '../core/verification/verification-finding.js';
import { decodeKeyset, encodeKeyset } from './keyset-cursor.js';
import { pageSize } from './page-cursor.js';
import type { SqlDialect, SqlStatement } from './query-sql.js';
import { SqlParams } from './sql-params.js';
import { textColumn } from './text-column.js';

export const FINDING_INSERT_COLUMNS = [
  'finding_id',
  'declaration_id',
  'check_name',
  'code',
  'severity',
  'value_at_stake',
  'source',
  'recorded_at',
  'finding',
] as const;

export const OUTCOME_INSERT_COLUMNS = [
  'declaration_id',
  'check_name',
  'mismatch',
  'importer_id',
  'day',
  'source',
  'recorded_at',
] as const;

export interface FindingRow {
  finding_id: string;
  declaration_id: string;
  value_at_stake: number;
  severity: string;
  source: string;
  recorded_at: string | Date;
  finding: string | object;
}

const COLUMNS = 'f.finding_id, f.declaration_id, f.value_at_stake, f.severity, f.source, f.recorded_at, f.finding';
/** Largest value first, errors before warnings ('error' < 'warning'), then ids: one total order for keyset pages. */
const RANK = '-f.value_at_stake, f.severity, f.finding_id, f.declaration_id';

/** One row per finding and declaration it concerns ('' for a finding on none of ours). */
export function findingRows(run: VerificationRun, recordedAt: string): (string | number)[][] {
  return run.findings.flatMap((finding) => {
    const ids = finding.declarationIds.length > 0 ? [...new Set(finding.declarationIds)] : [''];
    const shared = [finding.check, finding.code, finding.severity, findingValueAtStake(finding)] as const;
    const json = JSON.stringify(finding);
    return ids.map((id) => [
      textColumn(finding.id),
      textColumn(id),
      ...shared,
      textColumn(run.source),
      recordedAt,
      json,
    ]);
  });
}

/** Outcomes with a usable day (checks of undated declarations say nothing about a point in time). */
export function outcomeRows(run: VerificationRun, recordedAt: string): (string | number)[][] {
  return (run.outcomes ?? [])
    .filter((outcome) => Number.isFinite(outcome.day))
    .map((outcome) => [
      textColumn(outcome.declarationId),
      run.check,
      outcome.mismatch ? 1 : 0,
      textColumn(outcome.importerId),
      Math.floor(outcome.day),
      textColumn(run.source),
      recordedAt,
    ]);
}

export function findingQuery(query: VerificationFindingQuery, dialect: SqlDialect): SqlStatement & { limit: number } {
  const limit = pageSize(query.limit);
  const p = new SqlParams(dialect);
  p.when(
    query.declarationId === undefined ? undefined : textColumn(query.declarationId),
    (v) => `f.declaration_id = ${v}`,
  );
  p.when(query.code, (v) => `f.code = ${v}`);
  p.when(query.check, (v) => `f.check_name = ${v}`);
  if (query.cursor !== undefined) {
    const [value, severity, findingId, declarationId] = decodeKeyset(query.cursor, 'nsss');
    p.where.push(
      `(${RANK}) > (CAST(${p.param(value)} AS DOUBLE PRECISION), ${p.param(severity)}, ${p.param(findingId)}, ${p.param(declarationId)})`,
    );
  }
  const text = `SELECT ${COLUMNS} FROM verification_findings f${p.clause()} ORDER BY ${RANK} LIMIT ${p.param(limit + 1)}`;
  return { text, values: p.values, limit };
}

export function findingCursor(row: FindingRow): string {
  return encodeKeyset([-row.value_at_stake, row.severity, row.finding_id, row.declaration_id]);
}

export function toStoredFinding(row: FindingRow): StoredVerificationFinding {
  const stored: StoredVerificationFinding = {
    finding: (typeof row.finding === 'string' ? JSON.parse(row.finding) : row.finding) as VerificationFinding,
    valueAtStake: row.value_at_stake,
    source: row.source,
    recordedAt: typeof row.recorded_at === 'string' ? row.recorded_at : row.recorded_at.toISOString(),
  };
  if (row.declaration_id !== '') stored.declarationId = row.declaration_id;
  return stored;
}

export const OUTCOMES_SQL = `SELECT declaration_id, min(importer_id) AS importer_id, min(day) AS day,
  max(mismatch) AS mismatch FROM verification_outcomes GROUP BY declaration_id ORDER BY declaration_id`;

export const CODES_SQL = `SELECT DISTINCT declaration_id, code FROM verification_findings WHERE declaration_id <> ''`;

export function toOutcome(row: {
  declaration_id: string;
  importer_id: string;
  day: number | string;
  mismatch: number | string;
}): VerificationOutcome {
  return {
    declarationId: row.declaration_id,
    importerId: row.importer_id,
    day: Number(row.day),
    mismatch: Number(row.mismatch) === 1,
  };
}

export function codeMap(rows: readonly { declaration_id: string; code: string }[]): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const row of rows) map.set(row.declaration_id, (map.get(row.declaration_id) ?? new Set()).add(row.code));
  return map;
}
