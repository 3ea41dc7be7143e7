import { connect, headers as natsHeaders, type NatsConnection } from 'nats';
import type { Broker, BrokerMessage, PublishStatus, Subscription } from '../../core/ports/broker.js';
import { ensureStream } from './nats-stream.js';
import { subscribeNats } from './nats-subscription.js';

export interface NatsBrokerOptions {
  /** NATS server URL(s), e.g. `nats://127.0.0.1:4222`. */
  servers: string | string[];
  /** JetStream stream name (tests use one per run). */
  stream: string;
  /** Subjects the stream captures, e.g. `["tamga.exchange.>"]`. */
  subjects: string[];
  /** De-duplication window; default 1 h, so a publish retried after an outage is still caught. */
  duplicateWindowMs?: number;
  /** Stream retention by age; default 7 days. */
  maxAgeMs?: number;
  /** Publishes awaiting their ack at once; default 256. */
  publishConcurrency?: number;
  /** How long to wait for each publish ack; default 5 s. */
  publishTimeoutMs?: number;
}

async function publishOne(nc: NatsConnection, message: BrokerMessage, timeout: number): Promise<PublishStatus> {
  const hdrs = natsHeaders();
  for (const [name, value] of Object.entries(message.headers ?? {})) hdrs.set(name, value);
  const ack = await nc
    .jetstream()
    .publish(message.subject, message.data, { msgID: message.id, headers: hdrs, timeout });
  return ack.duplicate ? 'duplicate' : 'published';
}

/**
 * JetStream behind the broker port: durable file-backed stream, durable consumers with
 * explicit acks and redelivery, de-duplication by `Nats-Msg-Id`. The client reconnects
 * forever; a publish made while the server is down fails after its timeout and the caller
 * (the outbox relay) tries again later.
 */
export async function createNatsBroker(options: NatsBrokerOptions): Promise<Broker> {
  const nc = await connect({
    servers: options.servers,
    maxReconnectAttempts: -1,
    reconnectTimeWait: 250,
    // Each request would otherwise capture a stack trace, the larger part of a publish on the client.
    noAsyncTraces: true,
    name: `tamga:${options.stream}`,
  });
  const jsm = await nc.jetstreamManager();
  await ensureStream(jsm, {
    name: options.stream,
    subjects: options.subjects,
    duplicateWindowMs: options.duplicateWindowMs ?? 3_600_000,
    maxAgeMs: options.maxAgeMs ?? 7 * 24 * 3_600_000,
  });
  const js = nc.jetstream();
  const concurrency = options.publishConcurrency ?? 256;
  const timeout = options.publishTimeoutMs ?? 5_000;
  const subscriptions = new Set<Subscription>();
  return {
    async publish(messages) {
      const statuses: PublishStatus[] = new Array<PublishStatus>(messages.length);
      for (let start = 0; start < messages.length; start += concurrency) {
        const slice = messages.slice(start, start + concurrency);
        const results = await Promise.all(slice.map((message) => publishOne(nc, message, timeout)));
        results.forEach((status, index) => (statuses[start + index] = status));
      }
      return statuses;
    },
    async subscribe(subscribeOptions) {
      const subscription = await subscribeNats({ js, jsm, stream: options.stream }, subscribeOptions);
      const handle: Subscription = {
        stop: async (stopOptions) => {
          subscriptions.delete(handle);
          await subscription.stop(stopOptions);
        },
      };
      subscriptions.add(handle);
      return handle;
    },
    async close() {
      await Promise.all([...subscriptions].map((subscription) => subscription.stop()));
      await nc.drain().catch(() => nc.close());
    },
  };
}
