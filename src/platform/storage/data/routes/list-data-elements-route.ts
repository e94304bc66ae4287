import { Type } from 'typebox';
import { type HttpApp, publicBaseUrl } from '../../../../core/http/index.ts';
import { dataElementWithLinks } from '../../instances/instance-links.ts';
import type { DataRouteDeps } from './data-route-deps.ts';
import { DataElementSchema, InstanceRouteParams } from './schemas.ts';

export function registerListDataElementsRoute(app: HttpApp, deps: DataRouteDeps): void {
  app.get(
    '/storage/api/v1/instances/:instanceOwnerPartyId/:instanceGuid/dataelements',
    {
      onRequest: deps.auth.required,
      schema: {
        operationId: 'listDataElements',
        tags: ['storage'],
        summary: "Lists an instance's data elements",
        description:
          'The caller needs `read` on the instance (PDP). Elements marked deleted are listed only for the app owner.',
        params: InstanceRouteParams,
        response: { 200: Type.Object({ dataElements: Type.Array(DataElementSchema) }) },
      },
    },
    async (request) => {
      const instance = await deps.elements.list(deps.auth.principalOf(request), request.params.instanceGuid);
      const baseUrl = publicBaseUrl(request, deps.publicUrl);
      return {
        dataElements: instance.data.map((element) => dataElementWithLinks(element, instance.id, baseUrl)),
      };
    },
  );
}
