import type { DeclarationFact } from '../declaration-fact.js';

/** Columns of `analytics_declarations` written from a fact; outcome columns are written by the outcome catch-up. */
export const FACT_COLUMNS = [
  'id',
  'version',
  'issue_date',
  'office',
  'source',
  'status',
  'quality_score',
  'has_error',
  'lrn',
  'declarant_id',
  'importer_id',
  'ecommerce',
  'customs_value',
  'hs_codes',
] as const;

export function factValues(fact: DeclarationFact): unknown[] {
  return [
    fact.id,
    fact.version,
    fact.issueDate,
    fact.office,
    fact.source,
    fact.status,
    fact.qualityScore,
    fact.hasError ? 1 : 0,
    fact.lrn,
    fact.declarantId,
    fact.importerId,
    fact.ecommerce ? 1 : 0,
    fact.customsValue,
    fact.hsCodes,
  ];
}

/** A newer version replaces the row; an older one arriving late (never, in practice) is ignored. */
export const UPSERT_SET = FACT_COLUMNS.filter((column) => column !== 'id')
  .map((column) => `${column} = excluded.${column}`)
  .join(', ');

/** The version row columns the catch-up reads, over `declaration_versions v`. */
export const VERSION_ROW_COLUMNS =
  'v.id, v.version, v.issue_date, v.status, v.quality_score, v.lrn, v.importer_id, v.declarant_id, v.hs_codes, ' +
  'v.source, v.declaration, v.findings';
