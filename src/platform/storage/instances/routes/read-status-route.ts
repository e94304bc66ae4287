import { Type } from 'typebox';
import { type HttpApp, publicBaseUrl } from '../../../../core/http/index.ts';
import { instanceWithLinks } from '../instance-links.ts';
import type { InstanceMutationRouteDeps } from './instance-mutation-route-deps.ts';
import { InstanceParams, InstanceSchema } from './schemas.ts';

export function registerReadStatusRoute(app: HttpApp, deps: InstanceMutationRouteDeps): void {
  app.put(
    '/storage/api/v1/instances/:instanceOwnerPartyId/:instanceGuid/readstatus',
    {
      onRequest: deps.auth.required,
      schema: {
        operationId: 'updateInstanceReadStatus',
        tags: ['storage'],
        summary: 'Sets the read status of an instance',
        description:
          'The caller needs `read` on the instance (PDP). `status` is Unread, Read or UpdatedSinceLastReview ' +
          '(any case), else 400. `lastChanged` is not touched and no event is written.',
        params: InstanceParams,
        querystring: Type.Object({ status: Type.Optional(Type.String({ maxLength: 40 })) }),
        response: { 200: InstanceSchema },
      },
    },
    async (request) => {
      const instance = await deps.mutations.setReadStatus(
        deps.auth.principalOf(request),
        request.params.instanceGuid,
        request.query.status,
      );
      return instanceWithLinks(instance, publicBaseUrl(request, deps.publicUrl));
    },
  );
}
