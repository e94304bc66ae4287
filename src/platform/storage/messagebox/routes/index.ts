import type { HttpApp } from '../../../../core/http/index.ts';
import { registerDeleteRoute } from './delete-route.ts';
import { registerEventsRoute } from './events-route.ts';
import { registerGetRoute } from './get-route.ts';
import type { MessageBoxRouteDeps } from './route-deps.ts';
import { registerSearchRoute } from './search-route.ts';
import { registerUndeleteRoute } from './undelete-route.ts';

export type { MessageBoxRouteDeps } from './route-deps.ts';

/** The message box routes under `/storage/api/v1/sbl/instances`. */
export function registerMessageBoxRoutes(app: HttpApp, deps: MessageBoxRouteDeps): void {
  registerSearchRoute(app, deps);
  registerGetRoute(app, deps);
  registerEventsRoute(app, deps);
  registerUndeleteRoute(app, deps);
  registerDeleteRoute(app, deps);
}
