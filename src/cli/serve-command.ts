import { fileURLToPath } from 'node:url';
import type { TamgaServices } from '../app/tamga-services.js';
import { createHttpApp } from '../http/create-http-app.js';
import { setUpDashboard } from '../http/routes/dashboard-setup.js';
import { verifyRoutes } from '../http/routes/verify-routes.js';
import { exchangeMonitorRoutes } from '../exchange/http/exchange-monitor-routes.js';
import { exchangeRoutes } from '../exchange/http/exchange-routes.js';
import { runIngestCommand } from './ingest-command.js';
import { prepareRisk, riskServing } from './risk-serve.js';

export interface ServeCommandOptions {
  services: TamgaServices;
  port: number;
  host: string;
  /** Load the bundled sample declarations first when the store is empty. */
  loadSamples?: boolean;
  /** The store URL: with it, the web dashboard (sign-in, analytics, the app) is served too. */
  db?: string;
}

/** The bundled sample data: 45,519 Korean import declarations with inspection outcomes (MIT). */
export const SAMPLE_DATA_FOLDER = fileURLToPath(new URL('../../data-samples/customs-declarations/', import.meta.url));

/** `tamga serve`: the HTTP API (and the dashboard) until SIGINT/SIGTERM. */
export async function runServeCommand(options: ServeCommandOptions): Promise<void> {
  const { services } = options;
  if (options.loadSamples) await loadSamplesOnce(services);
  if (services.risk) await prepareRisk(services.risk);
  const risk = services.risk && riskServing(services.risk);
  const dashboard = options.db ? await setUpDashboard({ services, db: options.db }) : undefined;
  const plugins = [...(dashboard?.plugins ?? [])];
  const exchange = services.exchange;
  if (exchange) {
    plugins.push(async (app) => {
      await app.register(exchangeRoutes, { hub: exchange.hub });
      exchangeMonitorRoutes(app, { hub: exchange.hub });
    });
  }
  plugins.push(verifyRoutes(services));
  if (risk) plugins.push(risk.plugin);
  const app = await createHttpApp({ services, exposeStacks: process.env.NODE_ENV === 'development', plugins });
  const stop = async () => {
    risk?.stop();
    await app.close();
    await dashboard?.close();
    await services.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  const address = await app.listen({ port: options.port, host: options.host });
  const shown = address.replace('127.0.0.1', 'localhost');
  console.log(
    `Tamga is serving ${shown} (${dashboard ? 'dashboard, ' : ''}API docs: ${shown}/docs). Store: ${services.storeKind}. Stop with Ctrl+C.`,
  );
}

async function loadSamplesOnce(services: TamgaServices): Promise<void> {
  const count = await services.store.count();
  if (count > 0) {
    console.log(
      `The store already holds ${count.toLocaleString('en-US')} declarations; not loading the samples again.`,
    );
    return;
  }
  console.log('Loading the bundled sample declarations (first start only)...');
  await runIngestCommand({ services, paths: [SAMPLE_DATA_FOLDER] });
}
