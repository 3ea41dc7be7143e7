import { Type } from '@sinclair/typebox';

export const PointerSchema = Type.Object({
  path: Type.String({ description: 'Canonical path, e.g. goodsItems[0].classifications[0].id' }),
  wcoId: Type.String({ description: 'WCO element ID (e.g. 145) or class ID' }),
  xpath: Type.String(),
  sections: Type.Array(Type.Object({ classId: Type.String(), sequence: Type.Optional(Type.Integer()) })),
});

export const FindingSchema = Type.Object({
  ruleId: Type.String(),
  severity: Type.Union([Type.Literal('error'), Type.Literal('warning')]),
  pointer: PointerSchema,
  message: Type.String({ description: 'What is wrong, in plain language' }),
  fix: Type.String({ description: 'What to do about it' }),
  value: Type.Optional(Type.String()),
  suggestions: Type.Optional(Type.Array(Type.String())),
});

export const ProblemSchema = Type.Object({
  code: Type.String(),
  format: Type.String(),
  message: Type.String(),
  position: Type.Optional(Type.Integer()),
  line: Type.Optional(Type.Integer()),
  column: Type.Optional(Type.Integer()),
  element: Type.Optional(Type.String()),
});

export const IngestResultSchema = Type.Object({
  position: Type.Integer(),
  status: Type.Union([Type.Literal('accepted'), Type.Literal('rejected'), Type.Literal('duplicate')]),
  id: Type.String(),
  version: Type.Integer(),
  qualityScore: Type.Optional(Type.Number()),
  findings: Type.Optional(Type.Array(FindingSchema)),
  lane: Type.Optional(Type.String()),
  reasons: Type.Optional(Type.Array(Type.String())),
  href: Type.String(),
});

export const IngestedMessageSchema = Type.Object({
  position: Type.Integer(),
  status: Type.Union([Type.Literal('stored'), Type.Literal('duplicate')]),
  id: Type.String(),
  messageType: Type.String({ description: 'notification, ens, ens-response, transit or cargo-report' }),
  name: Type.String({ description: 'The standard name: DMSACC, CC015C, CC315A, CUSCAR...' }),
  warnings: Type.Array(
    Type.Object({
      message: Type.String(),
      element: Type.Optional(Type.String()),
      line: Type.Optional(Type.Integer()),
      column: Type.Optional(Type.Integer()),
    }),
  ),
  href: Type.String(),
});

export const IngestAnswerSchema = Type.Object({
  summary: Type.Object({
    received: Type.Integer(),
    accepted: Type.Integer(),
    rejected: Type.Integer(),
    duplicates: Type.Integer(),
    undecodable: Type.Integer(),
    messages: Type.Integer({ description: 'Messages other than declarations, stored or already stored' }),
  }),
  results: Type.Array(IngestResultSchema),
  messages: Type.Array(IngestedMessageSchema),
  problems: Type.Array(ProblemSchema),
});

export const ErrorSchema = Type.Object({
  error: Type.Object({
    code: Type.String(),
    message: Type.String(),
    details: Type.Optional(Type.Unknown()),
  }),
});
