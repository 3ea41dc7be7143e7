import type { FilerRole, ResolvedFilter } from '../../core/ports/analytics-store.js';
import { filtered, SUM_COLUMNS, toRuleCounts, toSums, type QualitySums, type RuleCount } from './quality-groups.js';
import { coversEverything } from './meta-query.js';
import { num, type SqlRunner } from './sql-runner.js';

/** One filer's quality in the filter. */
export interface FilerSums {
  filer: string;
  sums: QualitySums;
  ecommerceShare: number;
  /** At most `occasionalMax` declarations in the whole store (not only in the filter). */
  occasional: boolean;
}

export interface FilerLists {
  busiest: FilerSums[];
  weakest: FilerSums[];
  rules: RuleCount[];
}

interface FilerOptions {
  filter: ResolvedFilter;
  role: FilerRole;
  occasionalMax: number;
  limit: number;
}

/**
 * Busiest and weakest filers: over everything held, from the store-wide sums per filer; over a
 * narrower filter, from a lean pass over the filter's declarations. Then score distribution and
 * rules for the listed filers only.
 */
export async function readFilerSums(runner: SqlRunner, options: FilerOptions): Promise<FilerLists> {
  const column = options.role === 'declarant' ? 'declarant_id' : 'importer_id';
  const { busiest, weakest } = (await coversEverything(runner, options.filter))
    ? await rankStoreWide(runner, options)
    : rank(
        await filtered<LeanRow>(
          runner,
          options.filter,
          (_p, where) => `SELECT a.${column} AS filer, count(*) AS n, sum(a.quality_score) AS score_sum
            FROM analytics_declarations a WHERE ${where} GROUP BY a.${column}`,
        ),
        options.limit,
      );
  const listed = [...new Set([...busiest, ...weakest].map((row) => row.filer))];
  if (listed.length === 0) return { busiest: [], weakest: [], rules: [] };
  const [details, rules] = await Promise.all([
    filtered<Record<string, unknown>>(
      runner,
      options.filter,
      (p, where) => `SELECT a.${column} AS filer, sum(a.ecommerce) AS ecommerce, max(f.declarations) AS total,
          ${SUM_COLUMNS}
        FROM analytics_declarations a LEFT JOIN analytics_filers f ON f.role = '${options.role}' AND f.filer = a.${column}
        WHERE ${where} AND a.${column} IN ${p.list(listed)} GROUP BY a.${column}`,
    ),
    filtered<{ key: unknown; rule_id: string; severity: string; n: unknown }>(
      runner,
      options.filter,
      (p, where) => `SELECT a.${column} AS key, a.rule_id, min(a.severity) AS severity, count(*) AS n
        FROM analytics_rule_hits a WHERE ${where} AND a.${column} IN ${p.list(listed)} GROUP BY a.${column}, a.rule_id`,
    ),
  ]);
  const byFiler = new Map(
    details.map((row) => {
      const sums = toSums(row);
      const entry: FilerSums = {
        filer: String(row.filer),
        sums,
        ecommerceShare: num(row.ecommerce) / Math.max(1, sums.declarations),
        occasional: String(row.filer) !== '' && num(row.total) <= options.occasionalMax,
      };
      return [entry.filer, entry] as const;
    }),
  );
  const pick = (rows: LeanRow[]) => rows.flatMap((row) => byFiler.get(row.filer) ?? []);
  return { busiest: pick(busiest), weakest: pick(weakest), rules: toRuleCounts(rules) };
}

interface LeanRow {
  filer: string;
  n: unknown;
  score_sum: unknown;
}

const mean = (row: LeanRow) => num(row.score_sum) / Math.max(1, num(row.n));
const byCount = (a: LeanRow, b: LeanRow) => num(b.n) - num(a.n) || a.filer.localeCompare(b.filer);
const byMean = (a: LeanRow, b: LeanRow) => mean(a) - mean(b) || byCount(a, b);

/** Busiest and weakest of per-filer sums grouped over the filter. */
function rank(rows: LeanRow[], limit: number): { busiest: LeanRow[]; weakest: LeanRow[] } {
  return {
    busiest: [...rows].sort(byCount).slice(0, limit),
    weakest: rows
      .filter((row) => num(row.n) >= 2)
      .sort(byMean)
      .slice(0, limit),
  };
}

/** Over everything held, the store-wide sums kept per filer answer without grouping a declaration. */
async function rankStoreWide(
  runner: SqlRunner,
  options: FilerOptions,
): Promise<{ busiest: LeanRow[]; weakest: LeanRow[] }> {
  const role = options.role;
  const [busiest, weakest] = await Promise.all([
    runner.all<LeanRow>(
      `SELECT filer, declarations AS n, score_sum FROM analytics_filers WHERE role = '${role}' AND declarations > 0
       ORDER BY declarations DESC, filer LIMIT ${options.limit}`,
      [],
    ),
    runner.all<LeanRow>(
      `SELECT filer, declarations AS n, score_sum FROM analytics_filers WHERE role = '${role}' AND declarations >= 2
       ORDER BY score_sum / declarations, declarations DESC, filer LIMIT ${options.limit}`,
      [],
    ),
  ]);
  return { busiest, weakest: weakest.sort(byMean) };
}
