import { type HttpApp, publicBaseUrl } from '../../../../core/http/index.ts';
import { dataElementWithLinks } from '../../instances/instance-links.ts';
import { PLATFORM_MAX_UPLOAD_BYTES } from '../data-type-rules.ts';
import type { DataRouteDeps } from './data-route-deps.ts';
import { CreateQuery, DataElementSchema, InstanceRouteParams } from './schemas.ts';
import { uploadRequestOf } from './upload-request.ts';

export const UPLOAD_DESCRIPTION =
  'The body is the content, streamed to the blob store: raw bytes with their `Content-Type` and an optional ' +
  "`Content-Disposition: attachment; filename=…` (or `filename*=UTF-8''…`), or a multipart body whose first " +
  "part is taken. The caller needs `write` on the instance (PDP) and the data type's `actionRequiredToWrite`. " +
  "Refused before storing anything: a content type the data type's `allowedContentTypes` does not list (415), " +
  "more bytes than its `maxSize` MiB or the platform's 2000 MiB (413), an empty body (400).";

export function registerCreateDataRoute(app: HttpApp, deps: DataRouteDeps): void {
  app.post(
    '/storage/api/v1/instances/:instanceOwnerPartyId/:instanceGuid/data',
    {
      onRequest: deps.auth.required,
      bodyLimit: PLATFORM_MAX_UPLOAD_BYTES,
      schema: {
        operationId: 'createDataElement',
        tags: ['storage'],
        summary: 'Uploads the content of a new data element',
        description:
          `${UPLOAD_DESCRIPTION} 400 for a missing or undeclared \`dataType\`; 409 when the instance already ` +
          'has `maxCount` elements of the type. The row is committed only after every byte is written; the ' +
          "instance's lastChanged moves and a data `Created` event is written with it.",
        params: InstanceRouteParams,
        querystring: CreateQuery,
        response: { 201: DataElementSchema },
      },
    },
    async (request, reply) => {
      const element = await deps.uploads.create(
        deps.auth.principalOf(request),
        request.params.instanceGuid,
        request.query.dataType,
        uploadRequestOf(request, reply, request.query),
      );
      const instanceId = `${request.params.instanceOwnerPartyId}/${request.params.instanceGuid}`;
      const answered = dataElementWithLinks(element, instanceId, publicBaseUrl(request, deps.publicUrl));
      return reply
        .status(201)
        .header('location', answered.selfLinks?.platform ?? '')
        .send(answered);
    },
  );
}
