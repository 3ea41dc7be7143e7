import pg from 'pg';
import type { Page } from '../../core/ports/declaration-store.js';
import type {
  StoredVerificationFinding,
  VerificationFindingQuery,
  VerificationFindingStore,
  VerificationRecordResult,
  VerificationRun,
} from '../../core/ports/verification-finding-store.js';
import type { VerificationOutcome } from '../../core/verification/signals/verification-outcomes.js';
import { StoreError } from '../store-error.js';
import {
  CODES_SQL,
  FINDING_INSERT_COLUMNS,
  OUTCOME_INSERT_COLUMNS,
  OUTCOMES_SQL,
  codeMap,
  findingCursor,
  findingQuery,
  findingRows,
  outcomeRows,
  toOutcome,
  toStoredFinding,
  type FindingRow,
} from '../verification-finding-sql.js';
import { quoteIdentifier } from './postgres-identifier.js';

const FINDING_TYPES = ['text', 'text', 'text', 'text', 'text', 'float8', 'text', 'timestamptz', 'json'];
const OUTCOME_TYPES = ['text', 'text', 'int2', 'text', 'int4', 'text', 'timestamptz'];

/** Rows of one table inserted with one statement of column arrays; rows already there are skipped. */
function bulkInsert(table: string, columns: readonly string[], types: readonly string[]): string {
  const arrays = types.map((type, i) => `$${i + 1}::${type}[]`).join(', ');
  return `INSERT INTO ${table} (${columns.join(', ')}) SELECT * FROM unnest(${arrays}) ON CONFLICT DO NOTHING`;
}

const transpose = (rows: readonly (string | number)[][], width: number) =>
  Array.from({ length: width }, (_, c) => rows.map((row) => row[c]));

/** Verification findings in the declaration store's PostgreSQL schema (tables of migration 004). */
export class PostgresVerificationFindingStore implements VerificationFindingStore {
  readonly #pool: pg.Pool;
  readonly #owned: boolean;

  private constructor(pool: pg.Pool, owned: boolean) {
    this.#pool = pool;
    this.#owned = owned;
  }

  static onPool(pool: pg.Pool): PostgresVerificationFindingStore {
    return new PostgresVerificationFindingStore(pool, false);
  }

  static open(options: { connectionString: string; schema?: string; maxConnections?: number }) {
    const pool = new pg.Pool({
      connectionString: options.connectionString,
      max: options.maxConnections ?? 4,
      options: `-c search_path=${quoteIdentifier(options.schema ?? 'public')}`,
    });
    pool.on('error', () => undefined);
    return new PostgresVerificationFindingStore(pool, true);
  }

  async record(run: VerificationRun): Promise<VerificationRecordResult> {
    const recordedAt = new Date().toISOString();
    const findings = findingRows(run, recordedAt);
    const outcomes = outcomeRows(run, recordedAt);
    const client = await this.#pool.connect();
    try {
      await client.query('BEGIN');
      const stored = findings.length
        ? await client.query(
            bulkInsert('verification_findings', FINDING_INSERT_COLUMNS, FINDING_TYPES),
            transpose(findings, FINDING_TYPES.length),
          )
        : { rowCount: 0 };
      const written = outcomes.length
        ? await client.query(
            bulkInsert('verification_outcomes', OUTCOME_INSERT_COLUMNS, OUTCOME_TYPES),
            transpose(outcomes, OUTCOME_TYPES.length),
          )
        : { rowCount: 0 };
      await client.query('COMMIT');
      const count = stored.rowCount ?? 0;
      return { stored: count, duplicates: findings.length - count, outcomes: written.rowCount ?? 0 };
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw new StoreError('append-failed', `The findings were not recorded (nothing was written): ${String(error)}`, {
        cause: error,
      });
    } finally {
      client.release();
    }
  }

  async forDeclaration(declarationId: string): Promise<StoredVerificationFinding[]> {
    const items: StoredVerificationFinding[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.query({ declarationId, limit: 1000, ...(cursor ? { cursor } : {}) });
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return items;
  }

  async query(query: VerificationFindingQuery): Promise<Page<StoredVerificationFinding>> {
    const { text, values, limit } = findingQuery(query, 'postgres');
    const { rows } = await this.#pool.query<FindingRow>(text, values);
    const items = rows.slice(0, limit).map(toStoredFinding);
    const last = rows.length > limit ? rows[limit - 1] : undefined;
    return last ? { items, nextCursor: findingCursor(last) } : { items };
  }

  async outcomes(): Promise<VerificationOutcome[]> {
    const { rows } = await this.#pool.query<Parameters<typeof toOutcome>[0]>(OUTCOMES_SQL);
    return rows.map(toOutcome);
  }

  async codesByDeclaration(): Promise<Map<string, Set<string>>> {
    const { rows } = await this.#pool.query<{ declaration_id: string; code: string }>(CODES_SQL);
    return codeMap(rows);
  }

  async close(): Promise<void> {
    if (this.#owned) await this.#pool.end();
  }
}
