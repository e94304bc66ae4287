import type { HttpApp } from '../../../core/http/index.ts';
import { registerGetOrganizationRoute } from './get-organization-route.ts';
import { registerGetPartyByUuidRoute } from './get-party-by-uuid-route.ts';
import { registerGetPartyRoute } from './get-party-route.ts';
import { registerGetPersonRoute } from './get-person-route.ts';
import { registerLookupPartyRoute } from './lookup-party-route.ts';
import { registerNamesLookupRoute } from './names-lookup-route.ts';
import { registerOrgContactPointsRoute } from './org-contact-points-route.ts';
import { registerPartyListRoute } from './party-list-route.ts';
import type { RegisterRouteDeps } from './route-deps.ts';

export { camelCaseBody, camelCaseKeys } from './camel-case-body.ts';
export { queryNamesIgnoringCase } from './query-names.ts';
export type { RegisterRouteDeps } from './route-deps.ts';
export * from './schemas.ts';

/** Mounts register v1 under `/register/api/v1`. */
export function registerRegisterRoutes(app: HttpApp, deps: RegisterRouteDeps): void {
  registerGetPartyRoute(app, deps);
  registerGetPartyByUuidRoute(app, deps);
  registerLookupPartyRoute(app, deps);
  registerPartyListRoute(app, deps);
  registerNamesLookupRoute(app, deps);
  registerGetOrganizationRoute(app, deps);
  registerGetPersonRoute(app, deps);
  registerOrgContactPointsRoute(app, deps);
}
