import { Type } from 'typebox';
import type { HttpApp } from '../../../core/http/index.ts';
import { camelCaseBody } from './camel-case-body.ts';
import { REGISTER_TAGS, type RegisterRouteDeps, SECURITY } from './route-deps.ts';
import { Nullable, OrgNumberString } from './schemas.ts';

const OrgContactPointsList = Type.Object({
  contactPointsList: Type.Array(
    Type.Object({
      organizationNumber: Type.String(),
      partyId: Nullable(Type.Integer()),
      emailList: Type.Array(Type.String()),
      mobileNumberList: Type.Array(Type.String()),
    }),
  ),
});

export function registerOrgContactPointsRoute(app: HttpApp, { auth, register }: RegisterRouteDeps): void {
  app.post(
    '/register/api/v1/organizations/contactpoint/lookup',
    {
      onRequest: auth.required,
      preValidation: camelCaseBody,
      schema: {
        operationId: 'lookupOrganizationContactPoints',
        tags: REGISTER_TAGS,
        summary: "Organisations' official e-mail and mobile contact points",
        description:
          'Requires a service-owner token (used for notifications); other callers get 403. Unknown ' +
          'organisation numbers are left out of the result.',
        security: SECURITY,
        body: Type.Object({ organizationNumbers: Type.Array(OrgNumberString, { maxItems: 1000 }) }),
        response: { 200: OrgContactPointsList },
      },
    },
    async (request) => ({
      contactPointsList: await register.lookupOrgContactPoints(
        auth.principalOf(request),
        request.body.organizationNumbers,
      ),
    }),
  );
}
