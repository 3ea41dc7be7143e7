import { Type } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ExchangeHub } from '../hub/exchange-hub.js';
import { REJECTION_STATUS } from './rejection-status.js';

export interface ExchangeRoutesOptions {
  hub: ExchangeHub;
  /** Largest message body accepted; default 1 MiB. */
  bodyLimit?: number;
}

const AckBody = Type.Object(
  { messageIds: Type.Array(Type.String({ minLength: 1, maxLength: 128 }), { minItems: 1, maxItems: 1000 }) },
  { additionalProperties: false },
);
const InboxQuery = Type.Object({
  cursor: Type.Optional(Type.String({ pattern: '^[0-9]{1,18}$' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
});

/**
 * The exchange endpoints, as a Fastify plugin: `app.register(exchangeRoutes, { hub })`.
 * Members authenticate with `Authorization: Bearer tmg_...`; each sees only its own inbox.
 *
 * - `GET  /v1/exchange/keys`: the hub's public keys (JWKS), to verify what the hub sends
 * - `GET  /v1/exchange/inbox?cursor=&limit=`: pending signed messages, oldest first
 * - `POST /v1/exchange/inbox/ack`: `{ "messageIds": [...] }`
 * - `POST /v1/exchange/messages`: a signed message to the hub (`application/jose` compact JWS,
 *   or `application/jose+json` / `application/json` flattened JWS); 202, or the rejection code
 * - `GET  /v1/exchange/members/me`: the authenticated member
 */
export async function exchangeRoutes(app: FastifyInstance, options: ExchangeRoutesOptions): Promise<void> {
  const { hub } = options;
  const members = new WeakMap<FastifyRequest, string>();
  const memberOf = (request: FastifyRequest): string => members.get(request)!;
  const authenticate = async (request: FastifyRequest, reply: FastifyReply) => {
    const header = request.headers.authorization;
    const result = header ? await hub.authenticate(header) : undefined;
    if (result?.status !== 'authenticated') {
      return reply
        .code(401)
        .header('www-authenticate', 'Bearer realm="tamga-exchange"')
        .send({
          code: 'unauthenticated',
          message: header ? 'the API key is not valid' : 'send Authorization: Bearer <API key>',
        });
    }
    members.set(request, result.memberId);
    return undefined;
  };

  app.get('/v1/exchange/keys', async () => {
    const keys = await hub.hubKeys();
    return {
      keys: keys.map((key) => ({
        kty: 'OKP',
        crv: 'Ed25519',
        use: 'sig',
        alg: 'EdDSA',
        kid: key.kid,
        x: key.publicKey,
        validFrom: key.validFrom,
        validUntil: key.validUntil,
        revokedAt: key.revokedAt,
      })),
    };
  });

  app.get('/v1/exchange/inbox', { schema: { querystring: InboxQuery }, preHandler: authenticate }, async (request) => {
    const query = request.query as { cursor?: string; limit?: number };
    const page = await hub.pullInbox(memberOf(request), query);
    return {
      messages: page.messages.map((item) => ({
        cursor: String(item.cursor),
        messageId: item.messageId,
        type: item.type,
        recordedAt: item.recordedAt,
        jws: item.jws,
      })),
      nextCursor: page.nextCursor,
    };
  });

  // Checked strictly here: Fastify's validator would coerce `"messageIds": "x"` into `["x"]`.
  app.post('/v1/exchange/inbox/ack', { preHandler: authenticate }, async (request, reply) => {
    if (!Value.Check(AckBody, request.body)) {
      const first = Value.Errors(AckBody, request.body).First();
      return reply.code(400).send({
        code: 'invalid-request',
        message: `body${first?.path ?? ''}: ${first?.message ?? 'expected { "messageIds": [...] }'}`,
      });
    }
    return hub.ackInbox(memberOf(request), request.body.messageIds);
  });

  app.get('/v1/exchange/members/me', { preHandler: authenticate }, async (request, reply) => {
    const { members: all } = await hub.context.registry.snapshot();
    const member = all.find((candidate) => candidate.id === memberOf(request));
    return member
      ? {
          ...member,
          keys: member.keys.map(({ kid, publicKey, validFrom, validUntil, revokedAt }) => ({
            kid,
            publicKey,
            validFrom,
            validUntil,
            revokedAt,
          })),
        }
      : reply.code(404).send({ code: 'not-found', message: 'member not found' });
  });

  await app.register((messages, _options, done) => {
    messages.removeAllContentTypeParsers();
    messages.addContentTypeParser(
      '*',
      { parseAs: 'string', bodyLimit: options.bodyLimit ?? 1_048_576 },
      (_request, body, done) => done(null, body),
    );
    messages.post('/v1/exchange/messages', { preHandler: authenticate }, async (request, reply) => {
      const result = await hub.receive({ input: request.body ?? '', authenticatedMemberId: memberOf(request) });
      if (result.status === 'accepted')
        return reply.code(202).send({ status: 'accepted', messageId: result.messageId, logSeq: result.logSeq });
      return reply.code(REJECTION_STATUS[result.code]).send({
        status: 'rejected',
        code: result.code,
        message: result.message,
        messageId: result.messageId,
        logSeq: result.logSeq,
      });
    });
    done();
  });
}
