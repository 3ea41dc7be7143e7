import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { createTamgaServices } from '../../src/app/create-tamga-services.js';
import type { TamgaServices } from '../../src/app/tamga-services.js';
import { createHttpApp } from '../../src/http/create-http-app.js';
import { setUpDashboard } from '../../src/http/routes/dashboard-setup.js';
import { prepareRisk, riskServing } from '../../src/cli/risk-serve.js';
import { sampleSlice } from '../analytics/sample-slice.js';

export const ADMIN_PASSWORD = 'admin-test-password';

export interface DashboardServer {
  app: FastifyInstance;
  services: TamgaServices;
  /** Signs in (creating the user first when a role is given) and returns a bearer header. */
  signIn(username: string, password: string): Promise<Record<string, string>>;
  createUser(user: { username: string; role: string; memberId?: string }): Promise<Record<string, string>>;
  close(): Promise<void>;
}

/** The real app (API, dashboard routes, the built web app) on a temp SQLite store with a slice of the samples. */
export async function startDashboardServer(options: {
  declarations: number;
  plugins?: Array<(app: FastifyInstance) => Promise<void>>;
  /** Train a model on the slice's outcomes, decide every lane, serve the risk routes (as `tamga serve`). */
  risk?: boolean;
}): Promise<DashboardServer> {
  const folder = mkdtempSync(join(tmpdir(), 'tamga-web-'));
  const db = `sqlite:${join(folder, 'tamga.db')}`;
  const services = await createTamgaServices({ db });
  await services.ingestBytes(sampleSlice(options.declarations, 7).csv, { source: 'file:df_syn_train_eng.csv' });
  const dashboard = await setUpDashboard({ services, db, adminPassword: ADMIN_PASSWORD, log: () => undefined });
  if (options.risk) await prepareRisk(services.risk!, () => undefined);
  const risk = options.risk ? riskServing(services.risk!) : undefined;
  const app = await createHttpApp({
    services,
    plugins: [...dashboard.plugins, ...(risk ? [risk.plugin] : []), ...(options.plugins ?? [])],
  });
  const signIn = async (username: string, password: string) => {
    const answer = await app.inject({ method: 'POST', url: '/v1/auth/sign-in', payload: { username, password } });
    if (answer.statusCode !== 200) throw new Error(`sign-in of ${username}: ${answer.body}`);
    return { authorization: `Bearer ${answer.json<{ token: string }>().token}` };
  };
  const admin = await signIn('admin', ADMIN_PASSWORD);
  return {
    app,
    services,
    signIn,
    async createUser(user) {
      const password = `${user.username}-password`;
      const created = await app.inject({
        method: 'POST',
        url: '/v1/users',
        headers: admin,
        payload: { ...user, displayName: user.username, password },
      });
      if (created.statusCode !== 201) throw new Error(`create ${user.username}: ${created.body}`);
      const first = await signIn(user.username, password);
      const next = `${password}-changed`;
      const changed = await app.inject({
        method: 'POST',
        url: '/v1/auth/password',
        headers: first,
        payload: { current: password, next },
      });
      return { authorization: `Bearer ${changed.json<{ token: string }>().token}` };
    },
    async close() {
      risk?.stop();
      await app.close();
      await dashboard.close();
      await services.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
