import type { Broker, Subscription } from '../../core/ports/broker.js';
import { startDispatcher, type Dispatcher } from './embedded-dispatcher.js';
import type { OutboxStore } from './outbox-store.js';

export interface EmbeddedBrokerOptions {
  /** Where messages wait: the exchange store (SQLite or PostgreSQL) implements it. */
  store: OutboxStore;
  /** How often idle consumers look for work published by other processes; default 250 ms. */
  pollIntervalMs?: number;
}

const FILTER = /^[^\s*>]+(\.>)?$|^>$/;

/**
 * The broker that needs no server: an outbox table plus in-process dispatchers. Durable
 * (the outbox and each consumer's progress are in the database), at least once (leases
 * expire into redelivery), de-duplicated by message id on publish.
 */
export function createEmbeddedBroker(options: EmbeddedBrokerOptions): Broker {
  const dispatchers = new Set<Dispatcher>();
  const notify = () => {
    for (const dispatcher of dispatchers) dispatcher.wake();
  };
  return {
    async publish(messages) {
      const statuses = await options.store.outboxAppend(messages, new Date().toISOString());
      notify();
      return statuses;
    },
    subscribe(subscription) {
      if (!FILTER.test(subscription.subject)) {
        return Promise.reject(
          new RangeError(
            `the embedded broker filters by exact subject or prefix.>; "${subscription.subject}" is neither`,
          ),
        );
      }
      const dispatcher = startDispatcher({
        store: options.store,
        subscription,
        pollIntervalMs: options.pollIntervalMs ?? 250,
      });
      dispatchers.add(dispatcher);
      const handle: Subscription = {
        stop: async (stopOptions) => {
          dispatchers.delete(dispatcher);
          await dispatcher.stop(stopOptions);
        },
      };
      return Promise.resolve(handle);
    },
    async close() {
      const running = [...dispatchers];
      dispatchers.clear();
      await Promise.all(running.map((dispatcher) => dispatcher.stop()));
    },
  };
}
