import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemberDirectory } from '../../../src/core/exchange/member.js';
import { openMessage } from '../../../src/core/exchange/open-message.js';
import { verifySignature } from '../../../src/exchange/crypto/ed25519.js';
import { buildDeclaration, buildRecord } from '../support/factories.js';
import { createTestHub, type TestHub } from '../support/test-hub.js';

interface Receiver {
  url: string;
  received: { status: number; body: string; contentType?: string; messageId?: string }[];
  close(): Promise<void>;
}

/** A member's webhook: answers with the statuses given, in turn, then 200. */
async function startReceiver(statuses: number[]): Promise<Receiver> {
  const received: Receiver['received'] = [];
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      const status = statuses[received.length] ?? 200;
      received.push({
        status,
        body,
        contentType: request.headers['content-type'],
        messageId: request.headers['tamga-message-id'] as string | undefined,
      });
      response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/tamga`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function eventually(condition: () => Promise<boolean> | boolean, timeoutMs = 15_000): Promise<void> {
  const start = Date.now();
  while (!(await condition())) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('webhook delivery', () => {
  let subject: TestHub;
  let flaky: Receiver;
  let gone: Receiver;
  beforeAll(async () => {
    flaky = await startReceiver([503, 500]);
    gone = await startReceiver([410]);
    subject = await createTestHub({
      endpoints: {
        vet: { delivery: 'webhook', webhookUrl: flaky.url },
        phyto: { delivery: 'webhook', webhookUrl: gone.url },
        tax: { delivery: 'webhook', webhookUrl: 'http://127.0.0.1:9/closed' },
      },
      hub: { webhookRetry: { maxAttempts: 4, baseDelayMs: 40, maxDelayMs: 200 } },
    });
    await subject.hub.start();
  });
  afterAll(async () => {
    await subject.cleanup();
    await flaky.close();
    await gone.close();
  });

  it('posts the signed message, retrying with backoff until the member takes it', async () => {
    const [sent] = await subject.hub.onDeclarationEvent({ record: buildRecord(), event: 'ingested' });
    await eventually(async () => (await subject.store.delivery('vet', sent!.messageId))?.status === 'delivered');
    expect(flaky.received.map((request) => request.status)).toEqual([503, 500, 200]);
    expect(await subject.store.delivery('vet', sent!.messageId)).toMatchObject({ status: 'delivered', attempts: 3 });
    const last = flaky.received[2]!;
    expect(last).toMatchObject({ contentType: 'application/jose', messageId: sent!.messageId });
    const directory = createMemberDirectory(await subject.store.members());
    expect(openMessage(last.body, { self: 'vet', now: new Date(), directory, verify: verifySignature }).status).toBe(
      'verified',
    );
    expect(await subject.hub.pullInbox('vet')).toEqual({ messages: [] });
  });

  it('gives up at once on a permanent refusal (410) and marks the delivery dead', async () => {
    const flowers = buildRecord({
      id: 'dec-flowers',
      declaration: buildDeclaration({
        goodsItems: [{ sequence: 1, classifications: [{ id: '060311' }], netMassKg: 7 }],
      }),
    });
    const [sent] = await subject.hub.onDeclarationEvent({ record: flowers, event: 'ingested' });
    await eventually(async () => (await subject.store.delivery('phyto', sent!.messageId))?.status === 'dead');
    expect(gone.received).toHaveLength(1);
    expect(await subject.store.delivery('phyto', sent!.messageId)).toMatchObject({
      status: 'dead',
      attempts: 1,
      lastError: 'HTTP 410',
    });
  });

  it('marks the delivery dead after the last attempt when the webhook never answers', async () => {
    const sent = await subject.hub.onDeclarationEvent({ record: buildRecord({ id: 'dec-tax' }), event: 'released' });
    const toTax = sent.find((message) => message.recipient === 'tax')!;
    await eventually(async () => (await subject.store.delivery('tax', toTax.messageId))?.status === 'dead');
    expect(await subject.store.delivery('tax', toTax.messageId)).toMatchObject({
      status: 'dead',
      attempts: 4,
      lastError: expect.any(String),
    });
  });
});
