import { Type } from 'typebox';
import { type HttpApp, publicBaseUrl } from '../../../../core/http/index.ts';
import { withAppLinks } from '../app-instance-links.ts';
import { installedApp } from '../installed-app.ts';
import { AppInstanceSchema, InstanceParams, TAGS } from './instance-params.ts';
import type { AppInstanceRouteDeps } from './instance-route-deps.ts';

export function registerDeleteAppInstanceRoute(app: HttpApp, deps: AppInstanceRouteDeps): void {
  app.delete(
    '/:org/:app/instances/:instanceOwnerPartyId/:instanceGuid',
    {
      onRequest: deps.auth.required,
      schema: {
        operationId: 'deleteAppInstance',
        tags: TAGS,
        summary: 'Soft deletes (or with `hard=true` hard deletes) an instance (PDP `delete`)',
        params: InstanceParams,
        querystring: Type.Object({ hard: Type.Optional(Type.Boolean()) }),
        response: { 200: AppInstanceSchema },
      },
    },
    async (request) => {
      const { org, app: appName, instanceOwnerPartyId, instanceGuid } = request.params;
      const instance = await deps.instances.delete(
        deps.auth.principalOf(request),
        installedApp(deps.apps, org, appName),
        { partyId: instanceOwnerPartyId, instanceGuid },
        request.query.hard === true,
      );
      return withAppLinks(instance, publicBaseUrl(request, deps.publicUrl));
    },
  );
}
