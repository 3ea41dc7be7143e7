import type { FilerRole, ResolvedFilter } from '../../core/ports/analytics-store.js';
import { filtered, SUM_COLUMNS, toRuleCounts, toSums, type QualitySums, type RuleCount } from './quality-groups.js';
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
 * Busiest and weakest filers: first a lean pass over every filer in the filter (an index
 * ordered by filer streams the grouping), then score distribution and rules for the listed ones only.
 */
export async function readFilerSums(runner: SqlRunner, options: FilerOptions): Promise<FilerLists> {
  const column = options.role === 'declarant' ? 'declarant_id' : 'importer_id';
  const lean = await filtered<{ filer: string; n: unknown; score_sum: unknown }>(
    runner,
    options.filter,
    (_p, where) => `SELECT a.${column} AS filer, count(*) AS n, sum(a.quality_score) AS score_sum
      FROM analytics_declarations a WHERE ${where} GROUP BY a.${column}`,
  );
  const mean = (row: (typeof lean)[number]) => num(row.score_sum) / Math.max(1, num(row.n));
  const busiest = [...lean]
    .sort((a, b) => num(b.n) - num(a.n) || a.filer.localeCompare(b.filer))
    .slice(0, options.limit);
  const weakest = lean
    .filter((row) => num(row.n) >= 2)
    .sort((a, b) => mean(a) - mean(b) || num(b.n) - num(a.n) || a.filer.localeCompare(b.filer))
    .slice(0, options.limit);
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
  const pick = (rows: typeof lean) => rows.flatMap((row) => byFiler.get(row.filer) ?? []);
  return { busiest: pick(busiest), weakest: pick(weakest), rules: toRuleCounts(rules) };
}
