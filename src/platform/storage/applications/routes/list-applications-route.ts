import type { HttpApp } from '../../../../core/http/index.ts';
import { ApplicationListSchema } from '../application-schema.ts';
import { type ApplicationRouteDeps, BASE, STORAGE_TAGS } from './route-deps.ts';
import { strictValidatorCompiler } from './strict-validator.ts';

export function registerListApplicationsRoute(app: HttpApp, { applications }: ApplicationRouteDeps): void {
  app.get(
    BASE,
    {
      validatorCompiler: strictValidatorCompiler,
      schema: {
        operationId: 'listApplications',
        tags: STORAGE_TAGS,
        summary: 'The metadata of every app',
        description: 'Anonymous: anyone may call. Soft-deleted apps are included (they carry validTo).',
        security: [],
        response: { 200: ApplicationListSchema },
      },
    },
    async () => ({ applications: await applications.listApplications() }),
  );
}
