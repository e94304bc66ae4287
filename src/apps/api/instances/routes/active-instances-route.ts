import { Type } from 'typebox';
import type { HttpApp } from '../../../../core/http/index.ts';
import type { RequestAuthentication } from '../../../../platform/authentication/index.ts';
import type { AppRegistry } from '../../../runtime/index.ts';
import type { ActiveInstances } from '../active-instances.ts';
import { installedApp } from '../installed-app.ts';
import { TAGS } from './instance-params.ts';

export interface ActiveInstancesRouteDeps {
  readonly auth: RequestAuthentication;
  readonly apps: AppRegistry;
  readonly active: ActiveInstances;
}

export function registerActiveInstancesRoute(app: HttpApp, deps: ActiveInstancesRouteDeps): void {
  app.get(
    '/:org/:app/instances/:instanceOwnerPartyId/active',
    {
      onRequest: deps.auth.required,
      schema: {
        operationId: 'getActiveAppInstances',
        tags: TAGS,
        summary: 'The party’s instances of this app that are not archived or deleted',
        description: 'Only those the caller may read. `lastChangedBy` is a name (organisation or person).',
        params: Type.Object({
          org: Type.String(),
          app: Type.String(),
          instanceOwnerPartyId: Type.Integer({ minimum: 1 }),
        }),
        response: {
          200: Type.Array(
            Type.Object({
              id: Type.String(),
              presentationTexts: Type.Optional(Type.Record(Type.String(), Type.String())),
              dueBefore: Type.Optional(Type.String()),
              lastChanged: Type.String(),
              lastChangedBy: Type.String(),
            }),
          ),
        },
      },
    },
    async (request) => {
      const { org, app: appName, instanceOwnerPartyId } = request.params;
      return deps.active.list(
        deps.auth.principalOf(request),
        installedApp(deps.apps, org, appName),
        instanceOwnerPartyId,
      );
    },
  );
}
