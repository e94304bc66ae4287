import { Type } from 'typebox';
import { type HttpApp, publicBaseUrl } from '../../../../core/http/index.ts';
import { dataElementWithLinks } from '../../instances/instance-links.ts';
import type { DataRouteDeps } from './data-route-deps.ts';
import { DataElementSchema, DataRouteParams } from './schemas.ts';

export function registerDeleteDataRoute(app: HttpApp, deps: DataRouteDeps): void {
  app.delete(
    '/storage/api/v1/instances/:instanceOwnerPartyId/:instanceGuid/data/:dataGuid',
    {
      onRequest: deps.auth.required,
      schema: {
        operationId: 'deleteDataElement',
        tags: ['storage'],
        summary: 'Deletes a data element, or marks it for deletion with delay=true',
        description:
          "The caller needs `write` on the instance (PDP) and the data type's `actionRequiredToWrite`. " +
          'Immediate: the row is deleted, then its blob; event `Deleted`; the answer is the element as it was. ' +
          '`delay=true` only for data types with `appLogic.autoDeleteOnProcessEnd` (else 400): the element is ' +
          'marked hard deleted (`deleteStatus`). A lock does not stop a delete.',
        params: DataRouteParams,
        querystring: Type.Object({ delay: Type.Boolean({ default: false }) }),
        response: { 200: DataElementSchema },
      },
    },
    async (request) => {
      const element = await deps.elements.delete(
        deps.auth.principalOf(request),
        request.params.instanceGuid,
        request.params.dataGuid,
        request.query.delay,
      );
      const instanceId = `${request.params.instanceOwnerPartyId}/${request.params.instanceGuid}`;
      return dataElementWithLinks(element, instanceId, publicBaseUrl(request, deps.publicUrl));
    },
  );
}
