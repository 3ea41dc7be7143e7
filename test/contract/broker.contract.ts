import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Broker, BrokerDelivery, BrokerMessage, HandlerOutcome } from '../../src/core/ports/broker.js';

export interface BrokerUnderTest {
  broker: Broker;
  /** A subject prefix private to this run, e.g. `t1234.`; the broker captures `<prefix>>`. */
  prefix: string;
  cleanup(): Promise<void>;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

async function eventually(condition: () => boolean, timeoutMs = 15_000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const settleFor = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The broker port's contract: every implementation (embedded outbox, NATS JetStream) runs it
 * (test/exchange/broker/*.test.ts). At least once, de-duplicated on publish, durable, with
 * explicit acks and redelivery.
 */
export function brokerContract(name: string, open: () => Promise<BrokerUnderTest>): void {
  describe(`broker contract: ${name}`, () => {
    let subject: BrokerUnderTest;
    let broker: Broker;
    let topic: (name: string) => string;
    const messages = (count: number, subjectName: string, tag: string): BrokerMessage[] =>
      Array.from({ length: count }, (_, index) => ({
        id: `${tag}-${index}`,
        subject: topic(subjectName),
        data: encoder.encode(`${tag}:${index}`),
        headers: { 'Tamga-Index': String(index) },
      }));

    beforeAll(async () => {
      subject = await open();
      broker = subject.broker;
      topic = (name) => `${subject.prefix}${name}`;
    });
    afterAll(async () => {
      await broker.close();
      await subject.cleanup();
    });

    it('delivers every published message to a durable consumer, with its data and headers', async () => {
      const seen: BrokerDelivery[] = [];
      const subscription = await broker.subscribe({
        durable: 'all-once',
        subject: topic('basic.>'),
        handler: (delivery) => (seen.push(delivery), Promise.resolve({ status: 'ack' })),
      });
      expect(await broker.publish(messages(200, 'basic.vet', 'basic'))).toEqual(new Array(200).fill('published'));
      await eventually(() => seen.length >= 200);
      await settleFor(300);
      await subscription.stop();
      expect(new Set(seen.map((delivery) => delivery.message.id)).size).toBe(200);
      expect(seen).toHaveLength(200);
      const first = seen.find((delivery) => delivery.message.id === 'basic-7')!;
      expect(first).toMatchObject({
        attempt: 1,
        message: { subject: topic('basic.vet'), headers: { 'Tamga-Index': '7' } },
      });
      expect(decoder.decode(first.message.data)).toBe('basic:7');
    });

    it('de-duplicates by message id on publish, within and across batches', async () => {
      const [one, two] = messages(2, 'dedup.x', 'dedup');
      expect(await broker.publish([one!, two!, one!])).toEqual(['published', 'published', 'duplicate']);
      expect(await broker.publish([two!])).toEqual(['duplicate']);
      const seen: string[] = [];
      const subscription = await broker.subscribe({
        durable: 'dedup',
        subject: topic('dedup.x'),
        handler: (delivery) => (seen.push(delivery.message.id), Promise.resolve({ status: 'ack' })),
      });
      await eventually(() => seen.length >= 2);
      await settleFor(300);
      await subscription.stop();
      expect(seen.sort()).toEqual(['dedup-0', 'dedup-1']);
    });

    it('redelivers what the handler asks to retry or fails on, counting attempts, and forgets dropped ones', async () => {
      const attempts = new Map<string, number[]>();
      const handler = (delivery: BrokerDelivery): Promise<HandlerOutcome> => {
        const list = attempts.get(delivery.message.id) ?? [];
        list.push(delivery.attempt);
        attempts.set(delivery.message.id, list);
        if (delivery.message.id === 'retry-0' && delivery.attempt < 3)
          return Promise.resolve({ status: 'retry', delayMs: 50 });
        if (delivery.message.id === 'retry-1' && delivery.attempt < 2)
          return Promise.reject(new Error('receiver crashed'));
        if (delivery.message.id === 'retry-2') return Promise.resolve({ status: 'drop' });
        return Promise.resolve({ status: 'ack' });
      };
      const subscription = await broker.subscribe({ durable: 'retries', subject: topic('retry.x'), handler });
      await broker.publish(messages(3, 'retry.x', 'retry'));
      await eventually(
        () => (attempts.get('retry-0')?.length ?? 0) >= 3 && (attempts.get('retry-1')?.length ?? 0) >= 2,
      );
      await settleFor(800);
      await subscription.stop();
      expect(attempts.get('retry-0')).toEqual([1, 2, 3]);
      expect(attempts.get('retry-1')).toEqual([1, 2]);
      expect(attempts.get('retry-2')).toEqual([1]);
    });

    it('keeps a durable consumer position across restarts', async () => {
      const seen: string[] = [];
      const handler = (delivery: BrokerDelivery) => (
        seen.push(delivery.message.id),
        Promise.resolve({ status: 'ack' as const })
      );
      const first = await broker.subscribe({ durable: 'resume', subject: topic('resume.x'), handler });
      await broker.publish(messages(5, 'resume.x', 'early'));
      await eventually(() => seen.length >= 5);
      await first.stop();
      await broker.publish(messages(5, 'resume.x', 'late'));
      const second = await broker.subscribe({ durable: 'resume', subject: topic('resume.x'), handler });
      await eventually(() => seen.length >= 10);
      await settleFor(300);
      await second.stop();
      expect(seen.filter((id) => id.startsWith('early'))).toHaveLength(5);
      expect(seen.filter((id) => id.startsWith('late')).sort()).toEqual([
        'late-0',
        'late-1',
        'late-2',
        'late-3',
        'late-4',
      ]);
    });

    it('redelivers to the next subscriber what a killed receiver never acknowledged', async () => {
      const taken: string[] = [];
      const hung = await broker.subscribe({
        durable: 'killed',
        subject: topic('killed.x'),
        ackWaitMs: 1_000,
        maxInFlight: 4,
        handler: (delivery) => {
          taken.push(delivery.message.id);
          return new Promise<HandlerOutcome>(() => undefined);
        },
      });
      await broker.publish(messages(10, 'killed.x', 'killed'));
      await eventually(() => taken.length >= 4);
      await hung.stop({ drain: false });
      const finished = new Set<string>();
      const next = await broker.subscribe({
        durable: 'killed',
        subject: topic('killed.x'),
        ackWaitMs: 1_000,
        handler: (delivery) => (finished.add(delivery.message.id), Promise.resolve({ status: 'ack' })),
      });
      await eventually(() => finished.size >= 10);
      await next.stop();
      expect([...finished].sort()).toEqual(
        messages(10, 'killed.x', 'killed')
          .map((message) => message.id)
          .sort(),
      );
      expect(taken.every((id) => finished.has(id))).toBe(true);
    });

    it('gives each durable consumer every message, and filters by subject', async () => {
      const byConsumer = { audit: [] as string[], vet: [] as string[] };
      const audit = await broker.subscribe({
        durable: 'fan-audit',
        subject: topic('fan.>'),
        handler: (delivery) => (byConsumer.audit.push(delivery.message.id), Promise.resolve({ status: 'ack' })),
      });
      const vet = await broker.subscribe({
        durable: 'fan-vet',
        subject: topic('fan.vet'),
        handler: (delivery) => (byConsumer.vet.push(delivery.message.id), Promise.resolve({ status: 'ack' })),
      });
      await broker.publish([...messages(3, 'fan.vet', 'fan-vet'), ...messages(2, 'fan.tax', 'fan-tax')]);
      await eventually(() => byConsumer.audit.length >= 5 && byConsumer.vet.length >= 3);
      await settleFor(300);
      await Promise.all([audit.stop(), vet.stop()]);
      expect(byConsumer.audit.sort()).toEqual(['fan-tax-0', 'fan-tax-1', 'fan-vet-0', 'fan-vet-1', 'fan-vet-2']);
      expect(byConsumer.vet.sort()).toEqual(['fan-vet-0', 'fan-vet-1', 'fan-vet-2']);
    });

    it('processes each message effectively once behind an idempotent receiver, despite failures and redelivery', async () => {
      const processed = new Map<string, number>();
      let deliveries = 0;
      let failures = 0;
      const handler = (delivery: BrokerDelivery): Promise<HandlerOutcome> => {
        deliveries += 1;
        if (!processed.has(delivery.message.id)) processed.set(delivery.message.id, 1);
        else return Promise.resolve({ status: 'ack' });
        // The work is done, then the receiver fails before its ack: the broker must redeliver.
        if (delivery.attempt === 1 && Number(delivery.message.headers?.['Tamga-Index']) % 5 === 0) {
          failures += 1;
          return Promise.reject(new Error('crashed before the ack'));
        }
        return Promise.resolve({ status: 'ack' });
      };
      const subscription = await broker.subscribe({
        durable: 'once',
        subject: topic('once.x'),
        handler,
        maxInFlight: 32,
      });
      await broker.publish(messages(500, 'once.x', 'once'));
      await eventually(() => deliveries >= 500 + failures && processed.size >= 500, 30_000);
      await settleFor(500);
      await subscription.stop();
      expect(processed.size).toBe(500);
      expect([...processed.values()].every((count) => count === 1)).toBe(true);
      expect(failures).toBe(100);
      expect(deliveries).toBe(600);
    });
  });
}
