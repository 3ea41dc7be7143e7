import { AckPolicy, DeliverPolicy, nanos, type JetStreamClient, type JetStreamManager, type JsMsg } from 'nats';
import type { BrokerMessage, HandlerOutcome, SubscribeOptions, Subscription } from '../../core/ports/broker.js';
import { backoffDelay } from '../embedded/backoff.js';

/** Creates or updates the durable consumer: explicit acks, redelivery after ackWait, no delivery limit. */
async function ensureConsumer(jsm: JetStreamManager, stream: string, options: SubscribeOptions): Promise<void> {
  const config = {
    durable_name: options.durable,
    ack_policy: AckPolicy.Explicit,
    deliver_policy: DeliverPolicy.All,
    filter_subject: options.subject,
    ack_wait: nanos(options.ackWaitMs ?? 30_000),
    max_ack_pending: Math.max(1000, (options.maxInFlight ?? 64) * 4),
    max_deliver: -1,
  };
  const existing = await jsm.consumers.info(stream, options.durable).catch(() => undefined);
  if (!existing) await jsm.consumers.add(stream, config);
  else
    await jsm.consumers.update(stream, options.durable, {
      ack_wait: config.ack_wait,
      max_ack_pending: config.max_ack_pending,
      filter_subject: config.filter_subject,
    });
}

function toBrokerMessage(msg: JsMsg): BrokerMessage {
  const headers: Record<string, string> = {};
  for (const [name, values] of msg.headers ?? []) if (values[0] !== undefined) headers[name] = values[0];
  const id = headers['Nats-Msg-Id'] ?? `${msg.info.stream}:${msg.seq}`;
  delete headers['Nats-Msg-Id'];
  const message: BrokerMessage = { id, subject: msg.subject, data: msg.data };
  return Object.keys(headers).length > 0 ? { ...message, headers } : message;
}

function settle(msg: JsMsg, outcome: HandlerOutcome): void {
  if (outcome.status === 'ack') msg.ack();
  else if (outcome.status === 'retry') msg.nak(outcome.delayMs);
  else msg.term();
}

/**
 * A durable pull consumer with up to maxInFlight handlers at once. JetStream redelivers
 * what is not acknowledged within ackWait, also to another subscriber of the same durable.
 */
export async function subscribeNats(
  context: { js: JetStreamClient; jsm: JetStreamManager; stream: string },
  options: SubscribeOptions,
): Promise<Subscription> {
  await ensureConsumer(context.jsm, context.stream, options);
  const consumer = await context.js.consumers.get(context.stream, options.durable);
  const maxInFlight = options.maxInFlight ?? 64;
  const messages = await consumer.consume({ max_messages: maxInFlight });
  const running = new Set<Promise<void>>();
  let abandoned = false;
  let stopped = false;
  let slotFreed: (() => void) | undefined;

  const handle = async (msg: JsMsg) => {
    const attempt = msg.info.deliveryCount;
    let outcome: HandlerOutcome;
    try {
      outcome = await options.handler({ message: toBrokerMessage(msg), attempt });
    } catch {
      outcome = { status: 'retry', delayMs: backoffDelay(attempt) };
    }
    if (!abandoned) settle(msg, outcome);
  };
  const loop = (async () => {
    for await (const msg of messages) {
      while (running.size >= maxInFlight && !stopped) await new Promise<void>((resolve) => (slotFreed = resolve));
      // Taken but not handled: without an ack JetStream redelivers it after ackWait.
      if (stopped) break;
      const task = handle(msg).finally(() => {
        running.delete(task);
        slotFreed?.();
      });
      running.add(task);
    }
  })();

  return {
    async stop(stopOptions = {}) {
      abandoned = stopOptions.drain === false;
      stopped = true;
      messages.stop();
      slotFreed?.();
      await loop.catch(() => undefined);
      if (!abandoned) await Promise.all(running);
    },
  };
}
