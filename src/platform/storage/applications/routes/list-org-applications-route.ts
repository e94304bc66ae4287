import type { HttpApp } from '../../../../core/http/index.ts';
import { ApplicationListSchema } from '../application-schema.ts';
import { type ApplicationRouteDeps, BASE, STORAGE_TAGS } from './route-deps.ts';
import { OrgParams } from './schemas.ts';
import { strictValidatorCompiler } from './strict-validator.ts';

export function registerListOrgApplicationsRoute(app: HttpApp, { applications }: ApplicationRouteDeps): void {
  app.get(
    `${BASE}/:org`,
    {
      validatorCompiler: strictValidatorCompiler,
      schema: {
        operationId: 'listOrgApplications',
        tags: STORAGE_TAGS,
        summary: 'The metadata of every app of one app owner',
        description: 'Anonymous: anyone may call. 400 when org contains a dash or a space.',
        security: [],
        params: OrgParams,
        response: { 200: ApplicationListSchema },
      },
    },
    async (request) => ({ applications: await applications.listApplicationsOf(request.params.org) }),
  );
}
