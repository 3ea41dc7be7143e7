import type { Declaration } from '../model/declaration-schema.js';
import type { Finding } from '../model/finding.js';
import type { DeclarationRecord, InspectionOutcome, Lineage, RawMessage, SourceFormat } from '../model/record.js';
import type { DeclarationStore, NewDeclarationVersion, StoredVersionRef } from '../ports/declaration-store.js';
import type { Sha256 } from '../ports/hasher.js';
import { identifyDeclaration, isAmendment, type DeclarationIdentity } from './declaration-identity.js';
import { findOriginal, type MrnLinks } from './find-original.js';

/** A decoded declaration on its way in (structurally what every decoder emits). */
export interface IncomingDeclaration {
  declaration: Declaration;
  format: SourceFormat;
  position: number;
  raw: { body: Uint8Array; mediaType: string };
  outcome?: InspectionOutcome;
}

export interface ValidationVerdict {
  findings: Finding[];
  qualityScore: number;
}

/** The validation engine as the pipeline sees it; the composition root binds reference data. */
export interface DeclarationValidator {
  validate(declaration: Declaration, context: { contentHash: string; existing?: StoredVersionRef }): ValidationVerdict;
  /** Called for every declaration stored as accepted, so that history-based rules learn. */
  learn?(declaration: Declaration): void;
}

/** The lane the risk engine gave an accepted declaration at ingest, with its reasons in plain language. */
export interface LaneAnswer {
  lane?: 'green' | 'yellow' | 'red' | 'blue';
  reasons?: string[];
}

export type IngestItemResult =
  | ({ status: 'accepted' | 'rejected'; position: number; id: string; version: number } & ValidationVerdict &
      LaneAnswer)
  | { status: 'duplicate'; position: number; id: string; version: number };

/** A version just stored, with the inspection outcome delivered with it (historical files carry one). */
export type StoredVersion = DeclarationRecord & { outcome?: InspectionOutcome };

export interface IngestDependencies {
  store: DeclarationStore;
  validator: DeclarationValidator;
  sha256: Sha256;
  now: () => Date;
  /**
   * Called once per batch with the versions it stored (duplicates left out), after the
   * commit: risk scoring and routing to partner agencies hang here.
   */
  onStored?: (records: readonly StoredVersion[]) => Promise<void>;
  /** MRN → LRN links from customs' notifications, so that an amendment naming only the MRN finds its original. */
  mrnLinks?: MrnLinks;
}

interface Prepared {
  incoming: IncomingDeclaration;
  identity: DeclarationIdentity;
  rawSha256: string;
}

/**
 * Decoded → validated → identified → appended, one batch per store transaction.
 * Rejected declarations are stored too (status `rejected`): nothing received is lost.
 */
export function createIngestDeclarations(deps: IngestDependencies) {
  return async function ingestDeclarations(
    batch: readonly IncomingDeclaration[],
    source: string,
  ): Promise<IngestItemResult[]> {
    if (batch.length === 0) return [];
    const receivedAt = deps.now().toISOString();
    const prepared = batch.map((incoming) => prepare(incoming, deps.sha256));
    const existing = await findExisting(deps, prepared);
    const raws = uniqueRaws(prepared);
    const verdicts = prepared.map((item) => {
      const known = existing.get(item.identity.key);
      return deps.validator.validate(item.incoming.declaration, {
        contentHash: item.identity.contentHash,
        ...(known ? { existing: known } : {}),
      });
    });
    const records = prepared.map((item, index) => toNewVersion(item, verdicts[index]!, { source, receivedAt }));
    const appended = await deps.store.append(records, raws);
    if (deps.onStored) await deps.onStored(storedRecords(records, appended, receivedAt));
    return appended.map((result, index) => {
      const item = prepared[index]!;
      const verdict = verdicts[index]!;
      const position = item.incoming.position;
      if (result.status === 'duplicate')
        return { status: 'duplicate', position, id: result.id, version: result.version };
      const status = records[index]!.status;
      if (status === 'accepted') deps.validator.learn?.(item.incoming.declaration);
      return { status, position, id: result.id, version: result.version, ...verdict };
    });
  };
}

function storedRecords(
  records: readonly NewDeclarationVersion[],
  appended: readonly { status: string; id: string; version: number }[],
  storedAt: string,
): StoredVersion[] {
  const stored: StoredVersion[] = [];
  appended.forEach((result, index) => {
    if (result.status !== 'stored') return;
    const { canonicalJson: _text, ...record } = records[index]!;
    stored.push({ ...record, id: result.id, version: result.version, storedAt });
  });
  return stored;
}

function prepare(incoming: IncomingDeclaration, sha256: Sha256): Prepared {
  return {
    incoming,
    identity: identifyDeclaration(incoming.declaration, sha256),
    rawSha256: sha256(incoming.raw.body),
  };
}

/**
 * An amendment (function code 13) may name its original only by MRN; it then joins
 * the original's key so that it becomes the original's next version.
 */
async function findExisting(deps: IngestDependencies, prepared: Prepared[]): Promise<Map<string, StoredVersionRef>> {
  const existing = await deps.store.findByKeys([...new Set(prepared.map((item) => item.identity.key))]);
  for (const item of prepared) {
    const { declaration } = item.incoming;
    const mrn = declaration.mrn?.trim();
    if (!isAmendment(declaration) || !mrn || existing.has(item.identity.key)) continue;
    const original = await findOriginal(deps, { declaration, mrn });
    if (!original) continue;
    item.identity = { ...item.identity, key: original.key, id: original.id };
    const found = await deps.store.findByKeys([original.key]);
    const ref = found.get(original.key);
    if (ref) existing.set(original.key, ref);
  }
  return existing;
}

function uniqueRaws(prepared: Prepared[]): RawMessage[] {
  const raws = new Map<string, RawMessage>();
  for (const item of prepared) {
    if (!raws.has(item.rawSha256)) raws.set(item.rawSha256, { sha256: item.rawSha256, ...item.incoming.raw });
  }
  return [...raws.values()];
}

function toNewVersion(
  item: Prepared,
  verdict: ValidationVerdict,
  origin: { source: string; receivedAt: string },
): NewDeclarationVersion {
  const lineage: Lineage = {
    source: origin.source,
    format: item.incoming.format,
    receivedAt: origin.receivedAt,
    rawSha256: item.rawSha256,
    rawPosition: item.incoming.position,
  };
  const hasError = verdict.findings.some((finding) => finding.severity === 'error');
  return {
    id: item.identity.id,
    key: item.identity.key,
    contentHash: item.identity.contentHash,
    canonicalJson: item.identity.canonicalJson,
    declaration: item.incoming.declaration,
    lineage,
    findings: verdict.findings,
    qualityScore: verdict.qualityScore,
    status: hasError ? 'rejected' : 'accepted',
    ...(item.incoming.outcome ? { outcome: item.incoming.outcome } : {}),
  };
}
