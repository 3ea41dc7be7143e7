import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { RiskServices } from '../../app/tamga-services.js';
import type { StoredInspectionResult } from '../../core/ports/inspection-result-store.js';
import { TamgaError } from '../../core/tamga-error.js';
import { declarationRiskView } from '../../risk/declaration-risk-view.js';
import { recordInspection } from '../../risk/record-inspection.js';
import { riskModelsView, riskPerformanceView } from '../../risk/risk-model-views.js';
import { riskQueueView } from '../../risk/risk-queue-view.js';
import { userOf } from './dashboard-auth-routes.js';
import { ErrorSchema } from './http-schemas.js';
import { parseInspectionBody } from './inspection-body.js';
import { ModelsSchema, PerformanceSchema, QueueSchema } from './risk-schemas.js';

const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });
const QueueQuery = Type.Object({
  date: Type.Optional(
    Type.String({
      pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$',
      description: 'YYYY-MM-DD; default today, or the latest day decided',
    }),
  ),
});

function inspectionAnswer(result: StoredInspectionResult) {
  return {
    seq: result.seq,
    declarationId: result.declarationId,
    declarationVersion: result.declarationVersion,
    outcome: result.outcome.fraud === 1 ? 'fraud' : 'clean',
    criticalFraud: result.outcome.criticalFraud === 2,
    discrepancyFound: result.discrepancyFound,
    ...(result.outcome.revenueRaised !== undefined ? { revenueRaised: result.outcome.revenueRaised } : {}),
    ...(result.notes ? { notes: result.notes } : {}),
    ...(result.inspector ? { officer: result.inspector } : {}),
    ...(result.lane ? { lane: result.lane, modelVersion: result.modelVersion } : {}),
    inspectedAt: result.inspectedAt,
    recordedAt: result.recordedAt,
  };
}

/**
 * The risk engine for officers and the dashboard: today's queue, model versions and performance,
 * a declaration's decisions with their explanations, and inspection results coming back.
 */
export function riskRoutes(app: FastifyInstance, risk: RiskServices): Promise<void> {
  const { engine, explainers } = risk;
  app.get(
    '/v1/risk/queue',
    {
      schema: {
        tags: ['risk'],
        summary: "A day's red and yellow declarations with reasons",
        querystring: QueueQuery,
        response: { 200: QueueSchema },
      },
    },
    (request) => riskQueueView(engine, (request.query as { date?: string }).date),
  );
  app.get(
    '/v1/risk/models',
    {
      schema: {
        tags: ['risk'],
        summary: 'Model versions, newest first, and the active one',
        response: { 200: ModelsSchema },
      },
    },
    () => riskModelsView(engine),
  );
  app.get(
    '/v1/risk/performance',
    {
      schema: {
        tags: ['risk'],
        summary: 'Precision per week, score drift per month, rule backtests',
        response: { 200: PerformanceSchema },
      },
    },
    () => riskPerformanceView(engine),
  );
  app.get(
    '/v1/declarations/:id/risk',
    {
      schema: {
        tags: ['risk'],
        summary: "A declaration's risk decisions, each explained",
        params: IdParams,
        response: { 404: ErrorSchema },
      },
    },
    async (request) => {
      const { id } = request.params as { id: string };
      const view = await declarationRiskView(engine, explainers, id);
      if (!view) throw new TamgaError('not-found', `No declaration ${id}.`);
      return view;
    },
  );
  app.post(
    '/v1/declarations/:id/inspection-result',
    {
      schema: {
        tags: ['risk'],
        summary: 'Record what an inspection found (it trains the next model)',
        description:
          'Body: {"outcome": "fraud" | "clean", "criticalFraud"?: boolean, "discrepancyFound"?: boolean, ' +
          '"revenueRaised"?: number, "notes"?: string, "inspectedAt"?: ISO 8601}. A later result corrects an earlier one.',
        params: IdParams,
        response: { 201: Type.Record(Type.String(), Type.Unknown()), 400: ErrorSchema, 404: ErrorSchema },
      },
    },
    async (request, reply) => {
      const { id } = request.params as { id: string };
      const report = parseInspectionBody(request.body);
      const officer = userOf(request)?.username;
      const recorded = await recordInspection(engine, { id, report, source: 'api', ...(officer ? { officer } : {}) });
      if (recorded.status === 'not-found') throw new TamgaError('not-found', `No declaration ${id}: nothing recorded.`);
      return reply.status(201).send(inspectionAnswer(recorded.result));
    },
  );
  return Promise.resolve();
}
