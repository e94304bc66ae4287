import type { HttpApp } from '../../../../core/http/index.ts';
import { registerCreateDataRoute } from './create-data-route.ts';
import type { DataRouteDeps } from './data-route-deps.ts';
import { registerDeleteDataRoute } from './delete-data-route.ts';
import { registerFileScanRoute } from './file-scan-route.ts';
import { registerGetDataRoute } from './get-data-route.ts';
import { registerListDataElementsRoute } from './list-data-elements-route.ts';
import { registerLockDataRoutes } from './lock-data-routes.ts';
import { registerOverwriteDataRoute } from './overwrite-data-route.ts';
import { acceptRawBodies } from './raw-body.ts';
import { registerUpdateDataElementRoute } from './update-data-element-route.ts';

export type { DataRouteDeps } from './data-route-deps.ts';

/** The data element routes of Storage; the two content uploads live in a scope that takes raw bodies. */
export function registerDataRoutes(app: HttpApp, deps: DataRouteDeps): void {
  app.register(async (scope) => {
    acceptRawBodies(scope);
    registerCreateDataRoute(scope as HttpApp, deps);
    registerOverwriteDataRoute(scope as HttpApp, deps);
  });
  registerGetDataRoute(app, deps);
  registerListDataElementsRoute(app, deps);
  registerUpdateDataElementRoute(app, deps);
  registerDeleteDataRoute(app, deps);
  registerLockDataRoutes(app, deps);
  registerFileScanRoute(app, deps);
}
