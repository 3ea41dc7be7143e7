import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { TamgaServices } from '../../app/tamga-services.js';
import type { VerificationCode } from '../../core/verification/verification-finding.js';
import { TamgaError } from '../../core/tamga-error.js';
import { parseJsonText } from '../../formats/json/json-text.js';
import { jsonErrorPosition } from '../json-error-position.js';
import { isStoreError } from '../../store/store-error.js';
import { verifyManifestsWithStores, verifyTransitWithStores } from '../../verification/verify-cargo-with-stores.js';
import {
  verifyManifestsHandler,
  verifyMirrorHandler,
  verifyPartnersHandler,
  verifyTransitHandler,
  type HandlerReply,
} from '../../verification/verify-handlers.js';
import { FromStoreBody, ManifestsBody, MirrorBody, PartnersBody, TransitBody } from './verify-schemas.js';

/** The app takes bodies as bytes: parse them here, and say where JSON or the shape is wrong. */
function body<S extends TSchema>(request: FastifyRequest, schema: S): Static<S> {
  const text = request.body instanceof Buffer ? request.body.toString('utf8') : '';
  if (text.trim() === '') throw new TamgaError('malformed-input', 'The body is empty: send a JSON object.');
  const parsed = parseJsonText(text);
  if (!parsed.ok) {
    const { line, column } = parsed.line === undefined ? jsonErrorPosition(text) : parsed;
    const reason = parsed.reason.replace(/, (\.\.\.)?"[\s\S]*" is not valid JSON$/, '');
    throw new TamgaError('malformed-input', `The body is not JSON at line ${line}, column ${column}: ${reason}.`);
  }
  const problems = [...Value.Errors(schema, parsed.value)].slice(0, 3);
  if (problems.length > 0) {
    const detail = problems.map((p) => `body${p.path || ''}: ${p.message}`).join('; ');
    throw new TamgaError('malformed-input', detail);
  }
  return parsed.value;
}

const fromStore = (request: FastifyRequest) =>
  request.body instanceof Buffer && /"fromStore"\s*:\s*true/.test(request.body.toString('utf8'));

function send(reply: FastifyReply, answer: HandlerReply) {
  if (answer.status === 400) {
    throw new TamgaError('malformed-input', (answer.body as { message: string }).message);
  }
  return reply.status(answer.status).send(answer.body);
}

const today = () => new Date().toISOString().slice(0, 10);

/** Every code, once: a `Record` so that a new code cannot be left out of the query schema. */
const CODES: Record<VerificationCode, true> = {
  'undeclared-cargo': true,
  'declaration-without-cargo': true,
  'manifest-mass-difference': true,
  'manifest-package-difference': true,
  'transit-overdue': true,
  'transit-arrived-late': true,
  'transit-seal-mismatch': true,
  'transit-seals-broken': true,
  'transit-mass-difference': true,
  'transit-package-difference': true,
  'transit-destination-changed': true,
  'transit-unloading-not-conform': true,
  'transit-control-not-satisfactory': true,
  'partner-value-gap': true,
  'partner-mass-gap': true,
  'partner-hs-differs-6': true,
  'partner-hs-differs-4': true,
  'partner-export-unmatched': true,
  'import-without-partner-export': true,
  'mirror-gap': true,
};

const FindingsQuery = Type.Object({
  declaration: Type.Optional(Type.String({ minLength: 1, description: 'Declaration id' })),
  code: Type.Optional(Type.Union(Object.keys(CODES).map((code) => Type.Literal(code as VerificationCode)))),
  check: Type.Optional(
    Type.Union([Type.Literal('manifest'), Type.Literal('transit'), Type.Literal('partner'), Type.Literal('mirror')]),
  ),
  cursor: Type.Optional(Type.String()),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 100 })),
});

/**
 * `POST /v1/verify/{partners,manifests,transit,mirror}` on data in the body (nothing recorded), or, for
 * manifests and transit, `{ "fromStore": true }` on the stored messages and declarations (findings
 * recorded); `GET /v1/verify/findings` for the verification view, ranked by value at stake.
 */
export function verifyRoutes(services: TamgaServices): (app: FastifyInstance) => Promise<void> {
  return (app) => {
    const schema = (summary: string) => ({ schema: { summary, tags: ['verification'] } });
    app.post('/v1/verify/partners', schema('Match partner exports to our imports'), (request, reply) =>
      send(reply, verifyPartnersHandler(body(request, PartnersBody))),
    );
    app.post('/v1/verify/mirror', schema('Mirror statistics: our imports against partner exports'), (request, reply) =>
      send(reply, verifyMirrorHandler(body(request, MirrorBody))),
    );
    app.post('/v1/verify/manifests', schema('Cargo reports against declarations'), async (request, reply) => {
      if (!fromStore(request)) return send(reply, verifyManifestsHandler(body(request, ManifestsBody)));
      const { options, now } = body(request, FromStoreBody);
      const result = await verifyManifestsWithStores(services, {
        ...options,
        now: now ?? today(),
        source: 'api:verify manifests',
      });
      return reply.send({ inputs: result.inputs, recorded: result.recorded, ...result.data });
    });
    app.post('/v1/verify/transit', schema('Transit control over movements'), async (request, reply) => {
      if (!fromStore(request)) return send(reply, verifyTransitHandler(body(request, TransitBody)));
      const { options, now } = body(request, FromStoreBody);
      const result = await verifyTransitWithStores(services, {
        ...options,
        now: now ?? today(),
        source: 'api:verify transit',
      });
      return reply.send({ inputs: result.inputs, recorded: result.recorded, ...result.data });
    });
    app.get(
      '/v1/verify/findings',
      {
        schema: {
          summary: 'Stored verification findings, ranked by value at stake (the verification view)',
          tags: ['verification'],
          querystring: FindingsQuery,
        },
      },
      async (request) => {
        const q = request.query as Static<typeof FindingsQuery>;
        try {
          const page = await services.verificationFindings.query({
            ...(q.declaration ? { declarationId: q.declaration } : {}),
            ...(q.code ? { code: q.code } : {}),
            ...(q.check ? { check: q.check } : {}),
            ...(q.cursor ? { cursor: q.cursor } : {}),
            ...(q.limit ? { limit: q.limit } : {}),
          });
          return {
            items: page.items.map(({ finding, ...stored }) => ({ ...finding, ...stored })),
            ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
          };
        } catch (error) {
          if (isStoreError(error) && error.code === 'invalid-query') throw new TamgaError('bad-request', error.message);
          throw error;
        }
      },
    );
    return Promise.resolve();
  };
}
