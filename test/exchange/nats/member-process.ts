/**
 * A member's receiving node as its own process, so that the fault test can kill it (SIGKILL)
 * mid-batch. Arguments come from the environment: TAMGA_NATS, TAMGA_STREAM, TAMGA_PREFIX,
 * TAMGA_MEMBER_DB, TAMGA_HUB_KEYS (JSON array of the hub's keys).
 */
import { createNatsBroker } from '../../../src/broker/nats/nats-broker.js';
import type { MemberKey } from '../../../src/core/exchange/member.js';
import { openExchangeStore } from '../../../src/exchange/cli/open-exchange-store.js';
import { exchangeSubjects } from '../../../src/exchange/hub/subjects.js';
import { hubDirectory } from '../../../src/exchange/member/hub-directory.js';
import { startMemberConsumer } from '../../../src/exchange/member/member-consumer.js';
import { createMemberReceiver } from '../../../src/exchange/member/member-receiver.js';

const env = (name: string): string => {
  const value = process.env[name];
  if (value === undefined) throw new Error(`${name} is not set`);
  return value;
};

const prefix = env('TAMGA_PREFIX');
const store = await openExchangeStore(`sqlite:${env('TAMGA_MEMBER_DB')}`);
const directory = hubDirectory('hub', JSON.parse(env('TAMGA_HUB_KEYS')) as MemberKey[]);
const broker = await createNatsBroker({
  servers: env('TAMGA_NATS'),
  stream: env('TAMGA_STREAM'),
  subjects: [`${prefix}.>`],
});
const receiver = createMemberReceiver({ store, memberId: 'vet', directory: () => directory });
await startMemberConsumer({
  broker,
  subjects: exchangeSubjects(prefix),
  memberId: 'vet',
  receiver,
  ackWaitMs: 2_000,
  maxInFlight: 64,
});
process.stdout.write('ready\n');
