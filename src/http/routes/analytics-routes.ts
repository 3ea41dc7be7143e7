import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AnalyticsFilter, AnalyticsStore, FilerRole } from '../../core/ports/analytics-store.js';
import type { ReferenceData } from '../../core/reference/reference-data.js';

export interface AnalyticsRoutesOptions {
  analytics: AnalyticsStore;
  reference: ReferenceData;
}

const DATE = { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' } as const;
const Filter = Type.Object({
  from: Type.Optional(
    Type.String({ ...DATE, description: 'Declaration date from (inclusive); default the first date held' }),
  ),
  to: Type.Optional(
    Type.String({ ...DATE, description: 'Declaration date to (inclusive); default the last date held' }),
  ),
  office: Type.Optional(Type.String({ maxLength: 17, description: 'Declaration office (WCO 065)' })),
  source: Type.Optional(Type.String({ maxLength: 512, description: 'Lineage source, exact' })),
});
const QualityQuery = Type.Composite([
  Filter,
  Type.Object({
    filer: Type.Optional(Type.Union([Type.Literal('declarant'), Type.Literal('importer')])),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
  }),
]);
const ListQuery = Type.Composite([
  Filter,
  Type.Object({
    hs: Type.Optional(
      Type.String({ pattern: '^[0-9]{2,6}(,[0-9]{2,6})*$', description: 'HS prefixes, comma-separated' }),
    ),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
    offset: Type.Optional(Type.Integer({ minimum: 0 })),
  }),
]);

const filterOf = (query: Record<string, unknown>): AnalyticsFilter => {
  const filter: AnalyticsFilter = {};
  for (const key of ['from', 'to', 'office', 'source'] as const) {
    const value = query[key];
    if (typeof value === 'string' && value !== '') filter[key] = value;
  }
  return filter;
};

/** `GET /v1/analytics/...`: the aggregates behind the Overview, Data quality and declaration list views. */
export function analyticsRoutes(app: FastifyInstance, options: AnalyticsRoutesOptions): void {
  const { analytics, reference } = options;
  const tags = ['analytics'];
  app.get(
    '/v1/analytics/meta',
    { schema: { tags, summary: 'Date range, offices and sources held (for filters)' } },
    () => analytics.meta(),
  );
  app.get(
    '/v1/analytics/overview',
    {
      schema: {
        tags,
        querystring: Filter,
        summary: 'Declarations per day, lanes, hit rates, revenue, top chapters and origins, quality trend',
      },
    },
    async (request) => {
      const overview = await analytics.overview(filterOf(request.query as Record<string, unknown>));
      return {
        ...overview,
        topChapters: overview.topChapters.map((row) => ({
          ...row,
          label: chapterLabel(reference, row.code, overview.filter.to),
        })),
        topOrigins: overview.topOrigins.map((row) => ({ ...row, label: reference.countries.name(row.code) })),
      };
    },
  );
  app.get(
    '/v1/analytics/quality',
    {
      schema: {
        tags,
        querystring: QualityQuery,
        summary: 'Quality per source, per filer, e-commerce and occasional filers',
      },
    },
    (request) => {
      const query = request.query as Record<string, unknown>;
      return analytics.quality({
        ...filterOf(query),
        filerRole: (query.filer as FilerRole | undefined) ?? 'declarant',
        ...(typeof query.limit === 'number' ? { limit: query.limit } : {}),
      });
    },
  );
  app.get(
    '/v1/analytics/declarations',
    { schema: { tags, querystring: ListQuery, summary: 'Latest declarations in the filter, newest first' } },
    (request) => {
      const query = request.query as Record<string, unknown>;
      return analytics.declarations({
        ...filterOf(query),
        ...(typeof query.hs === 'string' ? { hsPrefixes: query.hs.split(',') } : {}),
        ...(typeof query.limit === 'number' ? { limit: query.limit } : {}),
        ...(typeof query.offset === 'number' ? { offset: query.offset } : {}),
      });
    },
  );
}

function chapterLabel(reference: ReferenceData, chapter: string, date: string): string | undefined {
  return reference.hs.describe(chapter, date >= '2022-01-01' ? 'HS2022' : 'HS2017');
}
