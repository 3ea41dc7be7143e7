import type { SentMessage } from '../../core/exchange/hub/send-declaration-event.js';
import type { MessageLogStore } from '../../core/exchange/ports/exchange-store.js';
import type { Broker, BrokerMessage } from '../../core/ports/broker.js';
import { backoffDelay } from '../../broker/embedded/backoff.js';
import type { ExchangeSubjects } from './subjects.js';

export interface OutboxRelay {
  /** Publishes freshly sent messages now; on failure they wait for the background pass. */
  publish(messages: readonly SentMessage[]): Promise<'published' | 'deferred'>;
  start(): void;
  stop(): Promise<void>;
  /** One background pass: publishes what the store still owes the broker; returns how many. */
  drain(): Promise<number>;
}

const encoder = new TextEncoder();

/**
 * The transactional outbox relay: a message is first committed to the store (log + delivery),
 * then handed to the broker and marked published. If the broker is down, or the process dies
 * in between, the background pass publishes it later; the broker drops the repeat by id.
 */
export function createOutboxRelay(options: {
  store: MessageLogStore;
  broker: Broker;
  subjects: ExchangeSubjects;
  intervalMs?: number;
  batchSize?: number;
}): OutboxRelay {
  const { store, broker, subjects } = options;
  const toBroker = (message: { id: string; recipient: string; jws: string; type: string }): BrokerMessage => ({
    id: message.id,
    subject: subjects.out(message.recipient),
    data: encoder.encode(message.jws),
    headers: { 'Tamga-Recipient': message.recipient, 'Tamga-Type': message.type },
  });
  let timer: NodeJS.Timeout | undefined;
  let failures = 0;
  let passing: Promise<number> | undefined;
  let stopped = true;
  /** After a failed publish the fast path stands aside for a while; the background pass retries. */
  let brokerDownUntil = 0;

  const pass = async (): Promise<number> => {
    let total = 0;
    for (;;) {
      const owed = (await store.unpublished(options.batchSize ?? 1_000)).filter((message) => message.jws !== undefined);
      if (owed.length === 0) return total;
      await broker.publish(owed.map((message) => toBroker({ ...message, jws: message.jws! })));
      await store.markPublished(
        owed.map((message) => message.id),
        new Date().toISOString(),
      );
      total += owed.length;
    }
  };
  const drain = () => (passing ??= pass().finally(() => (passing = undefined)));
  const schedule = (delay: number) => {
    if (stopped) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      drain().then(
        () => ((failures = 0), schedule(options.intervalMs ?? 1_000)),
        () => schedule(backoffDelay(++failures, { baseMs: 250, maxMs: 15_000 })),
      );
    }, delay);
    timer.unref();
  };

  return {
    async publish(messages) {
      if (messages.length === 0) return 'published';
      if (Date.now() < brokerDownUntil) return 'deferred';
      try {
        await broker.publish(
          messages.map((message) =>
            toBroker({ id: message.messageId, recipient: message.recipient, jws: message.jws, type: message.type }),
          ),
        );
        await store.markPublished(
          messages.map((message) => message.messageId),
          new Date().toISOString(),
        );
        return 'published';
      } catch {
        brokerDownUntil = Date.now() + 1_000;
        return 'deferred';
      }
    },
    start() {
      stopped = false;
      schedule(0);
    },
    async stop() {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      await passing?.catch(() => undefined);
    },
    drain,
  };
}
