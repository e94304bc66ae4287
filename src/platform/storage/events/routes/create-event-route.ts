import { Type } from 'typebox';
import type { HttpApp } from '../../../../core/http/index.ts';
import { InstanceParams } from '../../instances/routes/schemas.ts';
import type { ClientEventInput } from '../client-event.ts';
import type { InstanceEventRouteDeps } from './event-route-deps.ts';
import { InstanceEventInputSchema, InstanceEventSchema } from './event-schemas.ts';

export function registerCreateEventRoute(app: HttpApp, deps: InstanceEventRouteDeps): void {
  app.post(
    '/storage/api/v1/instances/:instanceOwnerPartyId/:instanceGuid/events',
    {
      onRequest: deps.auth.required,
      schema: {
        operationId: 'createInstanceEvent',
        tags: ['storage'],
        summary: 'Adds an event to an instance’s audit trail',
        description:
          'The caller needs `read` on the instance (PDP), as in Altinn. `instanceId` must be the instance’s ' +
          '(400); `created` defaults to now and `id` is generated when absent (409 when a given id is taken).',
        params: InstanceParams,
        body: Type.Optional(Type.Union([InstanceEventInputSchema, Type.Null()])),
        response: { 201: InstanceEventSchema },
      },
    },
    async (request, reply) => {
      const event = await deps.instanceEvents.add(
        deps.auth.principalOf(request),
        request.params.instanceGuid,
        (request.body ?? undefined) as ClientEventInput | undefined,
      );
      return reply.status(201).send(event);
    },
  );
}
