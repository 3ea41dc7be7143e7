import type { FastifyInstance } from 'fastify';
import { createAnalyticsStore } from '../../analytics/create-analytics-store.js';
import { fileAgreementSource, type AgreementSource } from '../../auth/agency-projection.js';
import { ensureAdmin } from '../../auth/ensure-admin.js';
import { createUserStore } from '../../auth/sql-user-store.js';
import type { TamgaServices } from '../../app/tamga-services.js';
import type { UserStore } from '../../auth/user-store.js';
import type { AnalyticsStore } from '../../core/ports/analytics-store.js';
import { dashboardPlugins } from './dashboard-plugins.js';

export interface DashboardSetupOptions {
  services: TamgaServices;
  /** The store URL the services were opened with. */
  db: string;
  /** Exchange agreements for agency users; default the bundled config/agreements. */
  agreements?: AgreementSource;
  /** Default TAMGA_ADMIN_PASSWORD. */
  adminPassword?: string;
  /** Where to say the one-time admin password (default console.log). */
  log?: (line: string) => void;
  webRoot?: string;
}

export interface Dashboard {
  plugins: Array<(app: FastifyInstance) => Promise<void>>;
  /** For the risk engine's wiring: `analytics.recordLanes(...)` where lanes are decided. */
  analytics: AnalyticsStore;
  users: UserStore;
  close(): Promise<void>;
}

/**
 * Opens what the dashboard needs next to the store (analytics, users), creates the first
 * administrator and folds the history into the aggregates before the server answers.
 */
export async function setUpDashboard(options: DashboardSetupOptions): Promise<Dashboard> {
  const log = options.log ?? ((line: string) => console.log(line));
  const analytics = createAnalyticsStore(options.db);
  const users = createUserStore(options.db);
  const oneTime = await ensureAdmin(users, options.adminPassword ?? process.env.TAMGA_ADMIN_PASSWORD);
  if (oneTime) {
    log(`Dashboard: sign in as "admin" with the one-time password ${oneTime} (you will choose your own).`);
  }
  const started = Date.now();
  const folded = await analytics.refresh();
  if (folded.versions > 0) {
    log(
      `Dashboard: aggregates brought up to date (${folded.versions.toLocaleString('en-US')} versions, ${Date.now() - started} ms).`,
    );
  }
  return {
    analytics,
    users,
    plugins: dashboardPlugins({
      services: options.services,
      analytics,
      users,
      agreements: options.agreements ?? fileAgreementSource(),
      ...(options.webRoot ? { webRoot: options.webRoot } : {}),
    }),
    close: async () => {
      await analytics.close();
      await users.close();
    },
  };
}
