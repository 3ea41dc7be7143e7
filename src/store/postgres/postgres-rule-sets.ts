import type { Pool } from 'pg';
import type { RuleSetStore } from '../../core/ports/rule-set-store.js';
import type { BacktestReport } from '../../core/risk/rules/backtest-rules.js';
import { toStoredRuleSet, type RuleSetRow } from '../risk-rows.js';
import { ruleSetHash } from '../rule-set-hash.js';

const COLUMNS = 'id, version, author, reason, valid_from, valid_to, stored_at, content_sha256, rules';

/** Rule sets, their activations and backtests over PostgreSQL (tables of migration 006). */
export function postgresRuleSets(pool: Pool): RuleSetStore {
  const find = async (id: string, version: number) =>
    (
      await pool.query<RuleSetRow>(`SELECT ${COLUMNS} FROM risk_rule_sets WHERE id = $1 AND version = $2`, [
        id,
        version,
      ])
    ).rows[0];
  return {
    async saveRuleSet(ruleSet, storedAt) {
      const hash = ruleSetHash(ruleSet);
      const key = { id: ruleSet.id, version: ruleSet.version };
      const { rowCount } = await pool.query(
        `INSERT INTO risk_rule_sets (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (id, version) DO NOTHING`,
        [
          ruleSet.id,
          ruleSet.version,
          ruleSet.author,
          ruleSet.reason,
          ruleSet.validFrom,
          ruleSet.validTo ?? null,
          storedAt,
          hash,
          JSON.stringify(ruleSet.rules),
        ],
      );
      if (rowCount === 1) return { status: 'stored', ...key };
      const existing = await find(ruleSet.id, ruleSet.version);
      return { status: existing?.content_sha256 === hash ? 'duplicate' : 'conflict', ...key };
    },
    async ruleSets() {
      const { rows } = await pool.query<RuleSetRow>(`SELECT ${COLUMNS} FROM risk_rule_sets ORDER BY seq DESC`);
      return rows.map(toStoredRuleSet);
    },
    async ruleSet(id, version) {
      const row = await find(id, version);
      return row && toStoredRuleSet(row);
    },
    async activeRuleSet() {
      const { rows } = await pool.query<{ rule_set_id: string | null; rule_set_version: number | null }>(
        'SELECT rule_set_id, rule_set_version FROM risk_rule_set_activations ORDER BY seq DESC LIMIT 1',
      );
      const row = rows[0];
      if (!row || row.rule_set_id === null || row.rule_set_version === null) return undefined;
      const found = await find(row.rule_set_id, row.rule_set_version);
      return found && toStoredRuleSet(found);
    },
    async activateRuleSet(ruleSet, change) {
      if (ruleSet && !(await find(ruleSet.id, ruleSet.version))) return { status: 'unknown-rule-set' };
      await pool.query(
        `INSERT INTO risk_rule_set_activations (rule_set_id, rule_set_version, at, actor, reason)
         VALUES ($1, $2, $3, $4, $5)`,
        [ruleSet?.id ?? null, ruleSet?.version ?? null, change.at, change.actor ?? null, change.reason ?? null],
      );
      return { status: 'activated' };
    },
    async saveBacktest(report, computedAt) {
      await pool.query(
        'INSERT INTO risk_rule_backtests (rule_set_id, rule_set_version, computed_at, report) VALUES ($1, $2, $3, $4)',
        [report.ruleSet.id, report.ruleSet.version, computedAt, JSON.stringify(report)],
      );
    },
    async latestBacktest(ruleSet) {
      const { rows } = ruleSet
        ? await pool.query<{ computed_at: string; report: BacktestReport }>(
            `SELECT computed_at, report FROM risk_rule_backtests WHERE rule_set_id = $1 AND rule_set_version = $2
             ORDER BY seq DESC LIMIT 1`,
            [ruleSet.id, ruleSet.version],
          )
        : await pool.query<{ computed_at: string; report: BacktestReport }>(
            'SELECT computed_at, report FROM risk_rule_backtests ORDER BY seq DESC LIMIT 1',
          );
      return rows[0] && { computedAt: rows[0].computed_at, report: rows[0].report };
    },
  };
}
