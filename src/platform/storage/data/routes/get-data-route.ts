import { Type } from 'typebox';
import type { HttpApp } from '../../../../core/http/index.ts';
import { attachmentHeader } from '../content-disposition.ts';
import type { DataRouteDeps } from './data-route-deps.ts';
import { DataRouteParams } from './schemas.ts';

export function registerGetDataRoute(app: HttpApp, deps: DataRouteDeps): void {
  app.get(
    '/storage/api/v1/instances/:instanceOwnerPartyId/:instanceGuid/data/:dataGuid',
    {
      onRequest: deps.auth.required,
      schema: {
        operationId: 'getDataElementContent',
        tags: ['storage'],
        summary: 'Downloads the content of a data element',
        description:
          "Streams the stored bytes with the element's `Content-Type` and `Content-Disposition: attachment`. " +
          "The caller needs `read` on the instance (PDP) and the data type's `actionRequiredToRead`. Elements " +
          'marked deleted are 404 to all but the app owner. A reader other than the app owner marks the ' +
          'element read (`isRead`).',
        params: DataRouteParams,
        response: { 200: Type.Unknown({ description: 'The content' }) },
      },
    },
    async (request, reply) => {
      const { element, stream } = await deps.elements.content(
        deps.auth.principalOf(request),
        request.params.instanceGuid,
        request.params.dataGuid,
      );
      reply.header('content-type', element.contentType ?? 'application/octet-stream');
      reply.header('content-disposition', attachmentHeader(element.filename));
      if (element.size !== undefined) reply.header('content-length', element.size);
      return reply.send(stream);
    },
  );
}
