import { Type } from 'typebox';
import { type HttpApp, publicBaseUrl } from '../../../../core/http/index.ts';
import { instanceWithLinks } from '../instance-links.ts';
import type { InstanceRouteDeps } from './instance-route-deps.ts';
import { InstanceParams, InstanceSchema } from './schemas.ts';

export function registerDeleteInstanceRoute(app: HttpApp, deps: InstanceRouteDeps): void {
  app.delete(
    '/storage/api/v1/instances/:instanceOwnerPartyId/:instanceGuid',
    {
      onRequest: deps.auth.required,
      schema: {
        operationId: 'deleteInstance',
        tags: ['storage'],
        summary: 'Soft deletes an instance, or marks it hard deleted with hard=true',
        description:
          'The caller needs `delete` on the instance (PDP). Refused with 403 while the app’s ' +
          '`preventInstanceDeletionForDays` have not passed since the instance was archived.',
        params: InstanceParams,
        querystring: Type.Object({ hard: Type.Boolean({ default: false }) }),
        response: { 200: InstanceSchema },
      },
    },
    async (request) => {
      const instance = await deps.instances.delete(
        deps.auth.principalOf(request),
        request.params.instanceGuid,
        request.query.hard,
      );
      return instanceWithLinks(instance, publicBaseUrl(request, deps.publicUrl));
    },
  );
}
