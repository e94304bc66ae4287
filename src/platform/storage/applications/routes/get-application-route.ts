import type { HttpApp } from '../../../../core/http/index.ts';
import { ApplicationSchema } from '../application-schema.ts';
import { type ApplicationRouteDeps, BASE, STORAGE_TAGS } from './route-deps.ts';
import { AppParams } from './schemas.ts';
import { strictValidatorCompiler } from './strict-validator.ts';

export function registerGetApplicationRoute(app: HttpApp, { applications }: ApplicationRouteDeps): void {
  app.get(
    `${BASE}/:org/:app`,
    {
      validatorCompiler: strictValidatorCompiler,
      schema: {
        operationId: 'getApplication',
        tags: STORAGE_TAGS,
        summary: 'The metadata of one app',
        description: 'Anonymous: anyone may call. 404 when there is no such app.',
        security: [],
        params: AppParams,
        response: { 200: ApplicationSchema },
      },
    },
    async (request) => applications.requireApplication(request.params.org, request.params.app),
  );
}
