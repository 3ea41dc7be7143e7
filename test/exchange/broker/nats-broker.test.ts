import { connect } from 'nats';
import { describe } from 'vitest';
import { createNatsBroker } from '../../../src/broker/nats/nats-broker.js';
import { checkService, natsUrl } from '../../support/services.js';
import { brokerContract } from '../../contract/broker.contract.js';

const check = await checkService('NATS', natsUrl);

describe.skipIf(!check.available)('NATS JetStream broker', () => {
  brokerContract('NATS JetStream', async () => {
    const run = `${process.pid}_${Date.now()}`;
    const stream = `TAMGA_TEST_${run}`;
    const prefix = `t${run}.`;
    const broker = await createNatsBroker({ servers: natsUrl, stream, subjects: [`${prefix}>`] });
    return {
      broker,
      prefix,
      cleanup: async () => {
        const nc = await connect({ servers: natsUrl });
        await (await nc.jetstreamManager()).streams.delete(stream);
        await nc.close();
      },
    };
  });
});
