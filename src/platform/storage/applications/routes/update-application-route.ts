import type { HttpApp } from '../../../../core/http/index.ts';
import { ApplicationSchema } from '../application-schema.ts';
import { appOwnerHook, orgFromPath } from './app-owner-hook.ts';
import {
  type ApplicationRouteDeps,
  BASE,
  METADATA_BODY_LIMIT,
  SECURITY,
  STORAGE_TAGS,
  WRITE_RULE,
} from './route-deps.ts';
import { AppParams } from './schemas.ts';
import { strictValidatorCompiler } from './strict-validator.ts';

export function registerUpdateApplicationRoute(app: HttpApp, deps: ApplicationRouteDeps): void {
  const { auth, applications } = deps;
  app.put(
    `${BASE}/:org/:app`,
    {
      onRequest: [auth.required, appOwnerHook(deps, orgFromPath)],
      bodyLimit: METADATA_BODY_LIMIT,
      validatorCompiler: strictValidatorCompiler,
      schema: {
        operationId: 'updateApplication',
        tags: STORAGE_TAGS,
        summary: 'Replaces the metadata of an existing app',
        description:
          `${WRITE_RULE} The body's id and org must match the path (400). storageAccountNumber and the ` +
          'created fields are kept. 404 when there is no such app.',
        security: SECURITY,
        params: AppParams,
        body: ApplicationSchema,
        response: { 200: ApplicationSchema },
      },
    },
    async (request) =>
      applications.updateApplication(auth.principalOf(request), request.params, request.body),
  );
}
