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
import { TextParams } from './schemas.ts';
import { strictValidatorCompiler } from './strict-validator.ts';

export function registerUpdateTextResourceRoute(app: HttpApp, deps: ApplicationRouteDeps): void {
  const { auth, applications } = deps;
  app.put(
    `${BASE}/:org/:app/texts/:language`,
    {
      onRequest: [auth.required, appOwnerHook(deps, orgFromPath)],
      bodyLimit: TEXTS_BODY_LIMIT,
      validatorCompiler: strictValidatorCompiler,
      schema: {
        operationId: 'updateTextResource',
        tags: STORAGE_TAGS,
        summary: 'Replaces an existing text resource',
        description: `${WRITE_RULE} The body's language must match the path (400). 404 when there is none.`,
        security: SECURITY,
        params: TextParams,
        body: TextResourceInputSchema,
        response: { 200: TextResourceSchema },
      },
    },
    async (request) => {
      const { org, app: appName, language } = request.params;
      return applications.updateTextResource(
        auth.principalOf(request),
        { org, app: appName },
        language,
        request.body,
      );
    },
  );
}
