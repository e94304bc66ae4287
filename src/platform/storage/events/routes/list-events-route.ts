import { Type } from 'typebox';
import type { HttpApp } from '../../../../core/http/index.ts';
import { InstanceParams } from '../../instances/routes/schemas.ts';
import type { InstanceEventRouteDeps } from './event-route-deps.ts';
import { InstanceEventSchema } from './event-schemas.ts';

export function registerListEventsRoute(app: HttpApp, deps: InstanceEventRouteDeps): void {
  app.get(
    '/storage/api/v1/instances/:instanceOwnerPartyId/:instanceGuid/events',
    {
      onRequest: deps.auth.required,
      schema: {
        operationId: 'listInstanceEvents',
        tags: ['storage'],
        summary: 'Lists the events of an instance, oldest first',
        description:
          'The caller needs `read` on the instance (PDP). `eventTypes` may repeat. `from` and `to` filter on ' +
          '`created` only when both are given, as in Altinn; an unreadable one is 400.',
        params: InstanceParams,
        querystring: Type.Object({
          eventTypes: Type.Optional(Type.Array(Type.String({ maxLength: 100 }), { maxItems: 50 })),
          from: Type.Optional(Type.String({ maxLength: 40 })),
          to: Type.Optional(Type.String({ maxLength: 40 })),
        }),
        response: { 200: Type.Object({ instanceEvents: Type.Array(InstanceEventSchema) }) },
      },
    },
    async (request) => {
      const instanceEvents = await deps.instanceEvents.list(
        deps.auth.principalOf(request),
        request.params.instanceGuid,
        request.query,
      );
      return { instanceEvents };
    },
  );
}
