import type { Lineage, RawMessage } from '../model/record.js';
import type { Page } from './declaration-store.js';

/** Messages other than declarations that Tamga receives and keeps. */
export const STORED_MESSAGE_TYPES = ['notification', 'ens', 'ens-response', 'transit', 'cargo-report'] as const;
export type StoredMessageType = (typeof STORED_MESSAGE_TYPES)[number];

/** The identifiers a message carries, by which it is found and linked to declarations and movements. */
export interface MessageIdentifiers {
  /** Movement reference number (customs' number for a declaration, transit movement or ENS). */
  mrn?: string;
  /** Local reference number (the filer's own). */
  lrn?: string;
  /** Transport document numbers (bill of lading, air waybill...), each once. */
  documents: string[];
  /** Container numbers, each once. */
  containers: string[];
}

/** A decoded message on its way into the store. */
export interface NewMessage {
  /** Stable id derived from the raw message and the position in it: storing it again is a duplicate. */
  id: string;
  messageType: StoredMessageType;
  /** The standard's own name: `DMSACC`, `CC015C`, `CC315A`, `CUSCAR`... */
  name: string;
  identifiers: MessageIdentifiers;
  /** When the sender says it issued the message (ISO 8601), if it says. */
  issuedAt?: string;
  /** The decoded message (the decoder's value for its type), kept as JSON. */
  body: unknown;
  lineage: Lineage;
  /** What the decoder noticed without refusing the message. */
  warnings: { message: string; element?: string; line?: number; column?: number }[];
}

export interface StoredMessage extends NewMessage {
  /** ISO 8601 time the message was stored. */
  storedAt: string;
}

export type MessageAppendResult = { status: 'stored' | 'duplicate'; id: string };

export interface MessageQuery {
  type?: StoredMessageType;
  mrn?: string;
  lrn?: string;
  /** A transport document number the message names. */
  document?: string;
  /** A container number the message names. */
  container?: string;
  /** Opaque cursor from a previous page. */
  cursor?: string;
  /** Page size, 1..1000, default 100. */
  limit?: number;
}

/**
 * Append-only store of received messages that are not declarations (DMS notifications, ENS and
 * their answers, NCTS transit messages, cargo reports), with their raw bytes. Implementations:
 * store/sqlite and store/postgres, both passing test/contract/message-store.contract.ts.
 */
export interface MessageStore {
  /**
   * Appends messages and their raw bytes in one transaction, in order; a message whose id is
   * already stored is a duplicate (nothing written for it).
   */
  append(batch: readonly NewMessage[], raw: readonly RawMessage[]): Promise<MessageAppendResult[]>;
  get(id: string): Promise<StoredMessage | undefined>;
  /** Messages matching every filter given, in the order they were received (oldest first). */
  query(query: MessageQuery): Promise<Page<StoredMessage>>;
  /** Every message of a type, oldest first, in pages of `batchSize` (default 1000). */
  scan(type: StoredMessageType, batchSize?: number): AsyncIterable<StoredMessage[]>;
  /** The raw message a stored message was decoded from. */
  raw(id: string): Promise<RawMessage | undefined>;
  /**
   * LRNs that notifications about declarations link to this MRN (customs gives the MRN on
   * acceptance, the filer knows its LRN), most recent first. The ingest pipeline uses it to find
   * the original of an amendment that names only the MRN.
   */
  lrnsForMrn(mrn: string): Promise<string[]>;
  close(): Promise<void>;
}
