import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { TamgaServices } from '../../app/tamga-services.js';
import { STORED_MESSAGE_TYPES, type MessageQuery, type StoredMessage } from '../../core/ports/message-store.js';
import { TamgaError } from '../../core/tamga-error.js';
import { isStoreError } from '../../store/store-error.js';

const ListQuery = Type.Object({
  type: Type.Optional(
    Type.Union(
      STORED_MESSAGE_TYPES.map((type) => Type.Literal(type)),
      { description: 'Message type' },
    ),
  ),
  mrn: Type.Optional(Type.String({ minLength: 1, description: 'Movement reference number the message carries' })),
  lrn: Type.Optional(Type.String({ minLength: 1, description: 'Local reference number the message carries' })),
  document: Type.Optional(
    Type.String({ minLength: 1, description: 'Transport document number (bill of lading, air waybill...)' }),
  ),
  container: Type.Optional(Type.String({ minLength: 1, description: 'Container number' })),
  cursor: Type.Optional(Type.String()),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 100 })),
});

const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });

/** A listing shows what identifies a message; its decoded body is at its own address. */
function listed(message: StoredMessage) {
  const { body: _body, warnings, ...rest } = message;
  return { ...rest, warnings: warnings.length, href: `/v1/messages/${message.id}` };
}

/** Bad cursors and limits are the caller's mistake, not ours. */
async function answering<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isStoreError(error) && error.code === 'invalid-query') throw new TamgaError('bad-request', error.message);
    throw error;
  }
}

/** `GET /v1/messages...`: the notifications, ENS, transit messages and cargo reports received. */
export function messageRoutes(app: FastifyInstance, services: Pick<TamgaServices, 'messages'>): void {
  app.get(
    '/v1/messages',
    {
      schema: {
        summary: 'List received messages other than declarations, oldest first, with cursor pagination',
        description:
          'DMS notifications, EU ICS entry summaries and answers, NCTS transit messages and CUSCAR cargo reports, ' +
          'as received (POST /v1/declarations or tamga ingest). Filters combine.',
        tags: ['messages'],
        querystring: ListQuery,
      },
    },
    async (request) => {
      const query = request.query as MessageQuery;
      const page = await answering(() => services.messages.query(query));
      return { items: page.items.map(listed), ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
    },
  );

  app.get(
    '/v1/messages/:id',
    {
      schema: {
        summary: 'One received message: identifiers, lineage, warnings and the decoded message',
        tags: ['messages'],
        params: IdParams,
      },
    },
    async (request) => {
      const { id } = request.params as { id: string };
      const message = await services.messages.get(id);
      if (!message) throw notFound(id);
      return { ...message, raw: `/v1/messages/${id}/raw` };
    },
  );

  app.get(
    '/v1/messages/:id/raw',
    {
      schema: { summary: 'The raw message, byte for byte', tags: ['messages'], params: IdParams },
    },
    async (request, reply) => {
      const { id } = request.params as { id: string };
      const raw = await services.messages.raw(id);
      if (!raw) throw notFound(id);
      return reply
        .header('content-type', raw.mediaType)
        .header('x-content-sha256', raw.sha256)
        .send(Buffer.from(raw.body));
    },
  );
}

function notFound(id: string): TamgaError {
  return new TamgaError('not-found', `No message ${id}. List messages with GET /v1/messages.`);
}
