import { Type } from 'typebox';
import { type HttpApp, publicBaseUrl } from '../../../../core/http/index.ts';
import { instanceWithLinks } from '../instance-links.ts';
import type { InstanceMutationRouteDeps } from './instance-mutation-route-deps.ts';
import { InstanceParams, InstanceSchema } from './schemas.ts';

const OptionalText = Type.Optional(Type.Union([Type.String({ maxLength: 1000 }), Type.Null()]));

export function registerSubstatusRoute(app: HttpApp, deps: InstanceMutationRouteDeps): void {
  app.put(
    '/storage/api/v1/instances/:instanceOwnerPartyId/:instanceGuid/substatus',
    {
      onRequest: deps.auth.required,
      schema: {
        operationId: 'updateInstanceSubstatus',
        tags: ['storage'],
        summary: 'Sets the substatus of an instance',
        description:
          'Only the app owner (a service owner token whose org is the instance’s org) may, else 403. ' +
          'A label is required (400). Sets `lastChanged`, `lastChangedBy` (the org number) and writes a ' +
          '`SubstatusUpdated` event.',
        params: InstanceParams,
        body: Type.Optional(
          Type.Union([
            Type.Object({ label: OptionalText, description: OptionalText }, { additionalProperties: true }),
            Type.Null(),
          ]),
        ),
        response: { 200: InstanceSchema },
      },
    },
    async (request) => {
      const instance = await deps.mutations.setSubstatus(
        deps.auth.principalOf(request),
        request.params.instanceGuid,
        request.body ?? undefined,
      );
      return instanceWithLinks(instance, publicBaseUrl(request, deps.publicUrl));
    },
  );
}
