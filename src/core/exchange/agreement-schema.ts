import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { DeclarationSchema } from '../model/declaration-schema.js';
import type { Agreement } from './agreement.js';
import { parseFieldPath } from './field-path.js';
import { HUB_ONLY_TYPES, MESSAGE_TYPES } from './message-type.js';
import { checkPathInSchema } from './schema-paths.js';

const Id = Type.String({ pattern: '^[a-z0-9][a-z0-9._-]{0,63}$' });
const Instant = Type.String({
  pattern: '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2}))?$',
});
const Country = Type.String({ pattern: '^[A-Z]{2}$' });

/** The agreement file format (`config/agreements/*.json`) and the API body. */
export const AgreementSchema = Type.Object(
  {
    id: Id,
    version: Type.Integer({ minimum: 1 }),
    memberId: Id,
    title: Type.String({ minLength: 1, maxLength: 256 }),
    purpose: Type.String({ pattern: '^[a-z][a-z0-9-]{1,63}$' }),
    legalBasis: Type.String({ minLength: 1, maxLength: 1024 }),
    direction: Type.Union([Type.Literal('outbound'), Type.Literal('inbound'), Type.Literal('both')]),
    messageTypes: Type.Array(Type.Union(MESSAGE_TYPES.map((type) => Type.Literal(type))), { minItems: 1 }),
    fields: Type.Array(Type.String({ maxLength: 256 })),
    scope: Type.Object(
      {
        hsPrefixes: Type.Optional(Type.Array(Type.String({ pattern: '^(\\d{2}|\\d{4}|\\d{6})$' }), { minItems: 1 })),
        originCountries: Type.Optional(Type.Array(Country, { minItems: 1 })),
        dispatchCountries: Type.Optional(Type.Array(Country, { minItems: 1 })),
        destinationCountries: Type.Optional(Type.Array(Country, { minItems: 1 })),
        declarationTypes: Type.Optional(Type.Array(Type.String({ pattern: '^[A-Z]{1,3}$' }), { minItems: 1 })),
      },
      { additionalProperties: false },
    ),
    retentionDays: Type.Integer({ minimum: 1, maximum: 36_500 }),
    validFrom: Instant,
    validUntil: Type.Optional(Instant),
    status: Type.Union([Type.Literal('active'), Type.Literal('suspended')]),
    holdsRelease: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

export type AgreementDocument = Static<typeof AgreementSchema>;

export type AgreementParseResult =
  { status: 'valid'; agreement: Agreement } | { status: 'invalid'; problems: string[] };

/**
 * Checks an agreement document: its shape, then what the shape cannot say (every allowed
 * field is a real canonical path, directions fit the message types). Never throws.
 */
export function parseAgreement(input: unknown): AgreementParseResult {
  if (!Value.Check(AgreementSchema, input)) {
    const problems = [...Value.Errors(AgreementSchema, input)].map((error) => `${error.path || '/'}: ${error.message}`);
    return { status: 'invalid', problems };
  }
  const problems = [...fieldProblems(input.fields), ...directionProblems(input)];
  if (input.validUntil !== undefined && Date.parse(input.validUntil) <= Date.parse(input.validFrom)) {
    problems.push('validUntil: must be after validFrom');
  }
  return problems.length > 0 ? { status: 'invalid', problems } : { status: 'valid', agreement: input };
}

function fieldProblems(fields: readonly string[]): string[] {
  const problems: string[] = [];
  for (const field of fields) {
    const parsed = parseFieldPath(field);
    const problem = 'error' in parsed ? parsed.error : checkPathInSchema(parsed, DeclarationSchema);
    if (problem !== undefined) problems.push(`fields: ${problem}`);
  }
  return problems;
}

function directionProblems(agreement: AgreementDocument): string[] {
  const hubOnly = agreement.messageTypes.filter((type) => HUB_ONLY_TYPES.has(type));
  if (agreement.direction === 'inbound' && hubOnly.length > 0) {
    return [`messageTypes: ${hubOnly.join(', ')} flow from the hub only; an inbound agreement cannot carry them`];
  }
  if (agreement.direction !== 'inbound' && agreement.messageTypes.includes('agency.decision')) {
    return ['messageTypes: agency.decision flows from an agency to the hub; use direction "inbound"'];
  }
  return [];
}
