import { Type } from 'typebox';
import type { HttpApp } from '../../../../core/http/index.ts';
import type { MessageBoxRouteDeps } from './route-deps.ts';
import { MessageBoxParams, SblInstanceEventSchema } from './schemas.ts';

export function registerEventsRoute(app: HttpApp, deps: MessageBoxRouteDeps): void {
  app.get(
    '/storage/api/v1/sbl/instances/:instanceOwnerPartyId/:instanceGuid/events',
    {
      onRequest: deps.auth.required,
      schema: {
        operationId: 'getMessageBoxInstanceEvents',
        tags: ['storage', 'messagebox'],
        summary: 'The history of an instance as the message box shows it',
        description:
          'The caller needs `read` on the instance (PDP), else 403; 404 when there is no such instance. ' +
          'Only user-facing event types; a data element’s `Created` reads as `Saved`, other data element ' +
          'events are left out, and a run of `Saved` by one actor shows only its last.',
        params: MessageBoxParams,
        response: { 200: Type.Array(SblInstanceEventSchema) },
      },
    },
    async (request) => deps.messageBox.events(deps.auth.principalOf(request), request.params.instanceGuid),
  );
}
