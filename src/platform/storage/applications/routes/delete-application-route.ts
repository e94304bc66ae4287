import { Type } from 'typebox';
import type { HttpApp } from '../../../../core/http/index.ts';
import { ApplicationSchema } from '../application-schema.ts';
import { appOwnerHook, orgFromPath } from './app-owner-hook.ts';
import { type ApplicationRouteDeps, BASE, SECURITY, STORAGE_TAGS, WRITE_RULE } from './route-deps.ts';
import { AppParams } from './schemas.ts';
import { strictValidatorCompiler } from './strict-validator.ts';

const DeleteQuery = Type.Object({
  hard: Type.Optional(Type.Boolean({ description: 'true: delete the app and its texts for good' })),
});

export function registerDeleteApplicationRoute(app: HttpApp, deps: ApplicationRouteDeps): void {
  const { auth, applications } = deps;
  app.delete(
    `${BASE}/:org/:app`,
    {
      onRequest: [auth.required, appOwnerHook(deps, orgFromPath)],
      validatorCompiler: strictValidatorCompiler,
      schema: {
        operationId: 'deleteApplication',
        tags: STORAGE_TAGS,
        summary:
          'Marks an app as no longer valid (validTo = now), or with hard=true deletes it and its texts',
        description: `${WRITE_RULE} Returns the app as it was left (hard: as it was). 404 when there is no such app.`,
        security: SECURITY,
        params: AppParams,
        querystring: DeleteQuery,
        response: { 200: ApplicationSchema },
      },
    },
    async (request) =>
      applications.deleteApplication(auth.principalOf(request), request.params, request.query.hard === true),
  );
}
