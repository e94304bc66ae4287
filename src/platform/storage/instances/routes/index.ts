import type { HttpApp } from '../../../../core/http/index.ts';
import { registerCreateInstanceRoute } from './create-instance-route.ts';
import { registerDeleteInstanceRoute } from './delete-instance-route.ts';
import { registerGetInstanceRoutes } from './get-instance-route.ts';
import type { InstanceRouteDeps } from './instance-route-deps.ts';

export { authorizeBeforeValidation } from './authorize-before-validation.ts';
export type { InstanceRouteDeps } from './instance-route-deps.ts';

export function registerInstanceRoutes(app: HttpApp, deps: InstanceRouteDeps): void {
  registerCreateInstanceRoute(app, deps);
  registerGetInstanceRoutes(app, deps);
  registerDeleteInstanceRoute(app, deps);
}
