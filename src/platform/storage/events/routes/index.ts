import type { HttpApp } from '../../../../core/http/index.ts';
import { registerCreateEventRoute } from './create-event-route.ts';
import type { InstanceEventRouteDeps } from './event-route-deps.ts';
import { registerGetEventRoute } from './get-event-route.ts';
import { registerListEventsRoute } from './list-events-route.ts';

export type { InstanceEventRouteDeps } from './event-route-deps.ts';

export function registerInstanceEventRoutes(app: HttpApp, deps: InstanceEventRouteDeps): void {
  registerCreateEventRoute(app, deps);
  registerListEventsRoute(app, deps);
  registerGetEventRoute(app, deps);
}
