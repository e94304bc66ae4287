import type { HttpApp } from '../../../../core/http/index.ts';
import { InstanceParams } from '../../instances/routes/schemas.ts';
import type { InstanceLockRouteDeps } from './lock-route-deps.ts';
import { InstanceLockRequestSchema } from './lock-schemas.ts';

export const LOCK_TOKEN_HEADER = 'altinn-storage-lock-token';

export function registerExtendLockRoute(app: HttpApp, deps: InstanceLockRouteDeps): void {
  app.patch(
    '/storage/api/v1/instances/:instanceOwnerPartyId/:instanceGuid/lock',
    {
      onRequest: deps.auth.required,
      schema: {
        operationId: 'updateInstanceLock',
        tags: ['storage'],
        summary: 'Extends (or, with ttlSeconds 0, releases) an instance lock',
        description:
          'Any authenticated caller holding the token (header `Altinn-Storage-Lock-Token`). 204 on success; ' +
          '400 for an unreadable token or a negative TTL; 404 when the instance or the lock is not found; ' +
          '403 when the token’s secret does not match; 422 when the lock has expired.',
        params: InstanceParams,
        body: InstanceLockRequestSchema,
      },
    },
    async (request, reply) => {
      const header = request.headers[LOCK_TOKEN_HEADER];
      await deps.locks.extend(
        { partyId: request.params.instanceOwnerPartyId, instanceGuid: request.params.instanceGuid },
        Array.isArray(header) ? header[0] : header,
        request.body?.ttlSeconds ?? 0,
      );
      return reply.status(204).send();
    },
  );
}
