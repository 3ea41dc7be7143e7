import type { FastifyInstance } from 'fastify';
import type { AgreementSource } from '../../auth/agency-projection.js';
import type { UserStore } from '../../auth/user-store.js';
import type { AnalyticsStore } from '../../core/ports/analytics-store.js';
import type { TamgaServices } from '../../app/tamga-services.js';
import { analyticsRoutes } from './analytics-routes.js';
import { dashboardAuthRoutes } from './dashboard-auth-routes.js';
import { dashboardSharedRoutes } from './dashboard-shared-routes.js';
import { dashboardStaticRoutes } from './dashboard-static-routes.js';

export interface DashboardPluginsOptions {
  services: TamgaServices;
  analytics: AnalyticsStore;
  users: UserStore;
  agreements: AgreementSource;
  /** web/dist by default. */
  webRoot?: string;
  now?: () => Date;
}

/**
 * The dashboard's route groups for createHttpApp's `plugins`: auth first (its hook guards every
 * /v1 route, those of later plugins too), then analytics, agency views and the app itself.
 */
export function dashboardPlugins(options: DashboardPluginsOptions): Array<(app: FastifyInstance) => Promise<void>> {
  return [
    (app) => dashboardAuthRoutes(app, { users: options.users, ...(options.now ? { now: options.now } : {}) }),
    (app) => {
      analyticsRoutes(app, { analytics: options.analytics, reference: options.services.reference });
      dashboardSharedRoutes(app, {
        store: options.services.store,
        analytics: options.analytics,
        agreements: options.agreements,
        ...(options.now ? { now: options.now } : {}),
      });
      return Promise.resolve();
    },
    (app) => dashboardStaticRoutes(app, options.webRoot ? { root: options.webRoot } : {}),
  ];
}
