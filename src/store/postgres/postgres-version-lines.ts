import type { PlannedVersion } from '../append-plan.js';
import { declarationText } from '../declaration-text.js';
import { versionColumns } from '../version-columns.js';
import { copyLine } from './postgres-copy.js';

export const VERSIONS = {
  table: 'declaration_versions',
  columns: [
    'id',
    'version',
    'content_hash',
    'function_code',
    'status',
    'quality_score',
    'stored_at',
    'lrn',
    'mrn',
    'type_code',
    'issue_date',
    'importer_id',
    'declarant_id',
    'hs_codes',
    'source',
    'raw_sha256',
    'declaration',
    'lineage',
    'findings',
  ],
} as const;
export const RAW_MESSAGES = { table: 'raw_messages', columns: ['sha256', 'media_type', 'body', 'stored_at'] } as const;
export const HS_CODES = { table: 'declaration_hs_codes', columns: ['hs_code', 'id', 'version'] } as const;
export const OUTCOMES = {
  table: 'inspection_outcomes',
  columns: ['id', 'version', 'fraud', 'critical_fraud', 'revenue_raised', 'recorded_at', 'source'],
} as const;

export interface VersionLines {
  versions: string[];
  hsCodes: string[];
  outcomes: string[];
}

/** COPY lines for every table a batch writes, columns in the order of the constants above. */
export function versionLines(planned: readonly PlannedVersion[], storedAt: string): VersionLines {
  const lines: VersionLines = { versions: [], hsCodes: [], outcomes: [] };
  for (const { record, id, version } of planned) {
    const c = versionColumns(record);
    lines.versions.push(
      copyLine([
        id,
        version,
        record.contentHash,
        c.functionCode,
        record.status,
        record.qualityScore,
        storedAt,
        c.lrn,
        c.mrn,
        c.typeCode,
        c.issueDate,
        c.importerId,
        c.declarantId,
        c.hsCodes.join(','),
        c.source,
        c.rawSha256,
        declarationText(record),
        JSON.stringify(record.lineage),
        JSON.stringify(record.findings),
      ]),
    );
    for (const code of c.hsCodes) lines.hsCodes.push(copyLine([code, id, version]));
    const outcome = record.outcome;
    if (outcome) {
      const { fraud, criticalFraud, revenueRaised } = outcome;
      lines.outcomes.push(
        copyLine([id, version, fraud, criticalFraud ?? null, revenueRaised ?? null, storedAt, c.source]),
      );
    }
  }
  return lines;
}
