import { Type } from 'typebox';
import type { HttpApp } from '../../../core/http/index.ts';
import { REGISTER_TAGS, type RegisterRouteDeps, SECURITY } from './route-deps.ts';
import { PartySchema, UuidString } from './schemas.ts';

export function registerGetPartyByUuidRoute(app: HttpApp, { auth, register }: RegisterRouteDeps): void {
  app.get(
    '/register/api/v1/parties/byuuid/:partyUuid',
    {
      onRequest: auth.required,
      schema: {
        operationId: 'getPartyByUuid',
        tags: REGISTER_TAGS,
        summary: 'A party by its uuid',
        description:
          'Requires a valid token. Service owners may read any party; a user only a party they can ' +
          'represent (403 otherwise); an organisation or system user only its own organisation. 404 when unknown.',
        security: SECURITY,
        params: Type.Object({ partyUuid: UuidString }),
        response: { 200: PartySchema },
      },
    },
    async (request) =>
      register.getPartyByUuid(auth.principalOf(request), request.params.partyUuid.toLowerCase()),
  );
}
