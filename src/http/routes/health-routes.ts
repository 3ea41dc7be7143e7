import type { FastifyInstance } from 'fastify';
import type { TamgaServices } from '../../app/tamga-services.js';

export function healthRoutes(app: FastifyInstance, services: TamgaServices): void {
  app.get(
    '/health',
    { schema: { summary: 'Liveness and store reachability', tags: ['health'] } },
    async (_request, reply) => {
      try {
        const declarations = await services.store.count();
        return { status: 'ok', store: services.storeKind, declarations };
      } catch (error) {
        return reply.status(503).send({ status: 'unavailable', store: services.storeKind, error: String(error) });
      }
    },
  );
}
