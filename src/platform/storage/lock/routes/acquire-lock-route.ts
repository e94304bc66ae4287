import { Type } from 'typebox';
import type { HttpApp } from '../../../../core/http/index.ts';
import { InstanceParams } from '../../instances/routes/schemas.ts';
import type { InstanceLockRouteDeps } from './lock-route-deps.ts';
import { InstanceLockRequestSchema } from './lock-schemas.ts';

export function registerAcquireLockRoute(app: HttpApp, deps: InstanceLockRouteDeps): void {
  app.post(
    '/storage/api/v1/instances/:instanceOwnerPartyId/:instanceGuid/lock',
    {
      onRequest: deps.auth.required,
      schema: {
        operationId: 'acquireInstanceLock',
        tags: ['storage'],
        summary: 'Takes the exclusive lock of an instance for ttlSeconds',
        description:
          'The caller needs an action the current task calls for, or `reject` (PDP), else 403. 404 when the ' +
          'instance does not exist or the party is not its owner; 409 while another lock is live; 400 for a ' +
          'negative TTL. The token is answered once; send it as `Altinn-Storage-Lock-Token` to extend or release.',
        params: InstanceParams,
        body: InstanceLockRequestSchema,
        response: { 200: Type.Object({ lockToken: Type.String() }) },
      },
    },
    async (request) => {
      const lockToken = await deps.locks.acquire(
        deps.auth.principalOf(request),
        { partyId: request.params.instanceOwnerPartyId, instanceGuid: request.params.instanceGuid },
        request.body?.ttlSeconds ?? 0,
      );
      return { lockToken };
    },
  );
}
