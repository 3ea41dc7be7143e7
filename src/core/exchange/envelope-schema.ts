import { Type } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import type { Envelope } from './envelope.js';
import { MESSAGE_TYPES } from './message-type.js';
import { reject, type Rejection } from './rejection.js';

const Id = Type.String({ minLength: 1, maxLength: 128 });
const Instant = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?Z$' });

/** The claims every message carries (see envelope.ts); unknown claims are refused. */
export const EnvelopeSchema = Type.Object(
  {
    id: Id,
    correlationId: Id,
    inReplyTo: Type.Optional(Id),
    sender: Id,
    recipient: Id,
    purpose: Type.String({ minLength: 1, maxLength: 64 }),
    agreement: Type.Object({ id: Id, version: Type.Integer({ minimum: 1 }) }, { additionalProperties: false }),
    type: Type.Union(MESSAGE_TYPES.map((type) => Type.Literal(type))),
    issuedAt: Instant,
    expiresAt: Instant,
    subject: Type.Optional(
      Type.Object({ declarationId: Id, version: Type.Integer({ minimum: 1 }) }, { additionalProperties: false }),
    ),
    body: Type.Object({}),
  },
  { additionalProperties: false },
);

/** Reads the claims of a parsed payload, naming the first claim that is wrong. */
export function readEnvelope(payload: Record<string, unknown>): Envelope | Rejection {
  if (Value.Check(EnvelopeSchema, payload)) {
    const envelope = payload;
    if (Number.isNaN(Date.parse(envelope.issuedAt)) || Number.isNaN(Date.parse(envelope.expiresAt))) {
      return reject('invalid-envelope', 'issuedAt and expiresAt must be real instants');
    }
    return envelope;
  }
  const first = Value.Errors(EnvelopeSchema, payload).First();
  const claim = first?.path.replace(/^\//, '').replaceAll('/', '.') || '(envelope)';
  return reject('invalid-envelope', `claim ${claim}: ${first?.message ?? 'invalid'}`);
}
