import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { DeclarationQuery } from '../../core/ports/declaration-store.js';
import { TamgaError } from '../../core/tamga-error.js';
import type { TamgaServices } from '../../app/tamga-services.js';
import { answerInKind, wantsAnswerInKind } from './answer-in-kind.js';
import { answerSubmission } from './submission-answer.js';
import { ErrorSchema, IngestAnswerSchema } from './http-schemas.js';

const ListQuery = Type.Object({
  lrn: Type.Optional(Type.String({ description: 'Functional reference (LRN, WCO D026)' })),
  mrn: Type.Optional(Type.String({ description: 'Movement reference number (WCO D014)' })),
  importer: Type.Optional(Type.String({ description: 'Importer identifier (WCO R038)' })),
  declarant: Type.Optional(Type.String({ description: 'Declarant identifier (WCO R123)' })),
  hs: Type.Optional(Type.String({ pattern: '^[0-9]{2,10}$', description: 'Commodity code prefix, e.g. 8517' })),
  from: Type.Optional(Type.String({ format: 'date', description: 'Declaration date from (inclusive)' })),
  to: Type.Optional(Type.String({ format: 'date', description: 'Declaration date to (inclusive)' })),
  status: Type.Optional(Type.Union([Type.Literal('accepted'), Type.Literal('rejected')])),
  source: Type.Optional(Type.String({ description: 'Prefix of the lineage source, e.g. api or file:' })),
  cursor: Type.Optional(Type.String()),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 100 })),
});

const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });
const VersionQuery = Type.Object({ version: Type.Optional(Type.Integer({ minimum: 1 })) });
const SubmitQuery = Type.Object({
  mapping: Type.Optional(
    Type.String({ description: 'CSV column mapping name (detected from the header when absent)' }),
  ),
});

/** `POST/GET /v1/declarations...`: submit in any supported format, read back with versions and raw message. */
export function declarationRoutes(app: FastifyInstance, services: TamgaServices): void {
  app.post(
    '/v1/declarations',
    {
      schema: {
        summary: 'Submit declarations (JSON, WCO XML, CSV or EDIFACT; one or a batch)',
        description:
          'The format is detected from the content; Content-Type is a hint. Each declaration is validated and ' +
          'stored (rejected ones too, for the record). A single accepted declaration answers 201, a duplicate 200, ' +
          'a rejected one 422 with its findings; input that cannot be decoded answers 400 with a pointer to the ' +
          'offending line, column or element. A batch answers 200 with one result per declaration.',
        tags: ['declarations'],
        querystring: SubmitQuery,
        consumes: ['application/json', 'application/xml', 'text/csv', 'application/edifact'],
        response: {
          200: IngestAnswerSchema,
          201: IngestAnswerSchema,
          400: Type.Union([IngestAnswerSchema, ErrorSchema]),
          422: IngestAnswerSchema,
        },
      },
    },
    async (request, reply) => {
      const body = request.body;
      if (!(body instanceof Buffer) || body.length === 0) {
        throw new TamgaError(
          'malformed-input',
          'The request body is empty: send a declaration (JSON, XML, CSV or EDIFACT).',
        );
      }
      const { mapping } = request.query as { mapping?: string };
      const report = await services.ingestBytes(body, {
        source: 'api',
        ...(request.headers['content-type'] ? { mediaType: request.headers['content-type'] } : {}),
        ...(mapping ? { mapping } : {}),
      });
      const answer = answerSubmission(report);
      const inKind = wantsAnswerInKind(body, request.headers.accept ? { accept: request.headers.accept } : {});
      if (inKind) {
        const text = answerInKind({ format: inKind, body, report, services, now: new Date() });
        return reply
          .status(answer.statusCode)
          .type(text.contentType)
          .serializer((value) => value as string)
          .send(text.body);
      }
      return reply.status(answer.statusCode).send(answer.body);
    },
  );

  app.get(
    '/v1/declarations',
    {
      schema: {
        summary: 'List declarations (latest versions), newest first, with cursor pagination',
        tags: ['declarations'],
        querystring: ListQuery,
      },
    },
    async (request) => {
      const q = request.query as Record<string, string | number | undefined>;
      const query: DeclarationQuery = {};
      const mapping: Record<string, keyof DeclarationQuery> = {
        lrn: 'lrn',
        mrn: 'mrn',
        importer: 'importerId',
        declarant: 'declarantId',
        hs: 'hsPrefix',
        from: 'dateFrom',
        to: 'dateTo',
        status: 'status',
        source: 'source',
        cursor: 'cursor',
        limit: 'limit',
      };
      for (const [param, field] of Object.entries(mapping)) {
        if (q[param] !== undefined) (query as Record<string, unknown>)[field] = q[param];
      }
      return services.store.query(query);
    },
  );

  app.get(
    '/v1/declarations/:id',
    {
      schema: {
        summary:
          'One declaration: the requested (default latest) version, the list of all versions and the verification findings on it',
        tags: ['declarations'],
        params: IdParams,
        querystring: VersionQuery,
      },
    },
    async (request) => {
      const { id } = request.params as { id: string };
      const { version } = request.query as { version?: number };
      const versions = await services.store.versions(id);
      const record = version === undefined ? versions.at(-1) : versions.find((item) => item.version === version);
      if (!record) throw notFound(id, version);
      const verification = await services.verificationFindings.forDeclaration(id);
      return {
        ...record,
        verificationFindings: verification.map(({ finding, valueAtStake, source, recordedAt }) => ({
          ...finding,
          valueAtStake,
          source,
          recordedAt,
        })),
        versions: versions.map((item) => ({
          version: item.version,
          storedAt: item.storedAt,
          functionCode: item.declaration.functionCode,
          typeCode: item.declaration.typeCode,
          status: item.status,
          contentHash: item.contentHash,
        })),
      };
    },
  );

  app.get(
    '/v1/declarations/:id/raw',
    {
      schema: {
        summary: 'The raw message the declaration (version) was decoded from, byte for byte',
        tags: ['declarations'],
        params: IdParams,
        querystring: VersionQuery,
      },
    },
    async (request, reply) => {
      const { id } = request.params as { id: string };
      const { version } = request.query as { version?: number };
      const record = await services.store.get(id, version);
      if (!record) throw notFound(id, version);
      const raw = await services.store.raw(record.lineage.rawSha256);
      if (!raw) throw new TamgaError('not-found', `The raw message ${record.lineage.rawSha256} of ${id} is missing.`);
      return reply
        .header('content-type', raw.mediaType)
        .header('x-content-sha256', raw.sha256)
        .send(Buffer.from(raw.body));
    },
  );
}

function notFound(id: string, version?: number): TamgaError {
  const which = version === undefined ? id : `${id} version ${version}`;
  return new TamgaError('not-found', `No declaration ${which}. List declarations with GET /v1/declarations.`);
}
