import type { HttpApp } from '../../../../core/http/index.ts';
import { InstanceParams } from '../../instances/routes/schemas.ts';
import type { ProcessRouteDeps } from './process-route-deps.ts';
import { ProcessHistorySchema } from './process-schemas.ts';

export function registerProcessHistoryRoute(app: HttpApp, deps: ProcessRouteDeps): void {
  app.get(
    '/storage/api/v1/instances/:instanceOwnerPartyId/:instanceGuid/process/history',
    {
      onRequest: deps.auth.required,
      schema: {
        operationId: 'getInstanceProcessHistory',
        tags: ['storage'],
        summary: 'The process history of an instance, built from its process events',
        description: 'The caller needs `read` on the instance (PDP).',
        params: InstanceParams,
        response: { 200: ProcessHistorySchema },
      },
    },
    async (request) => ({
      processHistory: await deps.processes.history(
        deps.auth.principalOf(request),
        request.params.instanceGuid,
      ),
    }),
  );
}
