import { Type } from 'typebox';
import type { HttpApp } from '../../../core/http/index.ts';
import type { RegisterRouteDeps } from './route-deps.ts';
import { REGISTER_TAGS, SECURITY } from './route-deps.ts';
import { IdInteger, PartySchema } from './schemas.ts';

export function registerGetPartyRoute(app: HttpApp, { auth, register }: RegisterRouteDeps): void {
  app.get(
    '/register/api/v1/parties/:partyId',
    {
      onRequest: auth.required,
      schema: {
        operationId: 'getParty',
        tags: REGISTER_TAGS,
        summary: 'A party with its person or organisation details',
        description:
          'Requires a valid token. Service owners may read any party; a user only a party they can ' +
          'represent (403 otherwise); an organisation or system user only its own organisation. 404 when unknown.',
        security: SECURITY,
        params: Type.Object({ partyId: IdInteger }),
        response: { 200: PartySchema },
      },
    },
    async (request) => register.getParty(auth.principalOf(request), request.params.partyId),
  );
}
