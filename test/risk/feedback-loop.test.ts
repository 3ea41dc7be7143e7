import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trainFromStore } from '../../src/risk/train-from-store.js';
import { startDashboardServer, type DashboardServer } from '../web/dashboard-server.js';

/**
 * The loop of issue 3 end to end on the real app: a declaration submitted through the API comes
 * back with a lane and reasons, an inspection result posted for it lands in the store, and the
 * next training reads it.
 */
describe('risk feedback loop through the API', () => {
  let server: DashboardServer;
  let officer: Record<string, string>;

  beforeAll(async () => {
    server = await startDashboardServer({ declarations: 4000, risk: true });
    officer = await server.createUser({ username: 'officer', role: 'risk-officer' });
  }, 180_000);
  afterAll(() => server?.close());

  it('answers a submitted declaration with its lane and plain-language reasons', async () => {
    const answer = await submit();
    expect(answer.statusCode).toBe(201);
    const [result] = answer.json<{ results: { status: string; lane?: string; reasons?: string[] }[] }>().results;
    expect(result!.status).toBe('accepted');
    expect(['green', 'yellow', 'red', 'blue']).toContain(result!.lane);
    expect(result!.reasons!.length).toBeGreaterThan(0);
    expect(result!.reasons!.join(' ')).toMatch(/[a-z]{3,} [a-z]{3,}/);
  });

  it('uses an inspection result posted through the API in the next training', async () => {
    const id = (await submit('LRN-FEEDBACK-1')).json<{ results: { id: string }[] }>().results[0]!.id;
    const before = await trainFromStore(server.services.risk!.engine, { promote: false });
    expect(before.status).toBe('trained');

    const posted = await server.app.inject({
      method: 'POST',
      url: `/v1/declarations/${id}/inspection-result`,
      headers: officer,
      payload: { outcome: 'fraud', discrepancyFound: true, revenueRaised: 1250 },
    });
    expect(posted.statusCode).toBe(201);

    const after = await trainFromStore(server.services.risk!.engine, { promote: false });
    if (before.status !== 'trained' || after.status !== 'trained') throw new Error('training refused');
    // Both refitted on every labelled declaration: the posted result is the one more, and a fraud.
    expect(after.training.rows).toBe(before.training.rows + 1);
    expect(after.training.frauds).toBe(before.training.frauds + 1);
  }, 120_000);

  it('refuses an inspection result for a declaration it does not hold, and a malformed one', async () => {
    const missing = await server.app.inject({
      method: 'POST',
      url: '/v1/declarations/no-such-declaration/inspection-result',
      headers: officer,
      payload: { outcome: 'fraud' },
    });
    expect(missing.statusCode).toBe(404);
    const id = (await submit('LRN-FEEDBACK-2')).json<{ results: { id: string }[] }>().results[0]!.id;
    const bad = await server.app.inject({
      method: 'POST',
      url: `/v1/declarations/${id}/inspection-result`,
      headers: officer,
      payload: { outcome: 'maybe' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toMatch(/outcome/);
  });

  function submit(lrn = 'LRN-FEEDBACK-0') {
    const fixture = JSON.parse(
      readFileSync(new URL('../fixtures/json/IMA_TT_IM083a_three_items.json', import.meta.url), 'utf8'),
    ) as Record<string, unknown>;
    const body = { ...fixture, functionalReferenceId: lrn };
    return server.app.inject({ method: 'POST', url: '/v1/declarations', headers: officer, payload: body });
  }
});
