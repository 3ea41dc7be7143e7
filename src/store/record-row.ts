import type { DeclarationRecord, InspectionOutcome, RecordStatus } from '../core/model/record.js';
import type { DeclarationSummary, ScannedDeclaration, StoredVersionRef } from '../core/ports/declaration-store.js';
import type { ExistingVersion } from './append-plan.js';

/**
 * Rows as both drivers return them: SQLite gives JSON as text and times as ISO text,
 * PostgreSQL gives parsed JSON and `Date`s; the mappers accept either.
 */
type Json = string | object;
type Time = string | Date;

export interface RecordRow {
  id: string;
  version: number;
  key: string;
  content_hash: string;
  declaration: Json;
  lineage: Json;
  findings: Json;
  quality_score: number;
  status: RecordStatus;
  stored_at: Time;
}

export interface SummaryRow {
  id: string;
  version: number;
  key: string;
  lrn: string | null;
  mrn: string | null;
  type_code: string | null;
  issue_date: string;
  importer_id: string | null;
  declarant_id: string | null;
  hs_codes: string;
  status: RecordStatus;
  quality_score: number;
  source: string;
  stored_at: Time;
}

export interface OutcomeColumns {
  fraud: number | null;
  critical_fraud: number | null;
  revenue_raised: number | null;
}

export type ScanRow = RecordRow & OutcomeColumns & { issue_date: string };

export interface HeadRow {
  key: string;
  id: string;
  latest_version: number;
  version: number;
  content_hash: string;
  function_code: string;
}

export function toRecord(row: RecordRow): DeclarationRecord {
  return {
    id: row.id,
    version: row.version,
    key: row.key,
    contentHash: row.content_hash,
    declaration: json(row.declaration) as DeclarationRecord['declaration'],
    lineage: json(row.lineage) as DeclarationRecord['lineage'],
    findings: json(row.findings) as DeclarationRecord['findings'],
    qualityScore: row.quality_score,
    status: row.status,
    storedAt: time(row.stored_at),
  };
}

export function toSummary(row: SummaryRow): DeclarationSummary {
  return {
    id: row.id,
    version: row.version,
    key: row.key,
    ...optional('lrn', row.lrn),
    ...optional('mrn', row.mrn),
    ...optional('typeCode', row.type_code),
    ...optional('issueDate', row.issue_date === '' ? null : row.issue_date),
    ...optional('importerId', row.importer_id),
    ...optional('declarantId', row.declarant_id),
    hsCodes: row.hs_codes === '' ? [] : row.hs_codes.split(','),
    status: row.status,
    qualityScore: row.quality_score,
    source: row.source,
    storedAt: time(row.stored_at),
  };
}

export function toOutcome(row: OutcomeColumns): InspectionOutcome | undefined {
  if (row.fraud === null) return undefined;
  return {
    fraud: row.fraud as InspectionOutcome['fraud'],
    ...(row.critical_fraud === null ? {} : { criticalFraud: row.critical_fraud as 0 | 1 | 2 }),
    ...(row.revenue_raised === null ? {} : { revenueRaised: row.revenue_raised }),
  };
}

export function toScanned(row: ScanRow): ScannedDeclaration {
  const outcome = toOutcome(row);
  return outcome ? { record: toRecord(row), outcome } : { record: toRecord(row) };
}

export function toVersionRef(row: HeadRow): StoredVersionRef {
  return { id: row.id, version: row.version, contentHash: row.content_hash, functionCode: row.function_code };
}

export function toExistingVersion(row: HeadRow): ExistingVersion {
  return {
    key: row.key,
    id: row.id,
    latestVersion: row.latest_version,
    version: row.version,
    contentHash: row.content_hash,
  };
}

function json(value: Json): unknown {
  return typeof value === 'string' ? JSON.parse(value) : value;
}

function time(value: Time): string {
  return typeof value === 'string' ? value : value.toISOString();
}

function optional<K extends string>(name: K, value: string | null): Partial<Record<K, string>> {
  return value === null ? {} : ({ [name]: value } as Record<K, string>);
}
