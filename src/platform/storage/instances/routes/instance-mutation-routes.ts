import type { HttpApp } from '../../../../core/http/index.ts';
import { registerCompleteInstanceRoute } from './complete-instance-route.ts';
import type { InstanceMutationRouteDeps } from './instance-mutation-route-deps.ts';
import { registerReadStatusRoute } from './read-status-route.ts';
import { registerSubstatusRoute } from './substatus-route.ts';
import { registerTextMapRoutes } from './text-map-routes.ts';

/** Complete confirmation, read status, substatus, presentation texts and data values. */
export function registerInstanceMutationRoutes(app: HttpApp, deps: InstanceMutationRouteDeps): void {
  registerCompleteInstanceRoute(app, deps);
  registerReadStatusRoute(app, deps);
  registerSubstatusRoute(app, deps);
  registerTextMapRoutes(app, deps);
}
