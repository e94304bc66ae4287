import type { HttpApp } from '../../../../core/http/index.ts';
import { registerInstanceAndEventsRoute } from './instance-and-events-route.ts';
import { registerProcessHistoryRoute } from './process-history-route.ts';
import type { ProcessRouteDeps } from './process-route-deps.ts';
import { registerUpdateProcessRoute } from './update-process-route.ts';

export type { ProcessRouteDeps } from './process-route-deps.ts';

export function registerProcessRoutes(app: HttpApp, deps: ProcessRouteDeps): void {
  registerUpdateProcessRoute(app, deps);
  registerInstanceAndEventsRoute(app, deps);
  registerProcessHistoryRoute(app, deps);
}
