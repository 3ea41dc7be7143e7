import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** The built single-page app (`npm run build:web`). */
export const WEB_DIST = fileURLToPath(new URL('../../../web/dist/', import.meta.url));

/** Route groups the dashboard shows when the server has them (others land in parallel). */
const CAPABILITIES = {
  riskQueue: ['GET', '/v1/risk/queue'],
  inspectionResult: ['POST', '/v1/declarations/:id/inspection-result'],
  riskModels: ['GET', '/v1/risk/models'],
  riskPerformance: ['GET', '/v1/risk/performance'],
  exchange: ['GET', '/v1/exchange/keys'],
  exchangeMonitor: ['GET', '/v1/exchange/monitor'],
  verification: ['GET', '/v1/verify/findings'],
  routing: ['GET', '/v1/exchange/declarations/:id/routing'],
} as const;

/**
 * Serves web/dist with an index.html fallback for client routes, and tells the app which
 * optional route groups exist (`GET /v1/dashboard/capabilities`), so that views of absent
 * groups stay hidden.
 */
export async function dashboardStaticRoutes(app: FastifyInstance, options: { root?: string } = {}): Promise<void> {
  const root = options.root ?? WEB_DIST;
  app.get(
    '/v1/dashboard/capabilities',
    { schema: { tags: ['dashboard'], summary: 'Optional route groups this server has' } },
    () =>
      Object.fromEntries(
        Object.entries(CAPABILITIES).map(([name, [method, url]]) => [name, app.hasRoute({ method, url })]),
      ),
  );
  if (!existsSync(`${root}/index.html`)) {
    app.get('/', (_request, reply) =>
      reply
        .type('text/html; charset=utf-8')
        .send(
          '<!doctype html><title>Tamga</title><p>The dashboard is not built. Run <code>npm run build:web</code> (or <code>npm start</code>, which builds it) and reload. The API is at <a href="/docs">/docs</a>.</p>',
        ),
    );
    return;
  }
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    index: false,
    // Vite names assets by content hash: they never change under their name.
    immutable: true,
    maxAge: '365d',
  });
  const spa = (_request: FastifyRequest, reply: FastifyReply) =>
    reply.sendFile('index.html', { maxAge: 0, immutable: false });
  app.get('/', spa);
  for (const route of [
    '/overview',
    '/queue',
    '/quality',
    '/model',
    '/shared',
    '/shared/*',
    '/declarations/*',
    '/sign-in',
    '/exchange',
    '/verification',
    '/users',
    '/account',
  ]) {
    app.get(route, spa);
  }
}
