import type { Registry } from '../../core/exchange/hub/registry.js';
import type { DeliveryStore } from '../../core/exchange/ports/exchange-store.js';
import type { Broker, BrokerDelivery, HandlerOutcome, Subscription } from '../../core/ports/broker.js';
import { backoffDelay } from '../../broker/embedded/backoff.js';
import type { ExchangeSubjects } from '../hub/subjects.js';
import type { WebhookPusher } from './webhook-pusher.js';

/** Retry policy for webhooks: exponential backoff with jitter, then the delivery is dead. */
export interface WebhookRetryPolicy {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_WEBHOOK_RETRY: WebhookRetryPolicy = {
  maxAttempts: 12,
  baseDelayMs: 1_000,
  maxDelayMs: 10 * 60_000,
};

export interface DeliveryWorkerOptions {
  broker: Broker;
  store: DeliveryStore;
  registry: Registry;
  hubId: string;
  subjects: ExchangeSubjects;
  pusher: WebhookPusher;
  retry?: WebhookRetryPolicy;
  now?: () => Date;
}

/**
 * Takes every outbound message off the broker and routes it by the recipient's delivery mode:
 * pull members already have it in their inbox; NATS members consume the stream themselves;
 * webhook members get it posted, with retries and exponential backoff, then `dead`.
 */
export function startDeliveryWorker(options: DeliveryWorkerOptions): Promise<Subscription> {
  const retry = options.retry ?? DEFAULT_WEBHOOK_RETRY;
  const now = () => (options.now?.() ?? new Date()).toISOString();
  const decoder = new TextDecoder();

  const handler = async (delivery: BrokerDelivery): Promise<HandlerOutcome> => {
    const memberId = options.subjects.memberOf(delivery.message.subject);
    const messageId = delivery.message.id;
    const { members } = await options.registry.snapshot();
    const member = members.find((candidate) => candidate.id === memberId);
    const update = (status: 'delivered' | 'streamed' | 'dead' | 'pending', lastError?: string) =>
      options.store.updateDelivery({
        memberId,
        messageId,
        status,
        attempts: delivery.attempt,
        lastError,
        updatedAt: now(),
      });
    if (!member) {
      await update('dead', `no member "${memberId}"`);
      return { status: 'drop' };
    }
    const { delivery: mode, webhookUrl } = member.endpoints;
    if (mode === 'pull') return { status: 'ack' };
    if (mode === 'nats') {
      await update('streamed');
      return { status: 'ack' };
    }
    if (!webhookUrl) {
      await update('dead', 'webhook delivery without a webhook URL');
      return { status: 'drop' };
    }
    const result = await options.pusher.push({
      url: webhookUrl,
      jws: decoder.decode(delivery.message.data),
      messageId,
    });
    if (result.status === 'delivered') {
      await update('delivered');
      return { status: 'ack' };
    }
    if (!result.retryable || delivery.attempt >= retry.maxAttempts) {
      await update('dead', result.error);
      return { status: 'drop' };
    }
    await update('pending', result.error);
    return {
      status: 'retry',
      delayMs: backoffDelay(delivery.attempt, { baseMs: retry.baseDelayMs, maxMs: retry.maxDelayMs }),
    };
  };
  return options.broker.subscribe({
    durable: `${options.hubId}-delivery`,
    subject: options.subjects.allOut,
    handler,
    maxInFlight: 64,
  });
}
