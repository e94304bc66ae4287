import type { HttpApp } from '../../../../core/http/index.ts';
import { installedApp } from '../../instances/index.ts';
import { AppProcessStateSchema, InstanceParams, TAGS } from './process-params.ts';
import type { AppProcessRouteDeps } from './process-route-deps.ts';

export function registerGetProcessRoute(app: HttpApp, deps: AppProcessRouteDeps): void {
  app.get(
    '/:org/:app/instances/:instanceOwnerPartyId/:instanceGuid/process',
    {
      onRequest: deps.auth.required,
      schema: {
        operationId: 'getAppProcess',
        tags: TAGS,
        summary: 'The process state with the caller’s authorized actions in the current task (PDP `read`)',
        params: InstanceParams,
        response: { 200: AppProcessStateSchema },
      },
    },
    async (request) => {
      const { org, app: appName, instanceOwnerPartyId, instanceGuid } = request.params;
      return deps.processes.state(deps.auth.principalOf(request), installedApp(deps.apps, org, appName), {
        partyId: instanceOwnerPartyId,
        instanceGuid,
      });
    },
  );
}
