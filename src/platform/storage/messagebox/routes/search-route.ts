import { Type } from 'typebox';
import type { HttpApp } from '../../../../core/http/index.ts';
import type { MessageBoxRouteDeps } from './route-deps.ts';
import { MessageBoxInstanceSchema, MessageBoxQuerySchema, SEARCH_LIMITS } from './schemas.ts';

export function registerSearchRoute(app: HttpApp, deps: MessageBoxRouteDeps): void {
  app.post(
    '/storage/api/v1/sbl/instances/search',
    {
      onRequest: deps.auth.required,
      schema: {
        operationId: 'searchMessageBoxInstances',
        tags: ['storage', 'messagebox'],
        summary: 'Searches the message box: instances of the listed parties, newest change first',
        description:
          'For end users (other callers get 403). Parties the user may not act for (not in their reportee ' +
          'list) are left out of the search; instances the PDP does not let the user `read` are left out of ' +
          'the answer, so nothing of other parties is shown or counted. Hard-deleted instances, instances ' +
          'not yet visible and those the app hides are never listed. `allowDelete`, `authorizedForWrite` ' +
          'and `authorizedForSign` are PDP decisions for `delete`, `write` and `sign` (signing tasks). ' +
          SEARCH_LIMITS,
        body: MessageBoxQuerySchema,
        response: { 200: Type.Array(MessageBoxInstanceSchema) },
      },
    },
    async (request) => deps.messageBox.search(deps.auth.principalOf(request), request.body),
  );
}
