import type { HttpApp } from '../../../../core/http/index.ts';
import { TextResourceSchema } from '../text-resource-schema.ts';
import { type ApplicationRouteDeps, BASE, SECURITY, STORAGE_TAGS } from './route-deps.ts';
import { TextParams } from './schemas.ts';
import { strictValidatorCompiler } from './strict-validator.ts';

export function registerGetTextResourceRoute(
  app: HttpApp,
  { auth, applications }: ApplicationRouteDeps,
): void {
  app.get(
    `${BASE}/:org/:app/texts/:language`,
    {
      onRequest: auth.required,
      validatorCompiler: strictValidatorCompiler,
      schema: {
        operationId: 'getTextResource',
        tags: STORAGE_TAGS,
        summary: 'The text resource of one app and language',
        description:
          'Requires a valid token (any caller). 400 when the language is not two letters, 404 when there is none.',
        security: SECURITY,
        params: TextParams,
        response: { 200: TextResourceSchema },
      },
    },
    async (request) => {
      const { org, app: appName, language } = request.params;
      return applications.getTextResource(auth.principalOf(request), { org, app: appName }, language);
    },
  );
}
