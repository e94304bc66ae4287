import type { HttpApp } from '../../../core/http/index.ts';
import { registerGetCurrentUserRoute } from './get-current-user-route.ts';
import { registerGetUserBySsnRoute } from './get-user-by-ssn-route.ts';
import { registerGetUserByUuidRoute } from './get-user-by-uuid-route.ts';
import { registerGetUserRoute } from './get-user-route.ts';
import type { ProfileRouteDeps } from './route-deps.ts';
import { registerUnitContactPointsRoute } from './unit-contact-points-route.ts';
import { registerUserContactPointsRoute } from './user-contact-points-route.ts';

export type { ProfileRouteDeps } from './route-deps.ts';
export { UserProfileSchema } from './schemas.ts';

/** Mounts profile v1 under `/profile/api/v1`. */
export function registerProfileRoutes(app: HttpApp, deps: ProfileRouteDeps): void {
  registerGetCurrentUserRoute(app, deps);
  registerGetUserRoute(app, deps);
  registerGetUserByUuidRoute(app, deps);
  registerGetUserBySsnRoute(app, deps);
  registerUserContactPointsRoute(app, deps);
  registerUnitContactPointsRoute(app, deps);
}
