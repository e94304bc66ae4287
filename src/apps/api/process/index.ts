import type { HttpApp } from '../../../core/http/index.ts';
import { registerCompleteProcessRoute } from './routes/complete-process-route.ts';
import { registerGetProcessRoute } from './routes/get-process-route.ts';
import { registerProcessHistoryRoute } from './routes/process-history-route.ts';
import { registerProcessNextRoute } from './routes/process-next-route.ts';
import type { AppProcessRouteDeps } from './routes/process-route-deps.ts';
import { registerStartProcessRoute } from './routes/start-process-route.ts';

export { AppProcessService, type AppProcessServiceDeps } from './app-process-service.ts';
export { type AppProcessState, appProcessState } from './app-process-state.ts';
export type { AppProcessRouteDeps } from './routes/process-route-deps.ts';

/** The App API's process routes at `/{org}/{app}/instances/{p}/{g}/process…`. */
export function registerAppProcessRoutes(app: HttpApp, deps: AppProcessRouteDeps): void {
  registerGetProcessRoute(app, deps);
  registerProcessHistoryRoute(app, deps);
  registerProcessNextRoute(app, deps);
  registerCompleteProcessRoute(app, deps);
  registerStartProcessRoute(app, deps);
}
