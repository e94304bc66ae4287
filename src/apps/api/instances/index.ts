import type { HttpApp } from '../../../core/http/index.ts';
import {
  type ActiveInstancesRouteDeps,
  registerActiveInstancesRoute,
} from './routes/active-instances-route.ts';
import { registerCompleteAppInstanceRoute } from './routes/complete-instance-route.ts';
import { registerCreateAppInstanceRoute } from './routes/create-instance-route.ts';
import { registerDeleteAppInstanceRoute } from './routes/delete-instance-route.ts';
import { registerGetAppInstanceRoute } from './routes/get-instance-route.ts';
import type { AppInstanceRouteDeps } from './routes/instance-route-deps.ts';
import { acceptMultipart } from './routes/multipart-instantiation.ts';
import { registerSimplifiedCreateRoute } from './routes/simplified-create-route.ts';
import { registerAppSubstatusRoute } from './routes/substatus-route.ts';

export { type ActiveInstance, ActiveInstances, type ActiveInstancesDeps } from './active-instances.ts';
export { withAppLinks } from './app-instance-links.ts';
export {
  AppInstanceService,
  type AppInstanceServiceDeps,
  type InstanceTarget,
} from './app-instance-service.ts';
export { installedApp } from './installed-app.ts';
export type { AppInstanceRouteDeps } from './routes/instance-route-deps.ts';

/** The App API's instance routes at `/{org}/{app}/instances…`. */
export function registerAppInstanceRoutes(
  app: HttpApp,
  deps: AppInstanceRouteDeps & Pick<ActiveInstancesRouteDeps, 'active'>,
): void {
  registerActiveInstancesRoute(app, deps);
  app.register(async (scope) => {
    acceptMultipart(scope);
    registerCreateAppInstanceRoute(scope as HttpApp, deps);
  });
  registerSimplifiedCreateRoute(app, deps);
  registerGetAppInstanceRoute(app, deps);
  registerDeleteAppInstanceRoute(app, deps);
  registerCompleteAppInstanceRoute(app, deps);
  registerAppSubstatusRoute(app, deps);
}
