import { Type } from 'typebox';
import { type HttpApp, publicBaseUrl } from '../../../../core/http/index.ts';
import { instanceWithLinks } from '../instance-links.ts';
import type { InstanceRouteDeps } from './instance-route-deps.ts';
import { InstanceGuid, InstanceParams, InstanceSchema } from './schemas.ts';

const DESCRIPTION =
  'The caller needs `read` on the instance (PDP, with its current task or end event). Hard-deleted instances ' +
  'and data elements are shown only to the app owner.';

export function registerGetInstanceRoutes(app: HttpApp, deps: InstanceRouteDeps): void {
  app.get(
    '/storage/api/v1/instances/:instanceOwnerPartyId/:instanceGuid',
    {
      onRequest: deps.auth.required,
      schema: {
        operationId: 'getInstance',
        tags: ['storage'],
        summary: 'Reads one instance with its data elements',
        description: `${DESCRIPTION} The party id in the path is not compared with the owner, as in Altinn.`,
        params: InstanceParams,
        response: { 200: InstanceSchema },
      },
    },
    async (request) => {
      const instance = await deps.instances.get(deps.auth.principalOf(request), request.params.instanceGuid);
      return instanceWithLinks(instance, publicBaseUrl(request, deps.publicUrl));
    },
  );
  app.get(
    '/storage/api/v1/instances/:instanceGuid',
    {
      onRequest: deps.auth.required,
      schema: {
        operationId: 'getInstanceByGuid',
        tags: ['storage'],
        summary: 'Reads one instance by its guid',
        description: DESCRIPTION,
        params: Type.Object({ instanceGuid: InstanceGuid }),
        response: { 200: InstanceSchema },
      },
    },
    async (request) => {
      const instance = await deps.instances.get(deps.auth.principalOf(request), request.params.instanceGuid);
      return instanceWithLinks(instance, publicBaseUrl(request, deps.publicUrl));
    },
  );
}
