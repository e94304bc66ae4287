import { type HttpApp, publicBaseUrl } from '../../../../core/http/index.ts';
import { dataElementWithLinks } from '../../instances/instance-links.ts';
import { PLATFORM_MAX_UPLOAD_BYTES } from '../data-type-rules.ts';
import { UPLOAD_DESCRIPTION } from './create-data-route.ts';
import type { DataRouteDeps } from './data-route-deps.ts';
import { DataElementSchema, DataRouteParams, UploadQuery } from './schemas.ts';
import { uploadRequestOf } from './upload-request.ts';

export function registerOverwriteDataRoute(app: HttpApp, deps: DataRouteDeps): void {
  app.put(
    '/storage/api/v1/instances/:instanceOwnerPartyId/:instanceGuid/data/:dataGuid',
    {
      onRequest: deps.auth.required,
      bodyLimit: PLATFORM_MAX_UPLOAD_BYTES,
      schema: {
        operationId: 'overwriteDataElement',
        tags: ['storage'],
        summary: 'Replaces the content of a data element',
        description:
          `${UPLOAD_DESCRIPTION} 409 when the element is locked or marked deleted; 422 for empty content. ` +
          'The new bytes go to a new blob; the element switches to it when they are complete, so a failed ' +
          'overwrite keeps the old content. `refs` and `references` are replaced. Event `Saved`.',
        params: DataRouteParams,
        querystring: UploadQuery,
        response: { 200: DataElementSchema },
      },
    },
    async (request, reply) => {
      const element = await deps.uploads.overwrite(
        deps.auth.principalOf(request),
        request.params.instanceGuid,
        request.params.dataGuid,
        uploadRequestOf(request, reply, request.query),
      );
      const instanceId = `${request.params.instanceOwnerPartyId}/${request.params.instanceGuid}`;
      return dataElementWithLinks(element, instanceId, publicBaseUrl(request, deps.publicUrl));
    },
  );
}
