import { Type } from 'typebox';
import { type HttpApp, publicBaseUrl } from '../../../../core/http/index.ts';
import { withAppLinks } from '../app-instance-links.ts';
import { installedApp } from '../installed-app.ts';
import { AppInstanceSchema, InstanceParams, TAGS } from './instance-params.ts';
import type { AppInstanceRouteDeps } from './instance-route-deps.ts';

export function registerAppSubstatusRoute(app: HttpApp, deps: AppInstanceRouteDeps): void {
  app.put(
    '/:org/:app/instances/:instanceOwnerPartyId/:instanceGuid/substatus',
    {
      onRequest: deps.auth.required,
      schema: {
        operationId: 'setAppInstanceSubstatus',
        tags: TAGS,
        summary: 'Sets the substatus (the app owner only; `label` required)',
        params: InstanceParams,
        body: Type.Object(
          {
            label: Type.Optional(Type.Union([Type.String({ maxLength: 1000 }), Type.Null()])),
            description: Type.Optional(Type.Union([Type.String({ maxLength: 4000 }), Type.Null()])),
          },
          { additionalProperties: true },
        ),
        response: { 200: AppInstanceSchema },
      },
    },
    async (request) => {
      const { org, app: appName, instanceOwnerPartyId, instanceGuid } = request.params;
      const instance = await deps.instances.setSubstatus(
        deps.auth.principalOf(request),
        installedApp(deps.apps, org, appName),
        { partyId: instanceOwnerPartyId, instanceGuid },
        {
          ...(request.body.label ? { label: request.body.label } : {}),
          ...(request.body.description ? { description: request.body.description } : {}),
        },
      );
      return withAppLinks(instance, publicBaseUrl(request, deps.publicUrl));
    },
  );
}
