import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import type { TamgaServices } from '../app/tamga-services.js';
import { isTamgaError } from '../core/tamga-error.js';
import { statusForErrorCode } from './error-status.js';
import { declarationRoutes } from './routes/declaration-routes.js';
import { healthRoutes } from './routes/health-routes.js';
import { messageRoutes } from './routes/message-routes.js';
import { referenceRoutes } from './routes/reference-routes.js';

export interface HttpAppOptions {
  services: TamgaServices;
  /** Largest accepted request body in bytes (default 32 MiB). */
  bodyLimit?: number;
  logger?: boolean;
  /** Include stacks in 500 answers (development only). */
  exposeStacks?: boolean;
  /** Extra route plugins (exchange, risk, dashboard) registered by the composition root. */
  plugins?: Array<(app: FastifyInstance) => void | Promise<void>>;
}

/** Bodies are taken as bytes whatever their type: decoders detect the format and keep the raw message. */
const RAW_MEDIA_TYPES = [
  'application/json',
  'application/xml',
  'text/xml',
  'text/csv',
  'text/plain',
  'application/edifact',
  'application/x-ndjson',
  'application/octet-stream',
];

export async function createHttpApp(options: HttpAppOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: options.bodyLimit ?? 32 * 1024 * 1024 });
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(RAW_MEDIA_TYPES, { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
  app.setErrorHandler((error: FastifyError, _request, reply) => {
    const answer = errorAnswer(error, options.exposeStacks ?? false);
    if (answer.statusCode >= 500) app.log.error(error);
    return reply.status(answer.statusCode).send(answer.body);
  });
  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send({
      error: { code: 'not-found', message: `No route ${request.method} ${request.url}. See /docs for the API.` },
    }),
  );
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Tamga customs data hub API',
        version: '1',
        description: 'Receive, refine, store and read customs declarations aligned with the WCO Data Model 3.6.',
      },
      tags: [{ name: 'declarations' }, { name: 'reference' }, { name: 'health' }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  app.get('/openapi.json', { schema: { hide: true } }, () => app.swagger());
  declarationRoutes(app, options.services);
  messageRoutes(app, options.services);
  referenceRoutes(app, options.services);
  healthRoutes(app, options.services);
  for (const plugin of options.plugins ?? []) await plugin(app);
  return app;
}

function errorAnswer(error: FastifyError, exposeStacks: boolean) {
  if (isTamgaError(error)) {
    return {
      statusCode: statusForErrorCode[error.code],
      body: {
        error: { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) },
      },
    };
  }
  if (error.validation) {
    const where = error.validationContext ?? 'request';
    const message = error.validation
      .map((issue) => `${where}${issue.instancePath || ''} ${issue.message ?? 'is invalid'}`.trim())
      .join('; ');
    return { statusCode: 400, body: { error: { code: 'bad-request', message } } };
  }
  if (error.statusCode === 413 || error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return {
      statusCode: 413,
      body: {
        error: { code: 'payload-too-large', message: `${error.message}. Split the batch into smaller requests.` },
      },
    };
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return { statusCode: error.statusCode, body: { error: { code: 'bad-request', message: error.message } } };
  }
  return {
    statusCode: 500,
    body: {
      error: {
        code: 'internal',
        message: 'Something went wrong on our side; the request was not processed. Try again or report it.',
        ...(exposeStacks ? { details: { stack: error.stack } } : {}),
      },
    },
  };
}
