import type { Database } from 'better-sqlite3';
import type { RawMessage } from '../../core/model/record.js';
import type { AppendResult, NewDeclarationVersion } from '../../core/ports/declaration-store.js';
import { asBuffer } from '../bytes.js';
import { planAppend, type AppendPlan, type PlannedVersion } from '../append-plan.js';
import { toExistingVersion, type HeadRow } from '../record-row.js';
import { StoreError } from '../store-error.js';
import { textColumn } from '../text-column.js';
import { declarationText } from '../declaration-text.js';
import { versionColumns } from '../version-columns.js';
import type { SqliteStatements } from './sqlite-statements.js';

/** One IMMEDIATE transaction per batch: lookups and writes see one state, and a failure leaves nothing. */
export function createSqliteAppend(db: Database, statements: () => SqliteStatements) {
  const write = db.transaction((batch: readonly NewDeclarationVersion[], raw: readonly RawMessage[]) => {
    const s = statements();
    const storedAt = new Date().toISOString();
    for (const message of raw) {
      s.insertRaw.run(message.sha256, textColumn(message.mediaType), asBuffer(message.body), storedAt);
    }
    if (batch.length === 0) return [];
    const keys = JSON.stringify([...new Set(batch.map((record) => textColumn(record.key)))]);
    const plan = planAppend(batch, (s.heads.all(keys) as HeadRow[]).map(toExistingVersion));
    writeHeads(s, plan);
    for (const planned of plan.versions) writeVersion(s, planned, storedAt);
    return plan.results;
  });
  return (batch: readonly NewDeclarationVersion[], raw: readonly RawMessage[]): AppendResult[] => {
    try {
      return write.immediate(batch, raw);
    } catch (cause) {
      if (cause instanceof StoreError) throw cause;
      throw new StoreError('append-failed', `The batch was not stored (nothing was written): ${String(cause)}`, {
        cause,
      });
    }
  };
}

function writeHeads(s: SqliteStatements, plan: AppendPlan): void {
  for (const head of plan.inserts) s.insertHead.run(head.id, head.key, head.latestVersion);
  for (const head of plan.bumps) {
    s.bumpHead.run(head.latestVersion, head.id, head.previousVersion);
  }
}

function writeVersion(s: SqliteStatements, { record, id, version }: PlannedVersion, storedAt: string): void {
  const c = versionColumns(record);
  s.insertVersion.run(
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
  );
  for (const code of c.hsCodes) s.insertHsCode.run(code, id, version);
  const outcome = record.outcome;
  if (outcome) {
    s.insertOutcome.run(
      id,
      version,
      outcome.fraud,
      outcome.criticalFraud ?? null,
      outcome.revenueRaised ?? null,
      storedAt,
      c.source,
    );
  }
}
