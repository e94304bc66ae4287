import { Type } from 'typebox';
import type { HttpApp } from '../../../../core/http/index.ts';
import { IdInteger, queryNamesIgnoringCase } from '../../../register/index.ts';
import { AUTHORIZATION_TAGS, type RolesRouteDeps, SECURITY } from './route-deps.ts';

export function registerValidatePartyRoute(app: HttpApp, { auth, roles }: RolesRouteDeps): void {
  app.get(
    '/authorization/api/v1/parties/:partyId/validate',
    {
      onRequest: auth.required,
      preValidation: queryNamesIgnoringCase('userId'),
      schema: {
        operationId: 'validateSelectedParty',
        tags: AUTHORIZATION_TAGS,
        summary: 'Whether a user can act for a party',
        description:
          'Answers true or false. A user may ask only about themselves (403 otherwise); service owners about ' +
          'any user. A main unit listed only for its sub-units answers false.',
        security: SECURITY,
        params: Type.Object({ partyId: IdInteger }),
        querystring: Type.Object({ userId: IdInteger }),
        response: { 200: Type.Boolean() },
      },
    },
    async (request) =>
      roles.validateParty(auth.principalOf(request), request.query.userId, request.params.partyId),
  );
}
