import { Type } from 'typebox';
import type { HttpApp } from '../../../../core/http/index.ts';
import type { MessageBoxRouteDeps } from './route-deps.ts';
import { MessageBoxParams } from './schemas.ts';

export function registerDeleteRoute(app: HttpApp, deps: MessageBoxRouteDeps): void {
  app.delete(
    '/storage/api/v1/sbl/instances/:instanceOwnerPartyId/:instanceGuid',
    {
      onRequest: deps.auth.required,
      schema: {
        operationId: 'deleteMessageBoxInstance',
        tags: ['storage', 'messagebox'],
        summary: 'Soft deletes an instance, or marks it hard deleted with hard=true',
        description:
          'As the instance delete: the caller needs `delete` (PDP), else 403, and the app’s ' +
          '`preventInstanceDeletionForDays` after archiving give 403 too; 404 when there is no such ' +
          'instance. Records a `Deleted` event and answers `true`.',
        params: MessageBoxParams,
        querystring: Type.Object({ hard: Type.Boolean({ default: false }) }),
        response: { 200: Type.Boolean() },
      },
    },
    async (request) =>
      deps.messageBox.delete(deps.auth.principalOf(request), request.params.instanceGuid, request.query.hard),
  );
}
