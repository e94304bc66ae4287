import { type HttpApp, publicBaseUrl } from '../../../../core/http/index.ts';
import { withAppLinks } from '../app-instance-links.ts';
import { installedApp } from '../installed-app.ts';
import { AppInstanceSchema, InstanceParams, TAGS } from './instance-params.ts';
import type { AppInstanceRouteDeps } from './instance-route-deps.ts';

export function registerGetAppInstanceRoute(app: HttpApp, deps: AppInstanceRouteDeps): void {
  app.get(
    '/:org/:app/instances/:instanceOwnerPartyId/:instanceGuid',
    {
      onRequest: deps.auth.required,
      schema: {
        operationId: 'getAppInstance',
        tags: TAGS,
        summary: 'One instance of the app (PDP `read`)',
        params: InstanceParams,
        response: { 200: AppInstanceSchema },
      },
    },
    async (request) => {
      const { org, app: appName, instanceOwnerPartyId, instanceGuid } = request.params;
      const instance = await deps.instances.response(
        deps.auth.principalOf(request),
        installedApp(deps.apps, org, appName),
        { partyId: instanceOwnerPartyId, instanceGuid },
      );
      return withAppLinks(instance, publicBaseUrl(request, deps.publicUrl));
    },
  );
}
