import type { HttpApp } from '../../../../core/http/index.ts';
import { registerCreateApplicationRoute } from './create-application-route.ts';
import { registerCreateTextResourceRoute } from './create-text-resource-route.ts';
import { registerDeleteApplicationRoute } from './delete-application-route.ts';
import { registerDeleteTextResourceRoute } from './delete-text-resource-route.ts';
import { registerGetApplicationRoute } from './get-application-route.ts';
import { registerGetTextResourceRoute } from './get-text-resource-route.ts';
import { registerListApplicationsRoute } from './list-applications-route.ts';
import { registerListOrgApplicationsRoute } from './list-org-applications-route.ts';
import type { ApplicationRouteDeps } from './route-deps.ts';
import { registerUpdateApplicationRoute } from './update-application-route.ts';
import { registerUpdateTextResourceRoute } from './update-text-resource-route.ts';

export type { ApplicationRouteDeps } from './route-deps.ts';

/** Mounts Storage's applications and texts under `/storage/api/v1/applications`. */
export function registerApplicationRoutes(app: HttpApp, deps: ApplicationRouteDeps): void {
  registerListApplicationsRoute(app, deps);
  registerListOrgApplicationsRoute(app, deps);
  registerGetApplicationRoute(app, deps);
  registerCreateApplicationRoute(app, deps);
  registerUpdateApplicationRoute(app, deps);
  registerDeleteApplicationRoute(app, deps);
  registerCreateTextResourceRoute(app, deps);
  registerGetTextResourceRoute(app, deps);
  registerUpdateTextResourceRoute(app, deps);
  registerDeleteTextResourceRoute(app, deps);
}
