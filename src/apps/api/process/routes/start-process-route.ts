import { Type } from 'typebox';
import type { HttpApp } from '../../../../core/http/index.ts';
import { installedApp } from '../../instances/index.ts';
import { AppProcessStateSchema, InstanceParams, TAGS } from './process-params.ts';
import type { AppProcessRouteDeps } from './process-route-deps.ts';

export function registerStartProcessRoute(app: HttpApp, deps: AppProcessRouteDeps): void {
  app.post(
    '/:org/:app/instances/:instanceOwnerPartyId/:instanceGuid/process/start',
    {
      onRequest: deps.auth.required,
      schema: {
        operationId: 'appStartProcess',
        tags: TAGS,
        summary: 'Starts the process of an instance that has none (PDP `instantiate`)',
        description: '409 when the process has started already or `startEvent` names no start event.',
        params: InstanceParams,
        querystring: Type.Object({ startEvent: Type.Optional(Type.String({ maxLength: 200 })) }),
        response: { 200: AppProcessStateSchema },
      },
    },
    async (request) => {
      const { org, app: appName, instanceOwnerPartyId, instanceGuid } = request.params;
      return deps.processes.start(
        deps.auth.principalOf(request),
        installedApp(deps.apps, org, appName),
        { partyId: instanceOwnerPartyId, instanceGuid },
        request.query.startEvent,
      );
    },
  );
}
