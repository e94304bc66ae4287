import { Type } from 'typebox';
import type { HttpApp } from '../../../core/http/index.ts';
import { camelCaseBody } from './camel-case-body.ts';
import { REGISTER_TAGS, type RegisterRouteDeps, SECURITY } from './route-deps.ts';
import { OrgNumberString, PartySchema, SsnString } from './schemas.ts';

const LookupBody = Type.Union([
  Type.Object({ ssn: SsnString }, { additionalProperties: false }),
  Type.Object({ orgNo: OrgNumberString }, { additionalProperties: false }),
]);

export function registerLookupPartyRoute(app: HttpApp, { auth, register }: RegisterRouteDeps): void {
  app.post(
    '/register/api/v1/parties/lookup',
    {
      onRequest: auth.required,
      preValidation: camelCaseBody,
      schema: {
        operationId: 'lookupParty',
        tags: REGISTER_TAGS,
        summary: 'A party by national identity number or organisation number (exactly one)',
        description:
          'Requires a valid token. Service owners may look up any party. A user may look up a party they ' +
          'can represent: an unknown or unrepresentable national identity number gives 403 (the API does ' +
          'not tell who exists); an unknown organisation number gives 404, an unrepresentable one 403.',
        security: SECURITY,
        body: LookupBody,
        response: { 200: PartySchema },
      },
    },
    async (request) => register.lookupParty(auth.principalOf(request), request.body),
  );
}
