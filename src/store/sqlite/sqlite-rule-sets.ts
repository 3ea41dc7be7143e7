import type Database from 'better-sqlite3';
import type { RuleSetDocument, RuleSetStore } from '../../core/ports/rule-set-store.js';
import type { BacktestReport } from '../../core/risk/rules/backtest-rules.js';
import { attempt } from '../attempt.js';
import { toStoredRuleSet, type RuleSetRow } from '../risk-rows.js';
import { ruleSetHash } from '../rule-set-hash.js';
import type { SqliteStatementCache } from './sqlite-statement-cache.js';

const COLUMNS = 'id, version, author, reason, valid_from, valid_to, stored_at, content_sha256, rules';

/** Rule sets, their activations and backtests over SQLite (tables of migration 006). */
export function sqliteRuleSets(db: Database.Database, sql: SqliteStatementCache): RuleSetStore {
  const find = (id: string, version: number) =>
    sql.get(`SELECT ${COLUMNS} FROM risk_rule_sets WHERE id = ? AND version = ?`).get(id, version) as
      RuleSetRow | undefined;
  const save = db.transaction((ruleSet: RuleSetDocument, storedAt: string) => {
    const hash = ruleSetHash(ruleSet);
    const existing = find(ruleSet.id, ruleSet.version);
    const key = { id: ruleSet.id, version: ruleSet.version };
    if (existing)
      return { status: existing.content_sha256 === hash ? ('duplicate' as const) : ('conflict' as const), ...key };
    sql
      .get(`INSERT INTO risk_rule_sets (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`)
      .run(
        ruleSet.id,
        ruleSet.version,
        ruleSet.author,
        ruleSet.reason,
        ruleSet.validFrom,
        ruleSet.validTo ?? null,
        storedAt,
        hash,
        JSON.stringify(ruleSet.rules),
      );
    return { status: 'stored' as const, ...key };
  });
  const active = () => {
    const row = sql
      .get('SELECT rule_set_id, rule_set_version FROM risk_rule_set_activations ORDER BY seq DESC LIMIT 1')
      .get() as { rule_set_id: string | null; rule_set_version: number | null } | undefined;
    if (!row || row.rule_set_id === null || row.rule_set_version === null) return undefined;
    const found = find(row.rule_set_id, row.rule_set_version);
    return found && toStoredRuleSet(found);
  };
  return {
    saveRuleSet: (ruleSet, storedAt) => attempt(() => save.immediate(ruleSet, storedAt)),
    ruleSets: () =>
      attempt(() =>
        (sql.get(`SELECT ${COLUMNS} FROM risk_rule_sets ORDER BY seq DESC`).all() as RuleSetRow[]).map(toStoredRuleSet),
      ),
    ruleSet: (id, version) =>
      attempt(() => {
        const row = find(id, version);
        return row && toStoredRuleSet(row);
      }),
    activeRuleSet: () => attempt(active),
    activateRuleSet: (ruleSet, change) =>
      attempt(() => {
        if (ruleSet && !find(ruleSet.id, ruleSet.version)) return { status: 'unknown-rule-set' };
        sql
          .get(
            `INSERT INTO risk_rule_set_activations (rule_set_id, rule_set_version, at, actor, reason)
             VALUES (?, ?, ?, ?, ?)`,
          )
          .run(ruleSet?.id ?? null, ruleSet?.version ?? null, change.at, change.actor ?? null, change.reason ?? null);
        return { status: 'activated' };
      }),
    saveBacktest: (report, computedAt) =>
      attempt(() => {
        sql
          .get(
            'INSERT INTO risk_rule_backtests (rule_set_id, rule_set_version, computed_at, report) VALUES (?, ?, ?, ?)',
          )
          .run(report.ruleSet.id, report.ruleSet.version, computedAt, JSON.stringify(report));
      }),
    latestBacktest: (ruleSet) =>
      attempt(() => {
        const row = (
          ruleSet
            ? sql
                .get(
                  `SELECT computed_at, report FROM risk_rule_backtests WHERE rule_set_id = ? AND rule_set_version = ?
                   ORDER BY seq DESC LIMIT 1`,
                )
                .get(ruleSet.id, ruleSet.version)
            : sql.get('SELECT computed_at, report FROM risk_rule_backtests ORDER BY seq DESC LIMIT 1').get()
        ) as { computed_at: string; report: string } | undefined;
        return row && { computedAt: row.computed_at, report: JSON.parse(row.report) as BacktestReport };
      }),
  };
}
