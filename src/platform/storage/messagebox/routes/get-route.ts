import { Type } from 'typebox';
import type { HttpApp } from '../../../../core/http/index.ts';
import type { MessageBoxRouteDeps } from './route-deps.ts';
import { MessageBoxInstanceSchema, MessageBoxParams } from './schemas.ts';

export function registerGetRoute(app: HttpApp, deps: MessageBoxRouteDeps): void {
  app.get(
    '/storage/api/v1/sbl/instances/:instanceOwnerPartyId/:instanceGuid',
    {
      onRequest: deps.auth.required,
      schema: {
        operationId: 'getMessageBoxInstance',
        tags: ['storage', 'messagebox'],
        summary: 'Reads one instance as the message box shows it',
        description:
          'The caller needs `read` on the instance (PDP), else 403; 404 when there is no such instance or it ' +
          'is hard deleted. Texts in `language` (`nb` default, `nn`, `en`). For an archived instance of an ' +
          'app with `copyInstanceSettings.enabled`, `allowNewCopy` is the PDP decision for `instantiate`.',
        params: MessageBoxParams,
        querystring: Type.Object({ language: Type.Optional(Type.String({ maxLength: 20 })) }),
        response: { 200: MessageBoxInstanceSchema },
      },
    },
    async (request) =>
      deps.messageBox.get(
        deps.auth.principalOf(request),
        request.params.instanceGuid,
        request.query.language,
      ),
  );
}
