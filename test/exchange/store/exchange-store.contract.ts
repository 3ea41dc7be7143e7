import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LogRecord } from '../../../src/core/exchange/log-entry.js';
import type { SentItem, StoredMessage } from '../../../src/core/exchange/ports/exchange-store.js';
import { createLogVerifier } from '../../../src/core/exchange/verify-log.js';
import { nodeSha256 } from '../../../src/adapters/node-sha256.js';
import { verifySignature } from '../../../src/exchange/crypto/ed25519.js';
import type { SqlExchangeStore } from '../../../src/exchange/store/sql/sql-exchange-store.js';
import { buildAgreement, buildMember } from '../support/factories.js';

export interface StoreUnderTest {
  store: SqlExchangeStore;
  cleanup(): Promise<void>;
}

const at = (second: number) => new Date(Date.UTC(2020, 0, 2, 10, 0, second)).toISOString();

function sent(id: string, recipient = 'vet', second = 0): SentItem {
  const message: StoredMessage = {
    id,
    direction: 'sent',
    sender: 'hub',
    recipient,
    type: 'declaration.ingested',
    correlationId: 'dec-1',
    declarationId: 'dec-1',
    declarationVersion: 1,
    agreement: { id: 'vet-import-control', version: 1 },
    jws: `jws-of-${id}`,
    digest: nodeSha256(`jws-of-${id}`),
    recordedAt: at(second),
    retainUntil: at(second + 30),
  };
  const record: LogRecord = {
    direction: 'sent',
    outcome: 'accepted',
    digest: message.digest,
    recordedAt: message.recordedAt,
    messageId: id,
    sender: 'hub',
    recipient,
    agreement: message.agreement,
  };
  return { message, record, delivery: recipient === 'tax' ? 'webhook' : 'pull' };
}

async function verifyChain(store: SqlExchangeStore) {
  const verifier = createLogVerifier({
    sha256: nodeSha256,
    checkpoints: await store.checkpoints(),
    hubKeys: [],
    verify: verifySignature,
  });
  let after = 0;
  for (;;) {
    const page = await store.logPage(after, 100);
    if (page.length === 0) break;
    verifier.push(page);
    after = page.at(-1)!.seq;
  }
  return verifier.result();
}

/** One suite, every adapter (test/exchange/store/*.test.ts run it). */
export function exchangeStoreContract(name: string, open: () => Promise<StoreUnderTest>): void {
  describe(`exchange store contract: ${name}`, () => {
    let subject: StoreUnderTest;
    let store: SqlExchangeStore;
    beforeAll(async () => {
      subject = await open();
      store = subject.store;
      await store.migrate();
      await store.migrate();
    });
    afterAll(() => subject.cleanup());

    it('keeps members with every key, updating in place', async () => {
      const { member } = buildMember('vet');
      const { keys, ...rest } = member;
      await store.saveMember(rest);
      await store.saveMember({ ...rest, name: 'Veterinary and Phytosanitary Service' });
      for (const key of keys) await store.addKey(key);
      await store.addKey({ kid: 'vet-k2', memberId: 'vet', publicKey: 'x'.repeat(43), validFrom: at(5) });
      expect(await store.updateKey('vet-k1', { validUntil: at(5) })).toBe(true);
      expect(await store.updateKey('nobody', { revokedAt: at(5) })).toBe(false);
      const [stored] = await store.members();
      expect(stored).toMatchObject({
        id: 'vet',
        name: 'Veterinary and Phytosanitary Service',
        endpoints: { delivery: 'pull' },
      });
      expect(stored!.keys.map((key) => [key.kid, key.validUntil])).toEqual([
        ['vet-k1', at(5)],
        ['vet-k2', undefined],
      ]);
    });

    it('keeps hashed credentials and revokes them', async () => {
      await store.saveCredential({
        id: '0123456789abcdef',
        memberId: 'vet',
        secretHash: 'h'.repeat(64),
        createdAt: at(1),
      });
      expect(await store.credential('0123456789abcdef')).toEqual({
        id: '0123456789abcdef',
        memberId: 'vet',
        secretHash: 'h'.repeat(64),
        createdAt: at(1),
      });
      expect(await store.revokeCredentials('vet', at(2))).toBe(1);
      expect(await store.credential('0123456789abcdef')).toMatchObject({ revokedAt: at(2) });
      expect(await store.credential('ffffffffffffffff')).toBeUndefined();
    });

    it('stores agreement versions once and refuses to rewrite one', async () => {
      const v1 = buildAgreement();
      expect(await store.saveAgreement(v1)).toBe('stored');
      expect(await store.saveAgreement(v1)).toBe('unchanged');
      expect(await store.saveAgreement({ ...v1, fields: [] })).toBe('conflict');
      expect(await store.saveAgreement({ ...v1, version: 2 })).toBe('stored');
      expect((await store.agreements()).map((agreement) => [agreement.id, agreement.version])).toEqual([
        ['vet-import-control', 1],
        ['vet-import-control', 2],
      ]);
    });

    it('records sent messages with chained log entries and one delivery each', async () => {
      const entries = await store.recordSent([sent('m1'), sent('m2', 'tax'), sent('m3', 'vet', 5)]);
      expect(entries.map((entry) => [entry.seq, entry.messageId])).toEqual([
        [1, 'm1'],
        [2, 'm2'],
        [3, 'm3'],
      ]);
      expect(await store.logHead()).toEqual({ seq: 3, hash: entries[2]!.hash });
      expect(await store.message('hub', 'm2')).toEqual(sent('m2', 'tax').message);
      expect(await store.delivery('tax', 'm2')).toMatchObject({ mode: 'webhook', status: 'pending', attempts: 0 });
    });

    it('serves a pull inbox by cursor and forgets what was acknowledged', async () => {
      const page = await store.inbox('vet', { limit: 1 });
      expect(page.map((item) => [item.messageId, item.jws])).toEqual([['m1', 'jws-of-m1']]);
      const next = await store.inbox('vet', { after: page[0]!.cursor, limit: 10 });
      expect(next.map((item) => item.messageId)).toEqual(['m3']);
      expect(await store.inbox('tax', { limit: 10 })).toEqual([]);
      expect(await store.ack('vet', ['m1', 'm2', 'unknown'], at(9))).toBe(1);
      expect(await store.ack('vet', ['m1'], at(9))).toBe(0);
      expect((await store.inbox('vet', { limit: 10 })).map((item) => item.messageId)).toEqual(['m3']);
      expect(await store.delivery('vet', 'm1')).toMatchObject({ status: 'acked', updatedAt: at(9) });
    });

    it('updates a push delivery', async () => {
      await store.updateDelivery({
        memberId: 'tax',
        messageId: 'm2',
        status: 'dead',
        attempts: 8,
        lastError: 'HTTP 503',
        updatedAt: at(20),
      });
      expect(await store.delivery('tax', 'm2')).toMatchObject({ status: 'dead', attempts: 8, lastError: 'HTTP 503' });
    });

    it('lists unpublished messages until they are marked', async () => {
      expect((await store.unpublished(10)).map((message) => message.id)).toEqual(['m1', 'm2', 'm3']);
      await store.markPublished(['m1', 'm3'], at(3));
      expect((await store.unpublished(10)).map((message) => message.id)).toEqual(['m2']);
      expect(await store.message('hub', 'm1')).toMatchObject({ publishedAt: at(3) });
    });

    it('records a received message once, and logs its replay', async () => {
      const message: StoredMessage = {
        ...sent('r1').message,
        direction: 'received',
        sender: 'vet',
        recipient: 'hub',
        type: 'agency.decision',
        inReplyTo: 'm1',
      };
      const record: LogRecord = {
        direction: 'received',
        outcome: 'accepted',
        digest: message.digest,
        recordedAt: at(4),
        messageId: 'r1',
        sender: 'vet',
      };
      const decision = {
        messageId: 'r1',
        memberId: 'vet',
        declarationId: 'dec-1',
        declarationVersion: 1,
        inReplyTo: 'm1',
        outcome: 'granted' as const,
        certificateNumber: 'VC-1',
        agreement: { id: 'vet-decisions', version: 1 },
        decidedAt: at(4),
      };
      const first = await store.recordReceived({ message, record, rememberUntil: at(50), decision });
      const again = await store.recordReceived({ message, record, rememberUntil: at(50), decision });
      expect(first.status).toBe('recorded');
      expect(again.status).toBe('duplicate');
      expect(JSON.parse(again.entry.text)).toMatchObject({ outcome: 'rejected', code: 'replayed', messageId: 'r1' });
      expect(await store.decisions('dec-1')).toEqual([decision]);
      expect((await store.logEntriesFor('r1')).map((entry) => entry.seq)).toEqual([first.entry.seq, again.entry.seq]);
      expect((await store.messagesById('r1')).map((stored) => stored.sender)).toEqual(['vet']);
      expect((await store.messagesAbout('dec-1')).map((stored) => [stored.sender, stored.id])).toEqual([
        ['hub', 'm1'],
        ['hub', 'm2'],
        ['vet', 'r1'],
        ['hub', 'm3'],
      ]);
    });

    it('forgets processed ids after their expiry, and purges bodies past retention', async () => {
      expect(await store.purgeProcessed(at(49))).toBe(0);
      expect(await store.purgeProcessed(at(50))).toBe(1);
      expect(await store.purgeBodies(at(30))).toBe(3);
      expect(await store.message('hub', 'm1')).not.toHaveProperty('jws');
      expect(await store.inbox('vet', { limit: 10 })).toHaveLength(1);
      expect(await store.purgeBodies(at(40))).toBe(1);
      expect(await store.inbox('vet', { limit: 10 })).toEqual([]);
    });

    it('keeps the chain whole under concurrent writers', async () => {
      await Promise.all(
        Array.from({ length: 20 }, (_, index) =>
          store.recordSent([sent(`c${index}a`, 'vet', index), sent(`c${index}b`, 'vet', index)]),
        ),
      );
      await store.appendLog([
        {
          direction: 'received',
          outcome: 'rejected',
          code: 'bad-signature',
          digest: nodeSha256('junk'),
          recordedAt: at(59),
        },
      ]);
      expect(await verifyChain(store)).toMatchObject({ status: 'intact', entries: 46 });
    });

    it('stores checkpoints by seq', async () => {
      await store.saveCheckpoint({ seq: 3, head: 'h3', sealedAt: at(7), jws: 'a.b.c' });
      await store.saveCheckpoint({ seq: 3, head: 'h3', sealedAt: at(7), jws: 'a.b.c' });
      expect(await store.checkpoints()).toEqual([{ seq: 3, head: 'h3', sealedAt: at(7), jws: 'a.b.c' }]);
    });

    it('keeps an outbox that de-duplicates by id, within and across batches', async () => {
      const message = (id: string, subject = 'tamga.exchange.out.vet') => ({
        id,
        subject,
        data: new TextEncoder().encode(id),
        headers: { 'Tamga-Type': 'x' },
      });
      expect(await store.outboxAppend([message('o1'), message('o2'), message('o1')], at(1))).toEqual([
        'published',
        'published',
        'duplicate',
      ]);
      expect(await store.outboxAppend([message('o2'), message('o3', 'tamga.exchange.in.vet')], at(2))).toEqual([
        'duplicate',
        'published',
      ]);
    });

    it('leases outbox deliveries per durable consumer and redelivers what is not settled', async () => {
      const claim = (durable: string, now: number, filter = 'tamga.exchange.out.>') =>
        store.outboxClaim({ durable, filter, limit: 10, now, leaseMs: 1000 });
      const first = await claim('delivery', 0);
      expect(first.map((delivery) => [delivery.message.id, delivery.attempt])).toEqual([
        ['o1', 1],
        ['o2', 1],
      ]);
      expect(first[0]!.message).toMatchObject({ subject: 'tamga.exchange.out.vet', headers: { 'Tamga-Type': 'x' } });
      expect(new TextDecoder().decode(first[0]!.message.data)).toBe('o1');
      expect(await claim('delivery', 500)).toEqual([]);
      await store.outboxSettle('delivery', [first[0]!.seq]);
      const again = await claim('delivery', 1000);
      expect(again.map((delivery) => [delivery.message.id, delivery.attempt])).toEqual([['o2', 2]]);
      await store.outboxReschedule('delivery', again[0]!.seq, 5000);
      expect(await claim('delivery', 4999)).toEqual([]);
      expect((await claim('delivery', 5000)).map((delivery) => delivery.attempt)).toEqual([3]);
      expect((await claim('audit', 0, '>')).map((delivery) => delivery.message.id)).toEqual(['o1', 'o2', 'o3']);
      expect((await claim('inbound', 0, 'tamga.exchange.in.vet')).map((delivery) => delivery.message.id)).toEqual([
        'o3',
      ]);
    });
  });
}
