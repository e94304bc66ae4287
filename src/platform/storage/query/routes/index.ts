import type { HttpApp } from '../../../../core/http/index.ts';
import { type QueryRouteDeps, registerQueryInstancesRoute } from './query-instances-route.ts';

export type { QueryRouteDeps } from './query-instances-route.ts';

export function registerInstanceQueryRoutes(app: HttpApp, deps: QueryRouteDeps): void {
  registerQueryInstancesRoute(app, deps);
}
