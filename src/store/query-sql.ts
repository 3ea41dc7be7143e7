import type { DeclarationQuery, ScanOptions } from '../core/ports/declaration-store.js';
import { decodeCursor, pageSize, type PagePosition } from './page-cursor.js';
import { StoreError } from './store-error.js';
import { textColumn } from './text-column.js';
import { normaliseHsCode, queryText } from './version-columns.js';

/** Both engines share the SQL; only the parameter placeholders differ. */
export type SqlDialect = 'sqlite' | 'postgres';

export interface SqlStatement {
  text: string;
  values: unknown[];
}

/** Sorts after every character a prefix can be followed by (both engines compare bytes). */
const PREFIX_END = '\u{10FFFF}';

const LATEST = 'declaration_versions v JOIN declarations d ON d.id = v.id AND d.latest_version = v.version';

/** SQLite has no LATERAL; PostgreSQL plans the correlated ON badly once outcomes are many. */
const LATEST_OUTCOME_BY_SEQ =
  'LEFT JOIN inspection_outcomes o ON o.seq = (SELECT max(x.seq) FROM inspection_outcomes x WHERE x.id = v.id)';
const LATEST_OUTCOME_LATERAL =
  'LEFT JOIN LATERAL (SELECT x.fraud, x.critical_fraud, x.revenue_raised FROM inspection_outcomes x ' +
  'WHERE x.id = v.id ORDER BY x.seq DESC LIMIT 1) o ON true';

export const SUMMARY_COLUMNS =
  'v.id, v.version, d.key, v.lrn, v.mrn, v.type_code, v.issue_date, v.importer_id, v.declarant_id, ' +
  'v.hs_codes, v.status, v.quality_score, v.source, v.stored_at';

export const RECORD_COLUMNS =
  'v.id, v.version, d.key, v.content_hash, v.declaration, v.lineage, v.findings, v.quality_score, v.status, v.stored_at';

class Conditions {
  readonly values: unknown[] = [];
  readonly where: string[] = [];

  constructor(private readonly dialect: SqlDialect) {}

  param(value: unknown): string {
    this.values.push(value);
    return this.dialect === 'sqlite' ? '?' : `$${this.values.length}`;
  }

  add(condition: string): void {
    this.where.push(condition);
  }

  clause(): string {
    return this.where.length === 0 ? '' : ` WHERE ${this.where.join(' AND ')}`;
  }
}

/** Latest versions matching the query, newest date first, ties by id descending (reverse of scan order). */
export function summaryQuery(query: DeclarationQuery, dialect: SqlDialect): SqlStatement & { limit: number } {
  const limit = pageSize(query.limit);
  const c = new Conditions(dialect);
  equals(c, 'v.lrn', query.lrn);
  equals(c, 'v.mrn', query.mrn);
  equals(c, 'v.importer_id', query.importerId);
  equals(c, 'v.declarant_id', query.declarantId);
  status(c, query.status);
  hsPrefix(c, query.hsPrefix);
  dateRange(c, query);
  if (query.source !== undefined && query.source !== '') {
    const prefix = textColumn(query.source);
    c.add(`v.source >= ${c.param(prefix)} AND v.source < ${c.param(prefix + PREFIX_END)}`);
  }
  if (query.cursor !== undefined) after(c, decodeCursor(query.cursor), '<');
  const text = `SELECT ${SUMMARY_COLUMNS} FROM ${LATEST}${c.clause()} ORDER BY v.issue_date DESC, v.id DESC LIMIT ${c.param(limit + 1)}`;
  return { text, values: c.values, limit };
}

/** One page of latest versions in date order (then id), each with its latest outcome. */
export function scanQuery(
  options: ScanOptions,
  position: PagePosition | undefined,
  dialect: SqlDialect,
): SqlStatement & { limit: number } {
  const limit = options.batchSize ?? 1000;
  if (!Number.isInteger(limit) || limit < 1) {
    throw new StoreError('invalid-query', `batchSize must be a positive whole number, not ${limit}.`);
  }
  const c = new Conditions(dialect);
  dateRange(c, options);
  if (position) after(c, position, '>');
  const outcome = dialect === 'postgres' ? LATEST_OUTCOME_LATERAL : LATEST_OUTCOME_BY_SEQ;
  const text =
    `SELECT ${RECORD_COLUMNS}, v.issue_date, o.fraud, o.critical_fraud, o.revenue_raised FROM ${LATEST} ${outcome}` +
    `${c.clause()} ORDER BY v.issue_date, v.id LIMIT ${c.param(limit)}`;
  return { text, values: c.values, limit };
}

function equals(c: Conditions, column: string, value: string | undefined): void {
  if (value === undefined) return;
  c.add(`${column} = ${c.param(queryText(value))}`);
}

/** Inlined, not bound: only a literal lets both planners use the partial index on rejected versions. */
function status(c: Conditions, value: string | undefined): void {
  if (value === undefined) return;
  if (value !== 'accepted' && value !== 'rejected') {
    throw new StoreError('invalid-query', `status must be accepted or rejected, not "${value}".`);
  }
  c.add(`v.status = '${value}'`);
}

function hsPrefix(c: Conditions, value: string | undefined): void {
  if (value === undefined) return;
  const prefix = normaliseHsCode(value);
  if (prefix === '') throw new StoreError('invalid-query', `hsPrefix "${value}" holds no letters or digits.`);
  const range = `h.hs_code >= ${c.param(prefix)} AND h.hs_code < ${c.param(prefix + PREFIX_END)}`;
  c.add(`(v.id, v.version) IN (SELECT h.id, h.version FROM declaration_hs_codes h WHERE ${range})`);
}

function dateRange(c: Conditions, range: { dateFrom?: string; dateTo?: string }): void {
  if (range.dateFrom !== undefined) c.add(`v.issue_date >= ${c.param(isoDate(range.dateFrom, 'dateFrom'))}`);
  if (range.dateTo !== undefined) {
    c.add(`v.issue_date <= ${c.param(isoDate(range.dateTo, 'dateTo'))} AND v.issue_date <> ''`);
  }
}

function after(c: Conditions, position: PagePosition, direction: '<' | '>'): void {
  c.add(`(v.issue_date, v.id) ${direction} (${c.param(position.issueDate)}, ${c.param(position.id)})`);
}

function isoDate(value: string, name: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    throw new StoreError('invalid-query', `${name} must be a date written YYYY-MM-DD, not "${value}".`);
  }
  return value;
}
