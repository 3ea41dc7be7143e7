import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exchangeMonitorRoutes } from '../../../src/exchange/http/exchange-monitor-routes.js';
import { buildRecord } from '../support/factories.js';
import { createTestHub, type TestHub } from '../support/test-hub.js';

describe('exchange monitor routes', () => {
  let subject: TestHub;
  let app: FastifyInstance;
  beforeAll(async () => {
    subject = await createTestHub();
    app = Fastify();
    exchangeMonitorRoutes(app, { hub: subject.hub });
    for (let index = 0; index < 3; index++) {
      await subject.hub.onDeclarationEvent({ record: buildRecord({ id: `mon-${index}` }), event: 'ingested' });
    }
  });
  afterAll(async () => {
    await app.close();
    await subject.cleanup();
  });

  it('counts messages per member and says the log verifies', async () => {
    const monitor = (await app.inject('/v1/exchange/monitor')).json();
    const vet = monitor.members.find((member: { id: string }) => member.id === 'vet');
    expect(vet.messages).toBeGreaterThanOrEqual(3);
    expect(vet.pending + vet.delivered).toBe(vet.messages);
    expect(monitor.members.some((member: { kind: string }) => member.kind === 'hub')).toBe(false);
    expect(monitor.log).toMatchObject({ verified: true });
    expect(monitor.log.entries).toBeGreaterThanOrEqual(3);
    expect(monitor.failures).toEqual([]);
  });

  it('lists where one declaration went, with delivery status', async () => {
    const routing = (await app.inject('/v1/exchange/declarations/mon-1/routing')).json();
    expect(routing.routes.length).toBeGreaterThan(0);
    expect(routing.routes[0]).toMatchObject({ memberId: 'vet', type: 'declaration.ingested', status: 'pending' });
    const none = (await app.inject('/v1/exchange/declarations/never-routed/routing')).json();
    expect(none.routes).toEqual([]);
  });
});
