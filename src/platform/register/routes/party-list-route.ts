import { Type } from 'typebox';
import type { HttpApp } from '../../../core/http/index.ts';
import { queryNamesIgnoringCase } from './query-names.ts';
import { REGISTER_TAGS, type RegisterRouteDeps, SECURITY } from './route-deps.ts';
import { IdInteger, PartySchema } from './schemas.ts';

export function registerPartyListRoute(app: HttpApp, { auth, register }: RegisterRouteDeps): void {
  app.post(
    '/register/api/v1/parties/partylist',
    {
      onRequest: auth.required,
      preValidation: queryNamesIgnoringCase('fetchSubUnits'),
      schema: {
        operationId: 'getPartyList',
        tags: REGISTER_TAGS,
        summary: 'Parties by id, optionally with their sub-units as childParties',
        description:
          'Requires a valid token. Unknown ids are skipped. Service owners may read any party; a user gets ' +
          '403 if the list names an existing party they cannot represent.',
        security: SECURITY,
        querystring: Type.Object({ fetchSubUnits: Type.Boolean({ default: false }) }),
        body: Type.Array(IdInteger, { maxItems: 1000 }),
        response: { 200: Type.Array(PartySchema) },
      },
    },
    async (request) =>
      register.getPartyList(auth.principalOf(request), request.body, request.query.fetchSubUnits),
  );
}
