import { Type } from 'typebox';
import type { HttpApp } from '../../../../core/http/index.ts';
import { InstanceGuid, PartyIdParam } from '../../instances/routes/schemas.ts';
import type { InstanceEventRouteDeps } from './event-route-deps.ts';
import { InstanceEventSchema } from './event-schemas.ts';

export function registerGetEventRoute(app: HttpApp, deps: InstanceEventRouteDeps): void {
  app.get(
    '/storage/api/v1/instances/:instanceOwnerPartyId/:instanceGuid/events/:eventGuid',
    {
      onRequest: deps.auth.required,
      schema: {
        operationId: 'getInstanceEvent',
        tags: ['storage'],
        summary: 'Reads one event of an instance',
        description:
          'The caller needs `read` on the instance (PDP). 404 when the event does not exist or belongs to ' +
          'another instance (Altinn looks it up by its id alone).',
        params: Type.Object({
          instanceOwnerPartyId: PartyIdParam,
          instanceGuid: InstanceGuid,
          eventGuid: Type.String({ format: 'uuid', description: 'Event guid' }),
        }),
        response: { 200: InstanceEventSchema },
      },
    },
    async (request) =>
      deps.instanceEvents.get(
        deps.auth.principalOf(request),
        request.params.instanceGuid,
        request.params.eventGuid,
      ),
  );
}
