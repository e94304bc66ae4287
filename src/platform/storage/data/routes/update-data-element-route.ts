import { type HttpApp, publicBaseUrl } from '../../../../core/http/index.ts';
import type { DataElement } from '../../instances/instance.ts';
import { dataElementWithLinks } from '../../instances/instance-links.ts';
import type { DataRouteDeps } from './data-route-deps.ts';
import { DataElementSchema, DataElementUpdateSchema, DataRouteParams } from './schemas.ts';

export function registerUpdateDataElementRoute(app: HttpApp, deps: DataRouteDeps): void {
  app.put(
    '/storage/api/v1/instances/:instanceOwnerPartyId/:instanceGuid/dataelements/:dataGuid',
    {
      onRequest: deps.auth.required,
      schema: {
        operationId: 'updateDataElement',
        tags: ['storage'],
        summary: "Updates a data element's metadata",
        description:
          'The body is the whole data element; its `id` and `instanceGuid` must match the route (else 400). ' +
          'Applied, as in Altinn: `locked`, `refs`, `references`, `tags`, `userDefinedMetadata`, `metadata`, ' +
          '`deleteStatus`, `lastChanged` and `lastChangedBy` (as sent); everything else is kept. The caller ' +
          "needs `write` on the instance (PDP) and the data type's `actionRequiredToWrite`. No event.",
        params: DataRouteParams,
        body: DataElementUpdateSchema,
        response: { 200: DataElementSchema },
      },
    },
    async (request) => {
      const element = await deps.elements.update(
        deps.auth.principalOf(request),
        request.params.instanceGuid,
        request.params.dataGuid,
        request.body as DataElement,
      );
      const instanceId = `${request.params.instanceOwnerPartyId}/${request.params.instanceGuid}`;
      return dataElementWithLinks(element, instanceId, publicBaseUrl(request, deps.publicUrl));
    },
  );
}
