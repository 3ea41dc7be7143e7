import type { DeclarationRecord, InspectionOutcome, RawMessage, RecordStatus } from '../model/record.js';

/** A declaration version ready to be appended; the store assigns `version` and `storedAt`. */
export type NewDeclarationVersion = Omit<DeclarationRecord, 'version' | 'storedAt'> & {
  /** Inspection outcome delivered with the declaration (historical data sets carry one). */
  outcome?: InspectionOutcome;
  /**
   * The RFC 8785 text of `declaration`, when the caller has it (it hashed it for
   * `contentHash`): the store keeps this text instead of serialising the declaration
   * again, and the stored text then hashes to `contentHash`.
   */
  canonicalJson?: string;
};

/** Per-item result of an append: expected situations are values, not exceptions. */
export type AppendResult =
  | { status: 'stored'; id: string; version: number }
  /** Same key and same content hash as an existing version: nothing written. */
  | { status: 'duplicate'; id: string; version: number };

/** What the pipeline needs to know about an existing declaration before appending. */
export interface StoredVersionRef {
  id: string;
  version: number;
  contentHash: string;
  functionCode: string;
}

export interface DeclarationQuery {
  lrn?: string;
  mrn?: string;
  importerId?: string;
  declarantId?: string;
  /** Commodity code prefix (2, 4, 6... digits) matched against any goods item. */
  hsPrefix?: string;
  /** Declaration date range, inclusive, `YYYY-MM-DD`. */
  dateFrom?: string;
  dateTo?: string;
  status?: RecordStatus;
  /** Prefix of `lineage.source`. */
  source?: string;
  /** Opaque cursor from a previous page. */
  cursor?: string;
  /** Page size, 1..1000, default 100. */
  limit?: number;
}

/** The latest version of a declaration, as listed by queries. */
export interface DeclarationSummary {
  id: string;
  version: number;
  key: string;
  lrn?: string;
  mrn?: string;
  typeCode?: string;
  issueDate?: string;
  importerId?: string;
  declarantId?: string;
  hsCodes: string[];
  status: RecordStatus;
  qualityScore: number;
  source: string;
  storedAt: string;
}

export interface ScanOptions {
  /** Inclusive `YYYY-MM-DD` bounds on the declaration date. */
  dateFrom?: string;
  dateTo?: string;
  batchSize?: number;
}

export interface ScannedDeclaration {
  record: DeclarationRecord;
  /** Latest inspection outcome recorded for the declaration, if any. */
  outcome?: InspectionOutcome;
}

export interface Page<T> {
  items: T[];
  /** Present when more items follow. */
  nextCursor?: string;
}

/**
 * Append-only declaration store. Implementations: store/sqlite (embedded default)
 * and store/postgres; both pass test/contract/declaration-store.contract.ts.
 */
export interface DeclarationStore {
  /** Applies pending schema migrations; safe to call on every start. */
  migrate(): Promise<void>;
  /**
   * Appends a batch atomically (all or nothing), in order. A record whose key and
   * content hash match an existing version is a duplicate; otherwise, a record
   * whose key exists becomes its next version.
   */
  append(batch: readonly NewDeclarationVersion[], raw: readonly RawMessage[]): Promise<AppendResult[]>;
  /** Latest version, or the given one. */
  get(id: string, version?: number): Promise<DeclarationRecord | undefined>;
  /** All versions, oldest first. */
  versions(id: string): Promise<DeclarationRecord[]>;
  /** Latest versions matching the query, newest declaration date first, then id. */
  query(query: DeclarationQuery): Promise<Page<DeclarationSummary>>;
  /** The raw message a record was decoded from. */
  raw(sha256: string): Promise<RawMessage | undefined>;
  /** Latest version of each declaration with one of these idempotency keys (one round trip). */
  findByKeys(keys: readonly string[]): Promise<Map<string, StoredVersionRef>>;
  /**
   * Latest versions with the outcome stored for them, in declaration-date order
   * (then id), in pages of `batchSize` (default 1000). Training and rescoring read this.
   */
  scan(options?: ScanOptions): AsyncIterable<ScannedDeclaration[]>;
  /** Number of distinct declarations (not versions). */
  count(): Promise<number>;
  close(): Promise<void>;
}
