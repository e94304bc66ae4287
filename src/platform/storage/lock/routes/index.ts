import type { HttpApp } from '../../../../core/http/index.ts';
import { registerAcquireLockRoute } from './acquire-lock-route.ts';
import { registerExtendLockRoute } from './extend-lock-route.ts';
import type { InstanceLockRouteDeps } from './lock-route-deps.ts';

export type { InstanceLockRouteDeps } from './lock-route-deps.ts';

export function registerInstanceLockRoutes(app: HttpApp, deps: InstanceLockRouteDeps): void {
  registerAcquireLockRoute(app, deps);
  registerExtendLockRoute(app, deps);
}
