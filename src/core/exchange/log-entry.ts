import { canonicalJson } from '../model/canonical-json.js';
import type { Sha256 } from '../ports/hasher.js';
import type { AgreementRef } from './agreement.js';
import type { RejectionCode } from './rejection.js';

/**
 * What the message log records about one message sent or received. The log keeps the
 * digest of the JWS, not the JWS itself, so that message bodies can be purged when their
 * agreement's retention ends while the chain still verifies.
 */
export interface LogRecord {
  direction: 'sent' | 'received';
  outcome: 'accepted' | 'rejected';
  /** Why a received message was refused. */
  code?: RejectionCode;
  /** SHA-256 (hex) of the compact JWS, or of the raw input when it was no JWS. */
  digest: string;
  recordedAt: string;
  messageId?: string;
  correlationId?: string;
  sender?: string;
  recipient?: string;
  type?: string;
  purpose?: string;
  /** The agreement version that applied: a policy change shows in the log. */
  agreement?: AgreementRef;
  kid?: string;
}

/** A log record in the chain: its content hashes its predecessor's hash. */
export interface LogEntryContent extends LogRecord {
  seq: number;
  prevHash: string;
}

/**
 * A stored log entry. `text` is the RFC 8785 JSON of the content and `hash` its SHA-256,
 * so a verifier needs nothing but these rows. `messageId` is the indexed copy the store
 * looks entries up by; the verifier checks it against `text`.
 */
export interface LogEntry {
  seq: number;
  hash: string;
  text: string;
  messageId?: string;
}

export interface LogHead {
  seq: number;
  hash: string;
}

export const GENESIS_HASH = '0'.repeat(64);

/** Chains new records after `head` (or from the genesis), numbering them from head.seq + 1. */
export function chainRecords(head: LogHead | undefined, records: readonly LogRecord[], sha256: Sha256): LogEntry[] {
  let seq = head?.seq ?? 0;
  let prevHash = head?.hash ?? GENESIS_HASH;
  return records.map((record) => {
    seq += 1;
    const text = canonicalJson({ ...record, seq, prevHash });
    const hash = sha256(text);
    prevHash = hash;
    return { seq, hash, text, messageId: record.messageId };
  });
}
