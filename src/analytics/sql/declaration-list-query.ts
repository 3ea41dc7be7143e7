import type { AnalyticsLane, DeclarationListItem, DeclarationListQuery } from '../../core/ports/analytics-store.js';
import { filterWhere } from './filter-sql.js';
import { resolveFilter } from './meta-query.js';
import { num, SqlParams, type SqlRunner } from './sql-runner.js';

interface ListRow {
  id: string;
  version: unknown;
  lrn: string | null;
  issue_date: string;
  office: string;
  source: string;
  status: 'accepted' | 'rejected';
  quality_score: unknown;
  hs_codes: string;
  lane: AnalyticsLane | null;
}

/** Latest versions in a filter (and goods scope), newest first, with a total for paging. */
export async function readDeclarationList(
  runner: SqlRunner,
  query: DeclarationListQuery,
): Promise<{ items: DeclarationListItem[]; total: number }> {
  const filter = await resolveFilter(runner, query);
  const params = new SqlParams(runner.dialect);
  const conditions = [filterWhere(filter, params)];
  if (query.hsPrefixes) {
    // Chapters narrow through their index; hs_codes (",0302...") then checks longer prefixes.
    const chapters = [...new Set(query.hsPrefixes.map((prefix) => prefix.slice(0, 2)))];
    conditions.push(`a.id IN (SELECT c.id FROM analytics_chapters c WHERE c.chapter IN ${params.list(chapters)})`);
    const longer = query.hsPrefixes.filter((prefix) => prefix.length > 2);
    if (longer.length > 0 && longer.length === query.hsPrefixes.length) {
      const likes = longer.map((prefix) => `(',' || a.hs_codes) LIKE ${params.add(`%,${prefix}%`)}`);
      conditions.push(`(${likes.join(' OR ')})`);
    } else if (longer.length > 0) {
      const likes = longer.map((prefix) => `(',' || a.hs_codes) LIKE ${params.add(`%,${prefix}%`)}`);
      const whole = query.hsPrefixes.filter((prefix) => prefix.length <= 2);
      const wholeChapters = whole.map((prefix) => `(',' || a.hs_codes) LIKE ${params.add(`%,${prefix}%`)}`);
      conditions.push(`(${[...likes, ...wholeChapters].join(' OR ')})`);
    }
  }
  if (query.originCountries) {
    conditions.push(
      `EXISTS (SELECT 1 FROM analytics_origins o WHERE o.id = a.id AND o.origin IN ${params.list(query.originCountries)})`,
    );
  }
  const where = conditions.join(' AND ');
  const limit = Math.min(Math.max(query.limit ?? 50, 1), 500);
  const offset = Math.max(query.offset ?? 0, 0);
  const countValues = [...params.values];
  const rows = await runner.all<ListRow>(
    `SELECT a.id, a.version, a.lrn, a.issue_date, a.office, a.source, a.status, a.quality_score, a.hs_codes, a.lane
    FROM analytics_declarations a WHERE ${where}
    ORDER BY a.issue_date DESC, a.id LIMIT ${limit} OFFSET ${offset}`,
    params.values,
  );
  const [count] = await runner.all<{ n: unknown }>(
    `SELECT count(*) AS n FROM analytics_declarations a WHERE ${where}`,
    countValues,
  );
  const origins = await originsOf(
    runner,
    rows.map((row) => row.id),
  );
  return {
    total: num(count?.n),
    items: rows.map((row) => ({
      id: row.id,
      version: num(row.version),
      ...(row.lrn ? { lrn: row.lrn } : {}),
      issueDate: row.issue_date,
      office: row.office,
      source: row.source,
      status: row.status,
      qualityScore: num(row.quality_score),
      hsCodes: row.hs_codes === '' ? [] : row.hs_codes.split(','),
      origins: origins.get(row.id) ?? [],
      lane: row.lane ?? 'unscored',
    })),
  };
}

async function originsOf(runner: SqlRunner, ids: readonly string[]): Promise<Map<string, string[]>> {
  const params = new SqlParams(runner.dialect);
  const rows = await runner.all<{ id: string; origin: string }>(
    `SELECT id, origin FROM analytics_origins WHERE id IN ${params.list(ids)} ORDER BY id, origin`,
    params.values,
  );
  const origins = new Map<string, string[]>();
  for (const row of rows) origins.set(row.id, [...(origins.get(row.id) ?? []), row.origin]);
  return origins;
}
