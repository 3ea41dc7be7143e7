import { Type } from '@sinclair/typebox';

const Lane = Type.Union([Type.Literal('green'), Type.Literal('yellow'), Type.Literal('red'), Type.Literal('blue')]);

export const QueueSchema = Type.Object({
  date: Type.String(),
  capacity: Type.Integer({ description: 'Red and yellow places of the day: its declarations times the lane shares' }),
  capacityByLane: Type.Object({ red: Type.Integer(), yellow: Type.Integer() }),
  declarations: Type.Integer(),
  items: Type.Array(
    Type.Object({
      id: Type.String(),
      lrn: Type.Optional(Type.String()),
      issueDate: Type.String(),
      importerId: Type.Optional(Type.String()),
      declarantId: Type.Optional(Type.String()),
      hsCode: Type.Optional(Type.String()),
      originCountryCode: Type.Optional(Type.String()),
      score: Type.Number(),
      lane: Lane,
      reasons: Type.Array(Type.String()),
      ruleHits: Type.Array(Type.Object({ ruleId: Type.String(), reason: Type.String() })),
      modelVersion: Type.String(),
      inspection: Type.Optional(
        Type.Object({
          outcome: Type.Union([Type.Literal('fraud'), Type.Literal('clean')]),
          criticalFraud: Type.Optional(Type.Boolean()),
          revenueRaised: Type.Optional(Type.Number()),
          recordedAt: Type.String(),
        }),
      ),
    }),
  ),
});

export const ModelsSchema = Type.Object({
  active: Type.Union([Type.String(), Type.Null()]),
  versions: Type.Array(
    Type.Object({
      version: Type.String(),
      createdAt: Type.String(),
      registeredAt: Type.String(),
      trainedFrom: Type.String(),
      trainedTo: Type.String(),
      rows: Type.Integer(),
      frauds: Type.Integer(),
      measured: Type.Boolean({ description: 'Whether the metrics were measured on a held-out period' }),
      metrics: Type.Object({ precision_at_5: Type.Number(), precision_at_10: Type.Number(), auc: Type.Number() }),
      note: Type.Optional(Type.String()),
    }),
  ),
});

export const PerformanceSchema = Type.Object({
  byWeek: Type.Array(
    Type.Object({
      week: Type.String(),
      selected: Type.Integer({ description: 'Declarations sent red or yellow' }),
      inspected: Type.Integer(),
      hits: Type.Integer(),
      precision: Type.Number(),
    }),
  ),
  scoreDrift: Type.Array(
    Type.Object({ period: Type.String(), declarations: Type.Integer(), histogram: Type.Array(Type.Number()) }),
  ),
  ruleBacktests: Type.Array(Type.Record(Type.String(), Type.Unknown())),
});
