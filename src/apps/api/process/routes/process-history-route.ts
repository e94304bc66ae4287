import { Type } from 'typebox';
import type { HttpApp } from '../../../../core/http/index.ts';
import { installedApp } from '../../instances/index.ts';
import { InstanceParams, TAGS } from './process-params.ts';
import type { AppProcessRouteDeps } from './process-route-deps.ts';

export function registerProcessHistoryRoute(app: HttpApp, deps: AppProcessRouteDeps): void {
  app.get(
    '/:org/:app/instances/:instanceOwnerPartyId/:instanceGuid/process/history',
    {
      onRequest: deps.auth.required,
      schema: {
        operationId: 'getAppProcessHistory',
        tags: TAGS,
        summary: 'The process history from Storage (PDP `read`)',
        params: InstanceParams,
        response: {
          200: Type.Object({ processHistory: Type.Array(Type.Object({}, { additionalProperties: true })) }),
        },
      },
    },
    async (request) => {
      const { org, app: appName, instanceOwnerPartyId, instanceGuid } = request.params;
      return deps.processes.history(deps.auth.principalOf(request), installedApp(deps.apps, org, appName), {
        partyId: instanceOwnerPartyId,
        instanceGuid,
      });
    },
  );
}
