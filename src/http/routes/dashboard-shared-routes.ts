import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { memberAgreements, projectForAgency, type AgreementSource } from '../../auth/agency-projection.js';
import type { AnalyticsStore } from '../../core/ports/analytics-store.js';
import type { DeclarationStore } from '../../core/ports/declaration-store.js';
import { userOf } from './dashboard-auth-routes.js';

export interface SharedRoutesOptions {
  store: DeclarationStore;
  analytics: AnalyticsStore;
  agreements: AgreementSource;
  now?: () => Date;
}

/**
 * `GET /v1/shared/...`: what an agency user may see, through its member's agreements (the
 * exchange's projection: only the goods in scope, only the fields allowed). Nothing else.
 */
export function dashboardSharedRoutes(app: FastifyInstance, options: SharedRoutesOptions): void {
  const now = options.now ?? (() => new Date());
  const tags = ['dashboard'];
  app.get(
    '/v1/shared/agreements',
    { schema: { tags, summary: "The agreements in force for the agency user's member" } },
    async (request) => {
      const agreements = await memberAgreements(options.agreements, userOf(request)!.memberId ?? '', now());
      return {
        agreements: agreements.map(({ id, version, title, purpose, legalBasis, fields, scope }) => ({
          id,
          version,
          title,
          purpose,
          legalBasis,
          fields,
          scope,
        })),
      };
    },
  );
  app.get(
    '/v1/shared/declarations',
    {
      schema: {
        tags,
        summary: "Declarations in the scope of the member's agreements (HS prefixes), newest first",
        querystring: Type.Object({
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
          offset: Type.Optional(Type.Integer({ minimum: 0 })),
        }),
      },
    },
    async (request) => {
      const agreements = await memberAgreements(options.agreements, userOf(request)!.memberId ?? '', now());
      const prefixes = agreements.flatMap((agreement) => agreement.scope.hsPrefixes ?? []);
      const everything = agreements.some((agreement) => !agreement.scope.hsPrefixes);
      if (agreements.length === 0) return { items: [], total: 0 };
      const { limit = 50, offset = 0 } = request.query as { limit?: number; offset?: number };
      const page = await options.analytics.declarations({
        ...(everything ? {} : { hsPrefixes: prefixes }),
        limit,
        offset,
      });
      return {
        total: page.total,
        // The list shows no declared field beyond the goods codes that put it in scope: the rest is per agreement.
        items: page.items.map(({ id, issueDate, hsCodes }) => ({
          id,
          issueDate,
          hsCodes: hsCodes.filter((code) => everything || prefixes.some((prefix) => code.startsWith(prefix))),
        })),
      };
    },
  );
  app.get(
    '/v1/shared/declarations/:id',
    {
      schema: {
        tags,
        summary: 'A declaration projected by each agreement that covers it',
        params: Type.Object({ id: Type.String({ maxLength: 64 }) }),
      },
    },
    async (request, reply) => {
      const { id } = request.params as { id: string };
      const record = await options.store.get(id);
      const agreements = await memberAgreements(options.agreements, userOf(request)!.memberId ?? '', now());
      const projections =
        record && record.status === 'accepted' ? projectForAgency(record.declaration, agreements) : [];
      if (projections.length === 0) {
        return reply
          .status(404)
          .send({ error: { code: 'not-found', message: `No declaration ${id} is shared with your agency.` } });
      }
      return { id, projections };
    },
  );
}
