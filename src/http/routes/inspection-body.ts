import { TamgaError } from '../../core/tamga-error.js';
import type { InspectionReport } from '../../risk/record-inspection.js';

const FIELDS = new Set(['outcome', 'criticalFraud', 'discrepancyFound', 'revenueRaised', 'notes', 'inspectedAt']);
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function fail(message: string): never {
  throw new TamgaError('bad-request', message);
}

/**
 * The body of POST /v1/declarations/:id/inspection-result, checked field by field so that an
 * officer's client is told exactly what to change (400 with the field and what it must be).
 */
export function parseInspectionBody(raw: unknown): InspectionReport {
  let value: unknown;
  try {
    value = JSON.parse(raw instanceof Buffer ? raw.toString('utf8') : typeof raw === 'string' ? raw : '');
  } catch {
    fail('The body must be a JSON object, e.g. {"outcome": "fraud", "revenueRaised": 1520}.');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    fail('The body must be a JSON object, e.g. {"outcome": "clean"}.');
  const body = value as Record<string, unknown>;
  const unknown = Object.keys(body).find((key) => !FIELDS.has(key));
  if (unknown !== undefined)
    fail(`body/${unknown} is not a field of an inspection result (${[...FIELDS].join(', ')}).`);
  if (body.outcome !== 'fraud' && body.outcome !== 'clean')
    fail(
      `body/outcome must be "fraud" or "clean"${body.outcome === undefined ? ' (it is missing)' : `, not ${JSON.stringify(body.outcome)}`}.`,
    );
  for (const flag of ['criticalFraud', 'discrepancyFound'] as const)
    if (body[flag] !== undefined && typeof body[flag] !== 'boolean') fail(`body/${flag} must be true or false.`);
  if (body.criticalFraud === true && body.outcome === 'clean')
    fail('body/criticalFraud cannot be true when the outcome is "clean": critical fraud is fraud.');
  const revenue = body.revenueRaised;
  if (revenue !== undefined && (typeof revenue !== 'number' || !Number.isFinite(revenue) || revenue < 0))
    fail('body/revenueRaised must be a number of at least 0 (duty and tax raised, in the declaration currency).');
  if (body.notes !== undefined && (typeof body.notes !== 'string' || body.notes.length > 4000))
    fail('body/notes must be text of at most 4,000 characters.');
  if (
    body.inspectedAt !== undefined &&
    (typeof body.inspectedAt !== 'string' ||
      !ISO_TIME.test(body.inspectedAt) ||
      Number.isNaN(Date.parse(body.inspectedAt)))
  )
    fail('body/inspectedAt must be an ISO 8601 date and time, e.g. 2026-03-01T09:30:00Z.');
  return {
    outcome: body.outcome,
    ...(body.criticalFraud !== undefined ? { criticalFraud: body.criticalFraud as boolean } : {}),
    ...(body.discrepancyFound !== undefined ? { discrepancyFound: body.discrepancyFound as boolean } : {}),
    ...(revenue !== undefined ? { revenueRaised: revenue } : {}),
    ...(typeof body.notes === 'string' && body.notes !== '' ? { notes: body.notes } : {}),
    ...(typeof body.inspectedAt === 'string' ? { inspectedAt: new Date(body.inspectedAt).toISOString() } : {}),
  };
}
