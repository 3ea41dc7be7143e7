import type { HandlerOutcome, SubscribeOptions, Subscription } from '../../core/ports/broker.js';
import { backoffDelay } from './backoff.js';
import type { OutboxDelivery, OutboxStore } from './outbox-store.js';

export interface DispatcherOptions {
  store: OutboxStore;
  subscription: SubscribeOptions;
  pollIntervalMs: number;
}

/** A running consumer; `wake` is called after a publish in this process. */
export interface Dispatcher extends Subscription {
  wake(): void;
}

/**
 * The in-process consumer loop: claims due deliveries from the outbox under a lease,
 * runs the handler on each (up to maxInFlight at once), then settles or reschedules it.
 * A delivery whose handler never answers (the process died) comes back when its lease ends.
 */
export function startDispatcher(options: DispatcherOptions): Dispatcher {
  const { store, subscription } = options;
  const ackWaitMs = subscription.ackWaitMs ?? 30_000;
  const maxInFlight = subscription.maxInFlight ?? 64;
  const running = new Set<Promise<void>>();
  let stopped = false;
  let abandoned = false;
  let woken = false;
  let endIdle: (() => void) | undefined;
  const wake = () => {
    woken = true;
    endIdle?.();
  };

  const finish = async (delivery: OutboxDelivery, outcome: HandlerOutcome) => {
    if (abandoned) return;
    if (outcome.status === 'retry')
      await store.outboxReschedule(subscription.durable, delivery.seq, Date.now() + outcome.delayMs);
    else await store.outboxSettle(subscription.durable, [delivery.seq]);
  };
  const handle = async (delivery: OutboxDelivery) => {
    let outcome: HandlerOutcome;
    try {
      outcome = await subscription.handler({ message: delivery.message, attempt: delivery.attempt });
    } catch {
      outcome = { status: 'retry', delayMs: backoffDelay(delivery.attempt) };
    }
    await finish(delivery, outcome).catch(() => undefined);
  };

  const loop = async () => {
    while (!stopped) {
      const free = maxInFlight - running.size;
      const claimed =
        free > 0
          ? await store
              .outboxClaim({
                durable: subscription.durable,
                filter: subscription.subject,
                limit: free,
                now: Date.now(),
                leaseMs: ackWaitMs,
              })
              .catch(() => [])
          : [];
      for (const delivery of claimed) {
        const task = handle(delivery).finally(() => {
          running.delete(task);
          wake();
        });
        running.add(task);
      }
      if (claimed.length === 0 || running.size >= maxInFlight) await idle();
    }
  };
  const idle = () =>
    new Promise<void>((resolve) => {
      if (woken) {
        woken = false;
        resolve();
        return;
      }
      const timer = setTimeout(() => endIdle?.(), options.pollIntervalMs);
      endIdle = () => {
        clearTimeout(timer);
        endIdle = undefined;
        woken = false;
        resolve();
      };
    });
  const done = loop();

  return {
    wake,
    async stop(stopOptions = {}) {
      stopped = true;
      abandoned = stopOptions.drain === false;
      wake();
      await done;
      if (!abandoned) await Promise.all(running);
    },
  };
}
