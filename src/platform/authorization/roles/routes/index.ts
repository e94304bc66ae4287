import type { HttpApp } from '../../../../core/http/index.ts';
import { registerGetPartiesRoute } from './get-parties-route.ts';
import { registerGetRolesRoute } from './get-roles-route.ts';
import type { RolesRouteDeps } from './route-deps.ts';
import { registerValidatePartyRoute } from './validate-party-route.ts';

export type { RolesRouteDeps } from './route-deps.ts';

/** Mounts the reportee list, party validation and roles under `/authorization/api/v1`. */
export function registerRolesRoutes(app: HttpApp, deps: RolesRouteDeps): void {
  registerGetPartiesRoute(app, deps);
  registerValidatePartyRoute(app, deps);
  registerGetRolesRoute(app, deps);
}
