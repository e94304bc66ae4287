import type { HttpApp } from '../../../../core/http/index.ts';
import { installedApp } from '../../instances/index.ts';
import { AppProcessStateSchema, InstanceParams, TAGS } from './process-params.ts';
import type { AppProcessRouteDeps } from './process-route-deps.ts';

export function registerCompleteProcessRoute(app: HttpApp, deps: AppProcessRouteDeps): void {
  app.put(
    '/:org/:app/instances/:instanceOwnerPartyId/:instanceGuid/process/completeProcess',
    {
      onRequest: deps.auth.required,
      schema: {
        operationId: 'appCompleteProcess',
        tags: TAGS,
        summary: 'Moves the process task by task to its end',
        description:
          'Each move is a `process/next` with the task type’s default actions, authorized and validated as ' +
          'that is; the first refusal stops it with that answer (the moves before it stay).',
        params: InstanceParams,
        response: { 200: AppProcessStateSchema },
      },
    },
    async (request) => {
      const { org, app: appName, instanceOwnerPartyId, instanceGuid } = request.params;
      return deps.processes.complete(deps.auth.principalOf(request), installedApp(deps.apps, org, appName), {
        partyId: instanceOwnerPartyId,
        instanceGuid,
      });
    },
  );
}
