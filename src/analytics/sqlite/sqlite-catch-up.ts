import type { Database } from 'better-sqlite3';
import type { LaneFact, RefreshReport } from '../../core/ports/analytics-store.js';
import type { VersionRow } from '../declaration-fact.js';
import { planFacts, type ExistingFact } from '../fact-plan.js';
import { rebuildDaysSql } from '../sql/day-totals-sql.js';
import { prepareFactStatements, type FactStatements } from './sqlite-fact-statements.js';
import { applyOutcome, createRiskFollow } from './sqlite-risk-follow.js';

const BATCH = 2000;
/** A backlog this large (a first start on a full store) loads faster with the secondary indexes built after. */
const BULK = 20_000;
const SECONDARY = `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL
  AND tbl_name IN ('analytics_declarations', 'analytics_chapters', 'analytics_origins', 'analytics_rule_hits')`;

const PENDING_INDEXES = 'analytics-indexes-to-rebuild';

/**
 * Drops the analytics tables' secondary indexes, runs `work`, and builds them again (sorted, in
 * one pass each). Their definitions are kept in dashboard_settings meanwhile, so that a process
 * killed during the load has them rebuilt by the next one (`restoreIndexes`).
 */
function withoutIndexes<T>(db: Database, work: () => T): T {
  const indexes = db.prepare(SECONDARY).all() as { name: string; sql: string }[];
  db.transaction(() => {
    db.prepare('INSERT OR REPLACE INTO dashboard_settings (name, value) VALUES (?, ?)').run(
      PENDING_INDEXES,
      JSON.stringify(indexes.map((index) => index.sql)),
    );
    indexes.forEach((index) => db.exec(`DROP INDEX ${index.name}`));
  }).immediate();
  try {
    return work();
  } finally {
    restoreIndexes(db);
  }
}

export function restoreIndexes(db: Database): void {
  const pending = db.prepare('SELECT value FROM dashboard_settings WHERE name = ?').pluck();
  // Read first: the common case takes no write lock at all.
  if (pending.get(PENDING_INDEXES) === undefined) return;
  db.transaction(() => {
    const saved = pending.get(PENDING_INDEXES) as string | undefined;
    if (saved === undefined) return;
    for (const sql of JSON.parse(saved) as string[]) {
      db.exec(sql.replace(/^CREATE INDEX /, 'CREATE INDEX IF NOT EXISTS '));
    }
    db.prepare('DELETE FROM dashboard_settings WHERE name = ?').run(PENDING_INDEXES);
  }).immediate();
}

export function createSqliteCatchUp(db: Database) {
  restoreIndexes(db);
  const s = prepareFactStatements(db);
  const rebuildDays = (dates: ReadonlySet<string>) => {
    if (dates.size === 0) return;
    for (const { sql, values } of rebuildDaysSql('sqlite', [...dates])) db.prepare(sql).run(...values);
  };
  const versionBatch = db.transaction((): number => {
    const rows = s.versions.all(s.position.get('versions') ?? 0, BATCH) as (VersionRow & { seq: number })[];
    if (rows.length === 0) return 0;
    const existing = new Map<string, ExistingFact>();
    const dates = new Set<string>();
    for (const row of rows) {
      const found = s.existing.get(row.id) as ExistingRow | undefined;
      if (!found) continue;
      existing.set(row.id, {
        version: found.version,
        declarantId: found.declarant_id,
        importerId: found.importer_id,
        qualityScore: found.quality_score,
        hasError: found.has_error === 1,
        ecommerce: found.ecommerce === 1,
      });
      dates.add(found.issue_date);
    }
    const plan = planFacts(rows, existing);
    writePlan(s, plan, new Set(existing.keys()));
    for (const fact of plan.facts) dates.add(fact.issueDate);
    rebuildDays(dates);
    s.setPosition.run('versions', rows.at(-1)!.seq);
    return rows.length;
  });

  let outcomeLimit = 0;
  const outcomeBatch = db.transaction((): number => {
    const from = s.position.get('outcomes') ?? 0;
    const rows = (s.outcomes.all(from, BATCH * 5) as OutcomeRow[]).filter((row) => row.seq <= outcomeLimit);
    const dates = new Set<string>();
    for (const row of rows) {
      applyOutcome(s, { id: row.id, fraud: row.fraud, revenue: row.revenue_raised, seq: row.seq }, dates);
    }
    rebuildDays(dates);
    if (rows.length > 0) s.setPosition.run('outcomes', rows.at(-1)!.seq);
    return rows.length;
  });

  const drain = (name: string, last: () => number, batch: { immediate: () => number }): number => {
    let total = 0;
    while (last() > (s.position.get(name) ?? 0)) total += batch.immediate();
    return total;
  };

  const risk = createRiskFollow(db, s, rebuildDays);

  return {
    recordLanes: (lanes: readonly LaneFact[]) => risk.recordLanes(lanes),
    refresh: () => {
      const backlog = (s.lastVersion.get() ?? 0) - (s.position.get('versions') ?? 0);
      if (backlog >= BULK) return withoutIndexes(db, () => drainAll());
      return drainAll();
    },
    rebuildDays: db.transaction(rebuildDays),
  };

  function drainAll(): RefreshReport {
    // Outcomes, lanes and results are folded only up to what was stored before the versions were:
    // their declarations are then in.
    outcomeLimit = s.lastOutcome.get() ?? 0;
    risk.capture();
    const versions = drain('versions', () => s.lastVersion.get() ?? 0, versionBatch);
    const outcomes = drain('outcomes', () => outcomeLimit, outcomeBatch);
    drain('risk-decisions', () => risk.limits.decisions, risk.decisionBatch);
    const results = drain('risk-inspections', () => risk.limits.inspections, risk.inspectionBatch);
    return { versions, outcomes: outcomes + results };
  }
}

interface ExistingRow {
  version: number;
  issue_date: string;
  declarant_id: string;
  importer_id: string;
  quality_score: number;
  has_error: number;
  ecommerce: number;
}

interface OutcomeRow {
  seq: number;
  id: string;
  fraud: number;
  revenue_raised: number | null;
}

function writePlan(s: FactStatements, plan: ReturnType<typeof planFacts>, replaced: ReadonlySet<string>): void {
  for (const fact of plan.facts) {
    s.upsert.run({
      id: fact.id,
      version: fact.version,
      issueDate: fact.issueDate,
      office: fact.office,
      source: fact.source,
      status: fact.status,
      qualityScore: fact.qualityScore,
      hasError: fact.hasError ? 1 : 0,
      lrn: fact.lrn,
      declarantId: fact.declarantId,
      importerId: fact.importerId,
      ecommerce: fact.ecommerce ? 1 : 0,
      customsValue: fact.customsValue,
      hsCodes: fact.hsCodes,
    });
    if (replaced.has(fact.id)) {
      s.deleteChapters.run(fact.id);
      s.deleteOrigins.run(fact.id);
      s.deleteRules.run(fact.id);
    }
    const where = { id: fact.id, issueDate: fact.issueDate, office: fact.office, source: fact.source };
    for (const { code, customsValue } of fact.chapters) s.insertChapter.run({ ...where, code, customsValue });
    for (const { code, customsValue } of fact.origins) s.insertOrigin.run({ ...where, code, customsValue });
    for (const rule of fact.rules) {
      s.insertRule.run(
        fact.id,
        rule.ruleId,
        rule.severity,
        fact.issueDate,
        fact.office,
        fact.source,
        fact.ecommerce ? 1 : 0,
        fact.declarantId,
        fact.importerId,
      );
    }
  }
  for (const delta of plan.filerDeltas) s.filer.run(delta);
}
