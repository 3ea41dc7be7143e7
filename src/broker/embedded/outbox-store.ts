import type { BrokerMessage, PublishStatus } from '../../core/ports/broker.js';

/** A stored message owed to a durable consumer. */
export interface OutboxDelivery {
  seq: number;
  message: BrokerMessage;
  attempt: number;
}

/**
 * The slice of a store the embedded broker needs: an append-only outbox with a unique
 * message id, and per-durable-consumer progress with leases. The exchange stores
 * (SQLite, PostgreSQL) implement it in the same database as everything else.
 */
export interface OutboxStore {
  outboxAppend(messages: readonly BrokerMessage[], at: string): Promise<PublishStatus[]>;
  /**
   * Claims up to `limit` deliveries due at `now` (epoch ms) for the durable consumer:
   * new messages matching `filter` and earlier ones whose lease ran out. Each claim is
   * leased until `now + leaseMs`, after which it is due again (redelivery).
   */
  outboxClaim(options: {
    durable: string;
    filter: string;
    limit: number;
    now: number;
    leaseMs: number;
  }): Promise<OutboxDelivery[]>;
  /** Done with a delivery: it is never delivered again to this consumer. */
  outboxSettle(durable: string, seqs: readonly number[]): Promise<void>;
  /** Makes a delivery due again at `dueAt` (epoch ms). */
  outboxReschedule(durable: string, seq: number, dueAt: number): Promise<void>;
}
