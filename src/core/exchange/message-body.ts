import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import type { Envelope } from './envelope.js';
import type { MessageType } from './message-type.js';
import { ROUTING_EVENTS } from './message-type.js';

/** An agency's answer about a declaration: a permit or certificate granted or refused, or a hold. */
export const DecisionSchema = Type.Object(
  {
    outcome: Type.Union([
      Type.Literal('granted'),
      Type.Literal('refused'),
      Type.Literal('hold'),
      Type.Literal('information-requested'),
    ]),
    certificateNumber: Type.Optional(Type.String({ minLength: 1, maxLength: 70 })),
    reason: Type.Optional(Type.String({ maxLength: 1024 })),
    validUntil: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}' })),
  },
  { additionalProperties: false },
);
export type Decision = Static<typeof DecisionSchema>;

const DeclarationPart = Type.Object({}, { additionalProperties: true });

const BODY_SCHEMAS = {
  'declaration.ingested': declarationEventBody(),
  'declaration.lane-assigned': declarationEventBody(),
  'declaration.released': declarationEventBody(),
  'agency.decision': Type.Object({ decision: DecisionSchema }, { additionalProperties: false }),
  'c2c.export-declaration': Type.Object({ declaration: DeclarationPart }, { additionalProperties: false }),
} satisfies Record<MessageType, object>;

function declarationEventBody() {
  return Type.Object(
    {
      event: Type.Union(ROUTING_EVENTS.map((event) => Type.Literal(event))),
      lane: Type.Optional(Type.String({ maxLength: 16 })),
      declaration: DeclarationPart,
    },
    { additionalProperties: false },
  );
}

/** What is wrong with a body for its message type, or undefined when it fits. */
export function bodyProblem(envelope: Envelope): string | undefined {
  const schema = BODY_SCHEMAS[envelope.type];
  if (!Value.Check(schema, envelope.body)) {
    const first = Value.Errors(schema, envelope.body).First();
    return `body${first?.path.replaceAll('/', '.') ?? ''}: ${first?.message ?? 'invalid'}`;
  }
  if (envelope.type === 'agency.decision') {
    if (!envelope.subject) return 'a decision must name its declaration (subject)';
    if (!envelope.inReplyTo) return 'a decision must answer a message (inReplyTo)';
  }
  return undefined;
}
