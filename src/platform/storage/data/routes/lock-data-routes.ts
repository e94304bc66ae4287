import { type HttpApp, publicBaseUrl } from '../../../../core/http/index.ts';
import { dataElementWithLinks } from '../../instances/instance-links.ts';
import type { DataRouteDeps } from './data-route-deps.ts';
import { DataElementSchema, DataRouteParams } from './schemas.ts';

const PATH = '/storage/api/v1/instances/:instanceOwnerPartyId/:instanceGuid/data/:dataGuid/lock';

export function registerLockDataRoutes(app: HttpApp, deps: DataRouteDeps): void {
  app.put(
    PATH,
    {
      onRequest: deps.auth.required,
      schema: {
        operationId: 'lockDataElement',
        tags: ['storage'],
        summary: 'Locks a data element against content changes',
        description:
          'The caller needs an action the current task calls for (`write` in a data task, `sign` or `write` ' +
          'in a signing task, …; `write` when there is no task; `reject` always does). 201 when newly locked, ' +
          "200 when it was locked already. Does not change the instance's lastChanged.",
        params: DataRouteParams,
        response: { 200: DataElementSchema, 201: DataElementSchema },
      },
    },
    async (request, reply) => {
      const { element, created } = await deps.elements.lock(
        deps.auth.principalOf(request),
        request.params.instanceGuid,
        request.params.dataGuid,
      );
      const instanceId = `${request.params.instanceOwnerPartyId}/${request.params.instanceGuid}`;
      return reply
        .status(created ? 201 : 200)
        .send(dataElementWithLinks(element, instanceId, publicBaseUrl(request, deps.publicUrl)));
    },
  );
  app.delete(
    PATH,
    {
      onRequest: deps.auth.required,
      schema: {
        operationId: 'unlockDataElement',
        tags: ['storage'],
        summary: 'Unlocks a data element',
        description:
          'The caller needs `write`, `unlock` or `reject` on the instance (PDP); an unknown instance is 403, as ' +
          "in Altinn. Does not change the instance's lastChanged.",
        params: DataRouteParams,
        response: { 200: DataElementSchema },
      },
    },
    async (request) => {
      const element = await deps.elements.unlock(
        deps.auth.principalOf(request),
        request.params.instanceGuid,
        request.params.dataGuid,
      );
      const instanceId = `${request.params.instanceOwnerPartyId}/${request.params.instanceGuid}`;
      return dataElementWithLinks(element, instanceId, publicBaseUrl(request, deps.publicUrl));
    },
  );
}
