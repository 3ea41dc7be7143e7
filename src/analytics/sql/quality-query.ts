import type { FilerQuality, QualityAnalytics, QualityQuery } from '../../core/ports/analytics-store.js';
import { readFilerSums, type FilerSums } from './filer-sums.js';
import { resolveFilter } from './meta-query.js';
import {
  addSums,
  CUBE_SUM_COLUMNS,
  emptySums,
  filtered,
  subtractSums,
  SUM_COLUMNS,
  toGroup,
  topRules,
  toRuleCounts,
  toSums,
  type QualitySums,
  type RuleCount,
} from './quality-groups.js';
import type { SqlRunner } from './sql-runner.js';
import { num } from './sql-runner.js';

/** A filer with at most this many declarations in the whole store is an occasional filer. */
export const OCCASIONAL_MAX = 5;
const TOP_RULES = 5;

type RuleRow = { key: unknown; rule_id: string; severity: string; n: unknown };
type SumRow = Record<string, unknown>;

/**
 * Quality per source, per segment (e-commerce declarations, occasional filers, the rest) and
 * per filer. Sources and e-commerce come from the day totals; occasional filers from their
 * few rows through `analytics_filers`; filer lists from an index ordered by filer.
 */
export async function readQuality(runner: SqlRunner, query: QualityQuery): Promise<QualityAnalytics> {
  const filter = await resolveFilter(runner, query);
  const filerRole = query.filerRole ?? 'declarant';
  const column = filerRole === 'declarant' ? 'declarant_id' : 'importer_id';
  const limit = Math.min(Math.max(query.limit ?? 50, 1), 200);
  const occasional = (params: { add: (value: unknown) => string }) =>
    `f.role = ${params.add(filerRole)} AND f.filer <> '' AND f.declarations <= ${OCCASIONAL_MAX}`;
  const [sourceRows, sourceRules, occasionalRows, occasionalRules, filers] = await Promise.all([
    filtered<SumRow>(
      runner,
      filter,
      (_p, where) => `SELECT a.source AS key, a.ecommerce AS e, ${CUBE_SUM_COLUMNS} FROM analytics_daily a
        WHERE ${where} GROUP BY a.source, a.ecommerce`,
    ),
    filtered<RuleRow & { e: unknown }>(
      runner,
      filter,
      (_p, where) => `SELECT a.source AS key, a.ecommerce AS e, a.rule_id, min(a.severity) AS severity,
        sum(a.declarations) AS n FROM analytics_daily_rules a WHERE ${where}
        GROUP BY a.source, a.ecommerce, a.rule_id`,
    ),
    filtered<SumRow>(
      runner,
      filter,
      (p, where) => `SELECT a.ecommerce AS e, ${SUM_COLUMNS} FROM analytics_filers f
        JOIN analytics_declarations a ON a.${column} = f.filer WHERE ${where} AND ${occasional(p)} GROUP BY a.ecommerce`,
    ),
    filtered<RuleRow & { e: unknown }>(
      runner,
      filter,
      (p, where) => `SELECT a.ecommerce AS e, 'occasional' AS key, a.rule_id, min(a.severity) AS severity, count(*) AS n
        FROM analytics_filers f JOIN analytics_rule_hits a ON a.${column} = f.filer
        WHERE ${where} AND ${occasional(p)} GROUP BY a.ecommerce, a.rule_id`,
    ),
    readFilerSums(runner, { filter, role: filerRole, occasionalMax: OCCASIONAL_MAX, limit }),
  ]);
  const sources = groupSums(sourceRows);
  const overall = [...sources.values()].reduce((sums, source) => addSums(sums, source.all), emptySums());
  const ecommerce = [...sources.values()].reduce((sums, source) => addSums(sums, source.ecommerce), emptySums());
  const occasionalAll = occasionalRows.reduce((sums, row) => addSums(sums, toSums(row)), emptySums());
  const occasionalEcommerce = occasionalRows
    .filter((row) => num(row.e) === 1)
    .reduce((sums, row) => addSums(sums, toSums(row)), emptySums());
  const regular = addSums(subtractSums(subtractSums(copy(overall), ecommerce), occasionalAll), occasionalEcommerce);
  const sourceCounts = toRuleCounts(sourceRules);
  const occasionalCounts = toRuleCounts(occasionalRules);
  const ecommerceCounts = toRuleCounts(sourceRules.filter((row) => num(row.e) === 1));
  const occasionalEcommerceCounts = toRuleCounts(occasionalRules.filter((row) => num(row.e) === 1));
  return {
    filter,
    filerRole,
    occasionalMax: OCCASIONAL_MAX,
    overall: toGroup('all', overall, topRules(sourceCounts, TOP_RULES)),
    bySource: [...sources].map(([key, sums]) => toGroup(key, sums.all, rulesOf(sourceCounts, key))),
    segments: {
      ecommerce: toGroup('ecommerce', ecommerce, topRules(ecommerceCounts, TOP_RULES)),
      occasional: toGroup('occasional', occasionalAll, topRules(occasionalCounts, TOP_RULES)),
      regular: toGroup(
        'regular',
        regular,
        topRules(remainder(sourceCounts, [ecommerceCounts, occasionalCounts], occasionalEcommerceCounts), TOP_RULES),
      ),
    },
    busiestFilers: filers.busiest.map((entry) => filerQuality(entry, filers.rules)),
    weakestFilers: filers.weakest.map((entry) => filerQuality(entry, filers.rules)),
    topRules: mergeRules(sourceCounts),
  };
}

function copy(sums: QualitySums): QualitySums {
  return { ...sums, buckets: [...sums.buckets] };
}

function groupSums(rows: readonly SumRow[]): Map<string, { all: QualitySums; ecommerce: QualitySums }> {
  const sources = new Map<string, { all: QualitySums; ecommerce: QualitySums }>();
  for (const row of rows) {
    const key = String(row.key);
    const entry = sources.get(key) ?? { all: emptySums(), ecommerce: emptySums() };
    const sums = toSums(row);
    addSums(entry.all, sums);
    if (num(row.e) === 1) addSums(entry.ecommerce, sums);
    sources.set(key, entry);
  }
  return new Map(
    [...sources].sort((a, b) => b[1].all.declarations - a[1].all.declarations || a[0].localeCompare(b[0])),
  );
}

/** all - each of `minus` + `plus` (inclusion-exclusion of the two overlapping segments). */
function remainder(all: readonly RuleCount[], minus: readonly (readonly RuleCount[])[], plus: readonly RuleCount[]) {
  const counts = new Map<string, number>();
  const add = (list: readonly RuleCount[], sign: number) => {
    for (const count of list) counts.set(count.ruleId, (counts.get(count.ruleId) ?? 0) + sign * count.declarations);
  };
  add(all, 1);
  for (const list of minus) add(list, -1);
  add(plus, 1);
  return [...counts]
    .filter(([, declarations]) => declarations > 0)
    .map(([ruleId, declarations]): RuleCount => ({ key: 'regular', ruleId, severity: 'warning', declarations }));
}

function rulesOf(counts: readonly RuleCount[], key: string) {
  return topRules(
    counts.filter((count) => count.key === key),
    TOP_RULES,
  );
}

function filerQuality(entry: FilerSums, rules: readonly RuleCount[]): FilerQuality {
  return {
    ...toGroup(entry.filer === '' ? '(none)' : entry.filer, entry.sums, rulesOf(rules, entry.filer)),
    ecommerce: entry.ecommerceShare > 0.5,
    occasional: entry.occasional,
  };
}

function mergeRules(counts: readonly RuleCount[]): QualityAnalytics['topRules'] {
  const merged = new Map<string, QualityAnalytics['topRules'][number]>();
  for (const count of counts) {
    const entry = merged.get(count.ruleId) ?? { ruleId: count.ruleId, severity: count.severity, declarations: 0 };
    entry.declarations += count.declarations;
    if (count.severity === 'error') entry.severity = 'error';
    merged.set(count.ruleId, entry);
  }
  return [...merged.values()]
    .sort((a, b) => b.declarations - a.declarations || a.ruleId.localeCompare(b.ruleId))
    .slice(0, 15);
}
