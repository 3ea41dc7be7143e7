import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { TamgaServices } from '../../app/tamga-services.js';
import { hsVersionFor, isHsVersion, type HsVersion } from '../../core/reference/hs-version.js';
import { TamgaError } from '../../core/tamga-error.js';

const HsParams = Type.Object({ code: Type.String({ minLength: 1, maxLength: 20 }) });
const HsQuery = Type.Object({
  date: Type.Optional(Type.String({ format: 'date', description: 'Declaration date: picks the HS edition in force' })),
  version: Type.Optional(Type.String({ description: 'HS2017 or HS2022 (instead of date)' })),
  description: Type.Optional(Type.String({ maxLength: 512, description: 'Goods description, to rank suggestions' })),
});

/** `GET /v1/reference/hs/:code`: is the code valid, what it means, its parents, and better codes if not. */
export function referenceRoutes(app: FastifyInstance, services: TamgaServices): void {
  app.get(
    '/v1/reference/hs/:code',
    {
      schema: {
        summary: 'Look up a commodity code in the HS edition in force (HS 2017 until 2021, HS 2022 from 2022)',
        tags: ['reference'],
        params: HsParams,
        querystring: HsQuery,
      },
    },
    (request) => {
      const { code } = request.params as { code: string };
      const query = request.query as { date?: string; version?: string; description?: string };
      const version = editionFor(query);
      const hs = services.reference.hs;
      const entry = hs.lookup(code, version);
      const valid = hs.isValid(code, version);
      return {
        code,
        version,
        valid,
        ...(entry ? { description: entry.description, level: entry.level, section: entry.section } : {}),
        parents: hs
          .parents(code, version)
          .map(({ code: parent, description, level }) => ({ code: parent, description, level })),
        children: entry
          ? hs.childrenOf(code, version).map((child) => ({ code: child, description: hs.describe(child, version) }))
          : [],
        suggestions: valid
          ? []
          : hs.suggest({ code, version, ...(query.description ? { goodsDescription: query.description } : {}) }),
      };
    },
  );
}

function editionFor(query: { date?: string; version?: string }): HsVersion {
  if (query.version !== undefined) {
    if (isHsVersion(query.version)) return query.version;
    throw new TamgaError(
      'bad-request',
      `version "${query.version}" is not an HS edition Tamga knows: use HS2017 or HS2022.`,
    );
  }
  const date = query.date ?? new Date().toISOString().slice(0, 10);
  const version = hsVersionFor(date);
  if (!version)
    throw new TamgaError(
      'bad-request',
      `No HS edition bundled for ${date}: HS 2017 covers 2017-2021, HS 2022 from 2022.`,
    );
  return version;
}
