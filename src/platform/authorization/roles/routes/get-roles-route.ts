import { Type } from 'typebox';
import type { HttpApp } from '../../../../core/http/index.ts';
import { IdInteger, queryNamesIgnoringCase } from '../../../register/index.ts';
import { AUTHORIZATION_TAGS, type RolesRouteDeps, SECURITY } from './route-deps.ts';

const RoleList = Type.Array(
  Type.Object({
    type: Type.String({ description: 'altinn or ccr' }),
    value: Type.String({ description: 'The role code, e.g. DAGL' }),
  }),
);

export function registerGetRolesRoute(app: HttpApp, { auth, roles }: RolesRouteDeps): void {
  app.get(
    '/authorization/api/v1/roles',
    {
      onRequest: auth.required,
      preValidation: queryNamesIgnoringCase('coveredByUserId', 'offeredByPartyId'),
      schema: {
        operationId: 'getRoles',
        tags: AUTHORIZATION_TAGS,
        summary: 'The roles a user holds for a party',
        description:
          'Requires a user token whose urn:altinn:userid equals coveredByUserId (403 otherwise). 400 when ' +
          'either id is missing or 0; 404 when the user holds no roles for the party.',
        security: SECURITY,
        querystring: Type.Object({ coveredByUserId: IdInteger, offeredByPartyId: IdInteger }),
        response: { 200: RoleList },
      },
    },
    async (request) =>
      roles.getRoles(
        auth.principalOf(request),
        request.query.coveredByUserId,
        request.query.offeredByPartyId,
      ),
  );
}
