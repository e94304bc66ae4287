import type { HttpApp } from '../../../core/http/index.ts';
import { registerCreateAppInstanceRoute } from './routes/create-instance-route.ts';
import { registerDeleteAppInstanceRoute } from './routes/delete-instance-route.ts';
import { registerGetAppInstanceRoute } from './routes/get-instance-route.ts';
import type { AppInstanceRouteDeps } from './routes/instance-route-deps.ts';

export { withAppLinks } from './app-instance-links.ts';
export {
  AppInstanceService,
  type AppInstanceServiceDeps,
  type InstanceTarget,
} from './app-instance-service.ts';
export { installedApp } from './installed-app.ts';
export type { AppInstanceRouteDeps } from './routes/instance-route-deps.ts';

/** The App API's instance routes at `/{org}/{app}/instances…`. */
export function registerAppInstanceRoutes(app: HttpApp, deps: AppInstanceRouteDeps): void {
  registerCreateAppInstanceRoute(app, deps);
  registerGetAppInstanceRoute(app, deps);
  registerDeleteAppInstanceRoute(app, deps);
}
