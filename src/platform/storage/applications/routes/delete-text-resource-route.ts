import type { HttpApp } from '../../../../core/http/index.ts';
import { appOwnerHook, orgFromPath } from './app-owner-hook.ts';
import { type ApplicationRouteDeps, BASE, SECURITY, STORAGE_TAGS, WRITE_RULE } from './route-deps.ts';
import { TextParams } from './schemas.ts';
import { strictValidatorCompiler } from './strict-validator.ts';

export function registerDeleteTextResourceRoute(app: HttpApp, deps: ApplicationRouteDeps): void {
  const { auth, applications } = deps;
  app.delete(
    `${BASE}/:org/:app/texts/:language`,
    {
      onRequest: [auth.required, appOwnerHook(deps, orgFromPath)],
      validatorCompiler: strictValidatorCompiler,
      schema: {
        operationId: 'deleteTextResource',
        tags: STORAGE_TAGS,
        summary: 'Deletes the text resource of one language',
        description: `${WRITE_RULE} 200 with an empty body; 404 when there is none.`,
        security: SECURITY,
        params: TextParams,
      },
    },
    async (request, reply) => {
      const { org, app: appName, language } = request.params;
      await applications.deleteTextResource(auth.principalOf(request), { org, app: appName }, language);
      return reply.status(200).send();
    },
  );
}
