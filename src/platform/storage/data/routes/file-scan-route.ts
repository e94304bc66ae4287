import type { HttpApp } from '../../../../core/http/index.ts';
import type { DataRouteDeps } from './data-route-deps.ts';
import { DataRouteParams, FileScanStatusSchema } from './schemas.ts';

export function registerFileScanRoute(app: HttpApp, deps: DataRouteDeps): void {
  app.put(
    '/storage/api/v1/instances/:instanceOwnerPartyId/:instanceGuid/dataelements/:dataGuid/filescanstatus',
    {
      onRequest: deps.auth.required,
      schema: {
        operationId: 'setDataElementFileScanStatus',
        tags: ['storage'],
        summary: 'Records the result of a malware scan of the content',
        description:
          "Altinn's file scanner calls this with a platform access token; in Tinn the app's service owner " +
          'does (else 403). Only `fileScanResult` is stored. 200 with no body.',
        params: DataRouteParams,
        body: FileScanStatusSchema,
      },
    },
    async (request, reply) => {
      await deps.elements.setFileScanResult(
        deps.auth.principalOf(request),
        request.params.instanceGuid,
        request.params.dataGuid,
        request.body.fileScanResult,
      );
      return reply.status(200).send();
    },
  );
}
