import { type HttpApp, publicBaseUrl } from '../../../../core/http/index.ts';
import { withAppLinks } from '../app-instance-links.ts';
import { installedApp } from '../installed-app.ts';
import { AppInstanceSchema, InstanceParams, TAGS } from './instance-params.ts';
import type { AppInstanceRouteDeps } from './instance-route-deps.ts';

export function registerCompleteAppInstanceRoute(app: HttpApp, deps: AppInstanceRouteDeps): void {
  app.post(
    '/:org/:app/instances/:instanceOwnerPartyId/:instanceGuid/complete',
    {
      onRequest: deps.auth.required,
      schema: {
        operationId: 'completeAppInstance',
        tags: TAGS,
        summary:
          'Confirms, for the caller’s organisation, that it is done with the instance (PDP `complete`)',
        description: 'The body is ignored.',
        params: InstanceParams,
        response: { 200: AppInstanceSchema },
      },
    },
    async (request) => {
      const { org, app: appName, instanceOwnerPartyId, instanceGuid } = request.params;
      const instance = await deps.instances.complete(
        deps.auth.principalOf(request),
        installedApp(deps.apps, org, appName),
        { partyId: instanceOwnerPartyId, instanceGuid },
      );
      return withAppLinks(instance, publicBaseUrl(request, deps.publicUrl));
    },
  );
}
