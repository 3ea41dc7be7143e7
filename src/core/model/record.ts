import type { Declaration } from './declaration-schema.js';
import type { Finding } from './finding.js';

/** Formats Tamga reads. */
export type SourceFormat = 'json' | 'csv' | 'wco-xml' | 'edifact';

/** Where a declaration came from; with the raw message, the proof that it was captured. */
export interface Lineage {
  /** Entry point and origin, e.g. `api`, `file:data/in/day1.csv`, `broker:tamga.ingest`. */
  source: string;
  format: SourceFormat;
  /** ISO 8601 timestamp of receipt. */
  receivedAt: string;
  /** SHA-256 (hex) of the raw message bytes this declaration was decoded from. */
  rawSha256: string;
  /** Where inside the raw message: CSV row number, index in a JSON array or XML batch. */
  rawPosition?: number;
}

/** The raw bytes of a received message, kept verbatim and addressed by hash. */
export interface RawMessage {
  sha256: string;
  mediaType: string;
  /** Raw bytes as received. */
  body: Uint8Array;
}

/** Outcome of a physical or documentary inspection, where the source carries one. */
export interface InspectionOutcome {
  /** 0 = nothing found, 1 = fraud found. */
  fraud: 0 | 1;
  /** 0 = none, 1 = fraud, 2 = critical fraud (public safety, IP, false origin...). */
  criticalFraud?: 0 | 1 | 2;
  /** Extra duty and tax raised after inspection, in the declaration currency. */
  revenueRaised?: number;
}

export type RecordStatus = 'accepted' | 'rejected';

/** One stored version of a declaration. Versions are never overwritten. */
export interface DeclarationRecord {
  /** Stable id shared by all versions of one declaration. */
  id: string;
  /** 1, 2, ... in order of arrival. */
  version: number;
  /** Idempotency key: declarant + functional reference (LRN), or MRN, or content hash. */
  key: string;
  /** SHA-256 of the canonical JSON of `declaration`. */
  contentHash: string;
  declaration: Declaration;
  lineage: Lineage;
  findings: Finding[];
  /** 0-100, see core/validation/quality-score. */
  qualityScore: number;
  status: RecordStatus;
  /** ISO 8601 time the version was stored. */
  storedAt: string;
}
