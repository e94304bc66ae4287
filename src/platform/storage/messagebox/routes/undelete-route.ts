import { Type } from 'typebox';
import type { HttpApp } from '../../../../core/http/index.ts';
import type { MessageBoxRouteDeps } from './route-deps.ts';
import { MessageBoxParams } from './schemas.ts';

export function registerUndeleteRoute(app: HttpApp, deps: MessageBoxRouteDeps): void {
  app.put(
    '/storage/api/v1/sbl/instances/:instanceOwnerPartyId/:instanceGuid/undelete',
    {
      onRequest: deps.auth.required,
      schema: {
        operationId: 'undeleteMessageBoxInstance',
        tags: ['storage', 'messagebox'],
        summary: 'Restores a soft-deleted instance',
        description:
          'The caller needs `delete` on the instance (PDP), else 403; 404 when there is no such instance ' +
          'or it is hard deleted. Clears the soft delete and records an `Undeleted` event; answers `true`, ' +
          'also when the instance was not deleted.',
        params: MessageBoxParams,
        response: { 200: Type.Boolean() },
      },
    },
    async (request) => deps.messageBox.undelete(deps.auth.principalOf(request), request.params.instanceGuid),
  );
}
