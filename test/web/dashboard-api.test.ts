import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDashboardServer, type DashboardServer } from './dashboard-server.js';

describe('dashboard API: sign-in, roles and agency projection, enforced on the server', () => {
  let server: DashboardServer;
  let analyst: Record<string, string>;
  let officer: Record<string, string>;
  let vet: Record<string, string>;

  beforeAll(async () => {
    server = await startDashboardServer({ declarations: 3000 });
    analyst = await server.createUser({ username: 'ana', role: 'analyst' });
    officer = await server.createUser({ username: 'oli', role: 'risk-officer' });
    vet = await server.createUser({ username: 'vera', role: 'agency', memberId: 'vet' });
  }, 120_000);
  afterAll(() => server.close());

  const get = (url: string, headers: Record<string, string> = {}) => server.app.inject({ method: 'GET', url, headers });

  it('asks anonymous callers to sign in, except for public routes', async () => {
    expect((await get('/v1/analytics/overview')).statusCode).toBe(401);
    expect((await get('/v1/declarations')).statusCode).toBe(401);
    expect((await get('/health')).statusCode).toBe(200);
    expect((await get('/v1/reference/hs/851713')).statusCode).toBe(200);
  });

  it('refuses a wrong password and a forged token', async () => {
    const wrong = await server.app.inject({
      method: 'POST',
      url: '/v1/auth/sign-in',
      payload: { username: 'ana', password: 'nope' },
    });
    expect(wrong.statusCode).toBe(401);
    const forged = analyst.authorization!.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    expect((await get('/v1/analytics/meta', { authorization: forged })).statusCode).toBe(401);
  });

  it('makes a new user choose a password before anything else', async () => {
    await server.app.inject({
      method: 'POST',
      url: '/v1/users',
      headers: await server.signIn('admin', 'admin-test-password'),
      payload: { username: 'newbie', displayName: 'New', role: 'analyst', password: 'newbie-password' },
    });
    const first = await server.signIn('newbie', 'newbie-password');
    const answer = await get('/v1/analytics/meta', first);
    expect(answer.statusCode).toBe(403);
    expect(answer.json()).toMatchObject({ error: { message: expect.stringContaining('new password') } });
  });

  it('lets analysts read everything but change nothing', async () => {
    const overview = await get('/v1/analytics/overview', analyst);
    expect(overview.statusCode).toBe(200);
    expect(overview.json()).toMatchObject({ totals: { declarations: 3000 } });
    expect((await get('/v1/analytics/quality?filer=importer', analyst)).statusCode).toBe(200);
    expect((await get('/v1/declarations?limit=1', analyst)).statusCode).toBe(200);
    const post = await server.app.inject({
      method: 'POST',
      url: '/v1/declarations/x/inspection-result',
      headers: analyst,
      payload: { outcome: 'clean' },
    });
    expect(post.statusCode).toBe(403);
    expect((await get('/v1/users', analyst)).statusCode).toBe(403);
  });

  it('lets risk officers through to inspection results (404 until the risk routes land, never 401/403)', async () => {
    const post = await server.app.inject({
      method: 'POST',
      url: '/v1/declarations/x/inspection-result',
      headers: officer,
      payload: { outcome: 'clean' },
    });
    expect([201, 404]).toContain(post.statusCode);
  });

  it('keeps agency users to their projected data: no aggregates, no full declarations, no queue', async () => {
    for (const url of ['/v1/analytics/overview', '/v1/analytics/quality', '/v1/declarations', '/v1/risk/queue']) {
      expect((await get(url, vet)).statusCode, url).toBe(403);
    }
    const list = await get('/v1/shared/declarations?limit=200', vet);
    expect(list.statusCode).toBe(200);
    const { items, total } = list.json<{ items: { id: string; hsCodes: string[] }[]; total: number }>();
    expect(total).toBeGreaterThan(0);
    expect(items.every((item) => item.hsCodes.every((code) => /^(0[1-5]|16)/.test(code)))).toBe(true);
    const full = await get(`/v1/declarations/${items[0]!.id}`, analyst);
    expect((await get(`/v1/declarations/${items[0]!.id}`, vet)).statusCode).toBe(403);
    const shared = await get(`/v1/shared/declarations/${items[0]!.id}`, vet);
    expect(shared.statusCode).toBe(200);
    const { projections } = shared.json<{
      projections: { agreement: { id: string }; declaration: Record<string, unknown> }[];
    }>();
    expect(projections.map((projection) => projection.agreement.id)).toEqual(['vet-import-control']);
    const seen = projections[0]!.declaration as {
      parties?: Record<string, unknown>;
      goodsItems: Record<string, unknown>[];
    };
    const original = full.json<{
      declaration: { parties: Record<string, unknown>; goodsItems: Record<string, unknown>[] };
    }>().declaration;
    expect(original.parties.declarant).toBeDefined();
    expect(seen.parties?.declarant).toBeUndefined();
    expect(original.goodsItems[0]!.customsValue).toBeDefined();
    expect(seen.goodsItems[0]!.customsValue).toBeUndefined();
    expect(seen.goodsItems[0]!.netMassKg).toBe(original.goodsItems[0]!.netMassKg);
  });

  it('does not show an agency a declaration outside its agreements', async () => {
    const outside = (await get('/v1/analytics/declarations?hs=85&limit=1', analyst)).json<{
      items: { id: string }[];
    }>();
    const answer = await get(`/v1/shared/declarations/${outside.items[0]!.id}`, vet);
    expect(answer.statusCode).toBe(404);
  });

  it('reports which optional route groups exist', async () => {
    expect((await get('/v1/dashboard/capabilities', analyst)).json()).toMatchObject({ riskQueue: false });
  });
});
