import { Type } from 'typebox';
import type { HttpApp } from '../../../core/http/index.ts';
import { REGISTER_TAGS, type RegisterRouteDeps, SECURITY } from './route-deps.ts';
import { OrganizationSchema, OrgNumberString } from './schemas.ts';

export function registerGetOrganizationRoute(app: HttpApp, { auth, register }: RegisterRouteDeps): void {
  app.get(
    '/register/api/v1/organizations/:orgNr',
    {
      onRequest: auth.required,
      schema: {
        operationId: 'getOrganization',
        tags: REGISTER_TAGS,
        summary: 'An organisation from the Central Coordinating Register',
        description:
          'Requires a valid token; organisation records are public register data, so any authenticated ' +
          'caller may read them. 404 when unknown.',
        security: SECURITY,
        params: Type.Object({ orgNr: OrgNumberString }),
        response: { 200: OrganizationSchema },
      },
    },
    async (request) => register.getOrganization(auth.principalOf(request), request.params.orgNr),
  );
}
