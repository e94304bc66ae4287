import type { HttpApp } from '../../../../core/http/index.ts';
import { TextResourceInputSchema, TextResourceSchema } from '../text-resource-schema.ts';
import { appOwnerHook, orgFromPath } from './app-owner-hook.ts';
import {
  type ApplicationRouteDeps,
  BASE,
  SECURITY,
  STORAGE_TAGS,
  TEXTS_BODY_LIMIT,
  WRITE_RULE,
} from './route-deps.ts';
import { AppParams } from './schemas.ts';
import { strictValidatorCompiler } from './strict-validator.ts';

export function registerCreateTextResourceRoute(app: HttpApp, deps: ApplicationRouteDeps): void {
  const { auth, applications } = deps;
  app.post(
    `${BASE}/:org/:app/texts`,
    {
      onRequest: [auth.required, appOwnerHook(deps, orgFromPath)],
      bodyLimit: TEXTS_BODY_LIMIT,
      validatorCompiler: strictValidatorCompiler,
      schema: {
        operationId: 'createTextResource',
        tags: STORAGE_TAGS,
        summary: 'Stores the text resource of one language (creates or replaces it)',
        description: `${WRITE_RULE} The language is the body's (two letters, else 400). 404 when there is no such app.`,
        security: SECURITY,
        params: AppParams,
        body: TextResourceInputSchema,
        response: { 200: TextResourceSchema },
      },
    },
    async (request) =>
      applications.upsertTextResource(auth.principalOf(request), request.params, request.body),
  );
}
