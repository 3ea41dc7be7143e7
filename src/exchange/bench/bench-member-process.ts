/**
 * The member side of the exchange benchmark, in its own process (its own core): consumes its
 * subject on JetStream and records every message in its own store, verifying signatures in
 * `signed` mode and only parsing in `unsigned` mode. Prints `done <count>` when it has all.
 * Environment: TAMGA_NATS, TAMGA_STREAM, TAMGA_PREFIX, TAMGA_MEMBER_DB, TAMGA_HUB_KEYS,
 * TAMGA_MODE (signed | unsigned), TAMGA_EXPECT.
 */
import { nodeSha256 } from '../../adapters/node-sha256.js';
import { createNatsBroker } from '../../broker/nats/nats-broker.js';
import type { Envelope } from '../../core/exchange/envelope.js';
import type { MemberKey } from '../../core/exchange/member.js';
import { openExchangeStore } from '../cli/open-exchange-store.js';
import { exchangeSubjects } from '../hub/subjects.js';
import { hubDirectory } from '../member/hub-directory.js';
import { startMemberConsumer } from '../member/member-consumer.js';
import { createMemberReceiver, type MemberReceiver } from '../member/member-receiver.js';

const env = (name: string): string => process.env[name] ?? '';
const expected = Number(env('TAMGA_EXPECT'));
const prefix = env('TAMGA_PREFIX');
const store = await openExchangeStore(`sqlite:${env('TAMGA_MEMBER_DB')}`);
const broker = await createNatsBroker({
  servers: env('TAMGA_NATS'),
  stream: env('TAMGA_STREAM'),
  subjects: [`${prefix}.>`],
});

/** The same bookkeeping as the signed receiver, without the signature: the floor it is compared with. */
function unsignedReceiver(): MemberReceiver {
  return {
    async receive(input: unknown) {
      const text = String(input);
      const envelope = JSON.parse(text) as Envelope;
      if (envelope.recipient !== 'vet') return { status: 'rejected', code: 'wrong-recipient', message: 'not for vet' };
      const digest = nodeSha256(text);
      const recordedAt = new Date().toISOString();
      const result = await store.recordReceived({
        message: {
          id: envelope.id,
          direction: 'received',
          sender: envelope.sender,
          recipient: envelope.recipient,
          type: envelope.type,
          correlationId: envelope.correlationId,
          agreement: envelope.agreement,
          jws: text,
          digest,
          recordedAt,
          retainUntil: envelope.expiresAt,
        },
        record: {
          direction: 'received',
          outcome: 'accepted',
          digest,
          recordedAt,
          messageId: envelope.id,
          sender: envelope.sender,
          agreement: envelope.agreement,
        },
        rememberUntil: envelope.expiresAt,
      });
      return result.status === 'recorded'
        ? { status: 'processed', envelope }
        : { status: 'duplicate', messageId: envelope.id };
    },
  };
}

const receiver =
  env('TAMGA_MODE') === 'signed'
    ? createMemberReceiver({
        store,
        memberId: 'vet',
        directory: () => hubDirectory('hub', JSON.parse(env('TAMGA_HUB_KEYS')) as MemberKey[]),
      })
    : unsignedReceiver();
let processed = 0;
let rejected = 0;
await startMemberConsumer({
  broker,
  subjects: exchangeSubjects(prefix),
  memberId: 'vet',
  receiver,
  maxInFlight: 256,
  onResult: (result) => {
    if (result.status === 'processed') processed += 1;
    if (result.status === 'rejected') rejected += 1;
    if (processed + rejected === expected) process.stdout.write(`done ${processed} ${rejected}\n`);
  },
});
process.stdout.write('ready\n');
