import { type HttpApp, publicBaseUrl } from '../../../../core/http/index.ts';
import { instanceWithLinks } from '../instance-links.ts';
import type { InstanceMutationRouteDeps } from './instance-mutation-route-deps.ts';
import { InstanceParams, InstanceSchema } from './schemas.ts';

export function registerCompleteInstanceRoute(app: HttpApp, deps: InstanceMutationRouteDeps): void {
  app.post(
    '/storage/api/v1/instances/:instanceOwnerPartyId/:instanceGuid/complete',
    {
      onRequest: deps.auth.required,
      schema: {
        operationId: 'completeInstance',
        tags: ['storage'],
        summary: 'Confirms the instance as complete for the caller’s organisation',
        description:
          'The caller needs `complete` on the instance (PDP). The stakeholder is the service owner’s code; ' +
          'a second confirmation by the same stakeholder changes nothing. The body is ignored.',
        params: InstanceParams,
        response: { 200: InstanceSchema },
      },
    },
    async (request) => {
      const instance = await deps.mutations.complete(
        deps.auth.principalOf(request),
        request.params.instanceGuid,
      );
      return instanceWithLinks(instance, publicBaseUrl(request, deps.publicUrl));
    },
  );
}
