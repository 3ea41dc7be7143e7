/** A message on the broker. `id` is the de-duplication key (JetStream `Nats-Msg-Id`). */
export interface BrokerMessage {
  id: string;
  /** Dot-separated subject, e.g. `tamga.exchange.out.vet`. */
  subject: string;
  data: Uint8Array;
  headers?: Record<string, string>;
}

/** `duplicate`: a message with the same id was published before; nothing was added. */
export type PublishStatus = 'published' | 'duplicate';

export interface BrokerDelivery {
  message: BrokerMessage;
  /** 1 on the first delivery, then 2, 3... on redeliveries. */
  attempt: number;
}

/**
 * What a handler decided. `retry` redelivers after `delayMs`; `drop` gives up on the
 * message for good (after recording why). A handler that throws is retried.
 */
export type HandlerOutcome = { status: 'ack' } | { status: 'retry'; delayMs: number } | { status: 'drop' };

export interface SubscribeOptions {
  /** Durable consumer name: progress survives restarts and is shared by its subscribers. */
  durable: string;
  /** Subject filter: exact, or ending in `>` for everything below a prefix. */
  subject: string;
  handler: (delivery: BrokerDelivery) => Promise<HandlerOutcome>;
  /** Unacknowledged deliveries are redelivered after this long; default 30 s. */
  ackWaitMs?: number;
  /** Deliveries handled at once; default 64. */
  maxInFlight?: number;
}

export interface Subscription {
  /**
   * Stops taking deliveries. With `drain` (default) waits for the handlers running;
   * without, abandons them: what they did not acknowledge is redelivered after ackWait.
   */
  stop(options?: { drain?: boolean }): Promise<void>;
}

/**
 * The transport port. Delivery is at least once: a message is redelivered until a handler
 * acknowledges it, so receivers must be idempotent (keyed by message id). Publishing the
 * same id twice stores it once. Implementations: src/broker/embedded (an outbox table in
 * the store and an in-process dispatcher) and src/broker/nats (JetStream); both pass
 * test/contract/broker.contract.ts.
 */
export interface Broker {
  /** Publishes in order; resolves once every message is durably stored. */
  publish(messages: readonly BrokerMessage[]): Promise<PublishStatus[]>;
  subscribe(options: SubscribeOptions): Promise<Subscription>;
  close(): Promise<void>;
}
