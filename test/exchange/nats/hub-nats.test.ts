import { connect } from 'nats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNatsBroker } from '../../../src/broker/nats/nats-broker.js';
import type { Broker } from '../../../src/core/ports/broker.js';
import { exchangeSubjects } from '../../../src/exchange/hub/subjects.js';
import { hubDirectory } from '../../../src/exchange/member/hub-directory.js';
import { startMemberConsumer } from '../../../src/exchange/member/member-consumer.js';
import { createMemberReceiver, type MemberReceiveResult } from '../../../src/exchange/member/member-receiver.js';
import type { SqlExchangeStore } from '../../../src/exchange/store/sql/sql-exchange-store.js';
import { buildRecord } from '../support/factories.js';
import { signEnvelope } from '../support/network.js';
import { createTestHub, openTestStore, type TestHub } from '../support/test-hub.js';
import { decisionFor } from '../hub/hub-scenario.js';
import { checkService, natsUrl } from '../../support/services.js';

const check = await checkService('NATS', natsUrl);

async function eventually(condition: () => Promise<boolean> | boolean, timeoutMs = 20_000): Promise<void> {
  const start = Date.now();
  while (!(await condition())) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe.skipIf(!check.available)('the exchange over NATS JetStream', () => {
  const run = `${process.pid}_${Date.now()}`;
  const prefix = `t${run}.exchange`;
  const stream = `TAMGA_HUB_${run}`;
  const subjects = exchangeSubjects(prefix);
  let subject: TestHub;
  let memberBroker: Broker;
  let memberStore: { store: SqlExchangeStore; drop: () => Promise<void> };
  const results: MemberReceiveResult[] = [];

  beforeAll(async () => {
    subject = await createTestHub({
      broker: () => createNatsBroker({ servers: natsUrl, stream, subjects: [`${prefix}.>`] }),
      endpoints: { vet: { delivery: 'nats' } },
      hub: { subjectPrefix: prefix },
    });
    await subject.hub.start();
    memberStore = await openTestStore('sqlite');
    memberBroker = await createNatsBroker({ servers: natsUrl, stream, subjects: [`${prefix}.>`] });
    const receiver = createMemberReceiver({
      store: memberStore.store,
      memberId: 'vet',
      directory: async () => hubDirectory('hub', await subject.hub.hubKeys()),
    });
    await startMemberConsumer({
      broker: memberBroker,
      subjects,
      memberId: 'vet',
      receiver,
      onResult: (result) => results.push(result),
    });
  });
  afterAll(async () => {
    await memberBroker.close();
    await memberStore.store.close();
    await memberStore.drop();
    await subject.cleanup();
    const nc = await connect({ servers: natsUrl });
    await (await nc.jetstreamManager()).streams.delete(stream);
    await nc.close();
  });

  it('streams signed messages to a NATS member, which verifies and records each once', async () => {
    const records = Array.from({ length: 50 }, (_, index) => buildRecord({ id: `dec-nats-${index}` }));
    const sent = await subject.hub.onDeclarationEvents(
      records.map((record) => ({ record, event: 'ingested' as const })),
    );
    expect(sent).toHaveLength(50);
    await eventually(() => results.filter((result) => result.status === 'processed').length >= 50);
    expect(results.every((result) => result.status === 'processed')).toBe(true);
    await eventually(async () => (await subject.store.delivery('vet', sent[49]!.messageId))?.status === 'streamed');
    expect(await subject.store.unpublished(10)).toEqual([]);
    expect(await memberStore.store.logHead()).toMatchObject({ seq: 50 });
  });

  it('takes decisions members publish on their inbound subject, once, whatever the transport repeats', async () => {
    const processed = results.find((result) => result.status === 'processed');
    if (processed?.status !== 'processed') throw new Error('nothing processed');
    const jws = new TextEncoder().encode(signEnvelope(decisionFor(processed.envelope), subject.members.vet!.key));
    const declarationId = processed.envelope.subject!.declarationId;
    expect(await memberBroker.publish([{ id: 'vet-publish-1', subject: subjects.in('vet'), data: jws }])).toEqual([
      'published',
    ]);
    expect(await memberBroker.publish([{ id: 'vet-publish-1', subject: subjects.in('vet'), data: jws }])).toEqual([
      'duplicate',
    ]);
    expect(await memberBroker.publish([{ id: 'vet-publish-2', subject: subjects.in('vet'), data: jws }])).toEqual([
      'published',
    ]);
    await eventually(async () => {
      const entries = await subject.store.logEntriesFor(`decision-${processed.envelope.id}`);
      return entries.length >= 2;
    });
    const outcomes = (await subject.store.logEntriesFor(`decision-${processed.envelope.id}`)).map(
      (entry) => JSON.parse(entry.text) as { outcome: string; code?: string },
    );
    expect(outcomes).toEqual([
      expect.objectContaining({ outcome: 'accepted' }),
      expect.objectContaining({ outcome: 'rejected', code: 'replayed' }),
    ]);
    expect(await subject.hub.decisions(declarationId)).toHaveLength(1);
  });

  it('refuses a message published on another member subject than its signer', async () => {
    const processed = results.find((result) => result.status === 'processed');
    if (processed?.status !== 'processed') throw new Error('nothing processed');
    const decision = decisionFor(processed.envelope, { id: 'vet-signed-sent-as-tax' });
    await memberBroker.publish([
      {
        id: 'tax-publish-1',
        subject: subjects.in('tax'),
        data: new TextEncoder().encode(signEnvelope(decision, subject.members.vet!.key)),
      },
    ]);
    await eventually(async () => (await subject.store.logEntriesFor('vet-signed-sent-as-tax')).length > 0);
    expect(JSON.parse((await subject.store.logEntriesFor('vet-signed-sent-as-tax'))[0]!.text)).toMatchObject({
      outcome: 'rejected',
      code: 'sender-not-authenticated',
    });
  });
});
