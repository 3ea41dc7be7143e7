import type { ResolvedFilter } from '../../core/ports/analytics-store.js';
import type { SqlParams } from './sql-runner.js';

/** The WHERE conditions of a dashboard filter over `analytics_declarations` aliased `a`. */
export function filterWhere(filter: ResolvedFilter, params: SqlParams): string {
  const conditions = [`a.issue_date BETWEEN ${params.add(filter.from)} AND ${params.add(filter.to)}`];
  if (filter.office !== undefined) conditions.push(`a.office = ${params.add(filter.office)}`);
  if (filter.source !== undefined) conditions.push(`a.source = ${params.add(filter.source)}`);
  return conditions.join(' AND ');
}

/** Counts of a tally over `a`: declarations, inspected, hits. */
export const TALLY_COLUMNS = `count(*) AS declarations,
  sum(CASE WHEN a.fraud IS NOT NULL THEN 1 ELSE 0 END) AS inspected,
  sum(CASE WHEN a.fraud = 1 THEN 1 ELSE 0 END) AS hits`;

export interface TallyRow {
  declarations: unknown;
  inspected: unknown;
  hits: unknown;
}
