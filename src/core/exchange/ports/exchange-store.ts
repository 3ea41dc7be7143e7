import type { Agreement, AgreementRef } from '../agreement.js';
import type { Checkpoint } from '../checkpoint.js';
import type { ApiCredential } from '../credential.js';
import type { LogEntry, LogHead, LogRecord } from '../log-entry.js';
import type { DeliveryMode, Member, MemberKey } from '../member.js';
import type { Decision } from '../message-body.js';
import type { MessageType } from '../message-type.js';

/** A message as the hub keeps it. `jws` is dropped when the agreement's retention ends. */
export interface StoredMessage {
  id: string;
  direction: 'sent' | 'received';
  sender: string;
  recipient: string;
  type: MessageType;
  correlationId: string;
  inReplyTo?: string;
  declarationId?: string;
  declarationVersion?: number;
  agreement: AgreementRef;
  jws?: string;
  digest: string;
  recordedAt: string;
  /** ISO 8601: when the body may be purged. */
  retainUntil: string;
  /** When the transport took it (outbound); unset means the relay still owes it. */
  publishedAt?: string;
}

export type DeliveryStatus = 'pending' | 'acked' | 'delivered' | 'streamed' | 'dead';

/** One message owed to one member, and how far its delivery got. */
export interface Delivery {
  memberId: string;
  messageId: string;
  mode: DeliveryMode;
  status: DeliveryStatus;
  attempts: number;
  lastError?: string;
  updatedAt: string;
}

/** A pending message in a member's pull inbox; `cursor` grows with arrival order. */
export interface InboxItem {
  cursor: number;
  messageId: string;
  type: MessageType;
  jws: string;
  recordedAt: string;
}

/** An agency decision attached to a declaration. */
export interface StoredDecision extends Decision {
  messageId: string;
  memberId: string;
  declarationId: string;
  declarationVersion: number;
  inReplyTo: string;
  agreement: AgreementRef;
  decidedAt: string;
}

export interface SentItem {
  message: StoredMessage;
  record: LogRecord;
  delivery: DeliveryMode;
}

export interface ReceivedItem {
  message: StoredMessage;
  record: LogRecord;
  /** Until when the id must be remembered to refuse a replay (the message expiry). */
  rememberUntil: string;
  decision?: StoredDecision;
}

export type ReceiveRecordResult = { status: 'recorded'; entry: LogEntry } | { status: 'duplicate'; entry: LogEntry };

export interface MemberStore {
  /** Inserts or updates a member (keys are kept apart, see addKey). */
  saveMember(member: Omit<Member, 'keys'>): Promise<void>;
  addKey(key: MemberKey): Promise<void>;
  /** Sets the end of validity or the revocation of a key; false when the key is unknown. */
  updateKey(kid: string, changes: Pick<MemberKey, 'validUntil' | 'revokedAt'>): Promise<boolean>;
  /** Every member with every key it ever had. */
  members(): Promise<Member[]>;
  saveCredential(credential: ApiCredential): Promise<void>;
  credential(id: string): Promise<ApiCredential | undefined>;
  /** Revokes every live credential of a member; returns how many. */
  revokeCredentials(memberId: string, at: string): Promise<number>;
}

export interface AgreementStore {
  /** Stores a version; the same content again is `unchanged`, other content under a used version is a `conflict`. */
  saveAgreement(agreement: Agreement): Promise<'stored' | 'unchanged' | 'conflict'>;
  /** Every version of every agreement. */
  agreements(): Promise<Agreement[]>;
}

export interface MessageLogStore {
  /** Appends sent messages atomically: log entries (chained), message rows, one delivery each. */
  recordSent(items: readonly SentItem[]): Promise<LogEntry[]>;
  /**
   * Records an accepted message atomically, unless its (sender, id) was processed before:
   * then nothing but a `replayed` log entry is written and the result is `duplicate`.
   */
  recordReceived(item: ReceivedItem): Promise<ReceiveRecordResult>;
  /** Appends records (refusals) to the chain. */
  appendLog(records: readonly LogRecord[]): Promise<LogEntry[]>;
  logHead(): Promise<LogHead | undefined>;
  /** Entries with seq > afterSeq, in order. */
  logPage(afterSeq: number, limit: number): Promise<LogEntry[]>;
  /** The entries recording a message id (accepted and refused). */
  logEntriesFor(messageId: string): Promise<LogEntry[]>;
  saveCheckpoint(checkpoint: Checkpoint): Promise<void>;
  checkpoints(): Promise<Checkpoint[]>;
  message(sender: string, id: string): Promise<StoredMessage | undefined>;
  /** Messages sent or received about a declaration, oldest first. */
  messagesAbout(declarationId: string): Promise<StoredMessage[]>;
  /** Messages with this id from any sender. */
  messagesById(id: string): Promise<StoredMessage[]>;
  /** Sent messages the transport has not taken yet, oldest first. */
  unpublished(limit: number): Promise<StoredMessage[]>;
  markPublished(ids: readonly string[], at: string): Promise<void>;
  /** Drops bodies past retention (the log keeps their digests); returns how many. */
  purgeBodies(now: string): Promise<number>;
  /** Forgets processed ids past their expiry; returns how many. */
  purgeProcessed(now: string): Promise<number>;
}

export interface DeliveryStore {
  /** Pending pull deliveries after `after` (exclusive), oldest first. */
  inbox(memberId: string, options: { after?: number; limit: number }): Promise<InboxItem[]>;
  /** Marks pending pull deliveries acknowledged; returns how many changed. */
  ack(memberId: string, messageIds: readonly string[], at: string): Promise<number>;
  delivery(memberId: string, messageId: string): Promise<Delivery | undefined>;
  updateDelivery(
    delivery: Pick<Delivery, 'memberId' | 'messageId' | 'status' | 'attempts' | 'lastError' | 'updatedAt'>,
  ): Promise<void>;
  decisions(declarationId: string): Promise<StoredDecision[]>;
  /** Deliveries per member and status, for the exchange monitor. */
  deliveryCounts(): Promise<DeliveryCount[]>;
  /** The latest deliveries given up on (`dead`) or still retrying with an error, newest first. */
  failedDeliveries(limit: number): Promise<Delivery[]>;
}

export interface DeliveryCount {
  memberId: string;
  status: DeliveryStatus;
  count: number;
  /** Latest status change among them. */
  lastUpdatedAt: string;
}

/**
 * Everything the exchange keeps. Implementations: src/exchange/store/sqlite and
 * src/exchange/store/postgres; both pass test/exchange/store/exchange-store.contract.ts.
 * Tables are prefixed `exchange_` and migrated through `exchange_schema_migrations`.
 */
export interface ExchangeStore extends MemberStore, AgreementStore, MessageLogStore, DeliveryStore {
  migrate(): Promise<void>;
  close(): Promise<void>;
}
