import { Type } from 'typebox';
import type { HttpApp } from '../../../core/http/index.ts';
import { camelCaseBody } from './camel-case-body.ts';
import { queryNamesIgnoringCase } from './query-names.ts';
import { REGISTER_TAGS, type RegisterRouteDeps, SECURITY } from './route-deps.ts';
import { Nullable, OrgNumberString, SsnString } from './schemas.ts';

const NamesLookupBody = Type.Object({
  parties: Type.Array(
    Type.Union([
      Type.Object({ ssn: SsnString }, { additionalProperties: false }),
      Type.Object({ orgNo: OrgNumberString }, { additionalProperties: false }),
    ]),
    { maxItems: 1000 },
  ),
});

const PartyNames = Type.Object({
  partyNames: Type.Array(
    Type.Object({
      ssn: Nullable(Type.String()),
      orgNo: Nullable(Type.String()),
      name: Nullable(Type.String()),
      personName: Nullable(
        Type.Object({
          firstName: Nullable(Type.String()),
          middleName: Nullable(Type.String()),
          lastName: Nullable(Type.String()),
        }),
      ),
    }),
  ),
});

export function registerNamesLookupRoute(app: HttpApp, { auth, register }: RegisterRouteDeps): void {
  app.post(
    '/register/api/v1/parties/nameslookup',
    {
      onRequest: auth.required,
      preValidation: [camelCaseBody, queryNamesIgnoringCase('partyComponentOption')],
      schema: {
        operationId: 'lookupPartyNames',
        tags: REGISTER_TAGS,
        summary: 'Names of persons and organisations',
        description:
          'Requires a valid token. Organisation names are public register data (unknown ones give name ' +
          'null). Service owners may look up any person; a user only persons they can represent (403 otherwise). ' +
          '`partyComponentOption=NameComponents` adds personName.',
        security: SECURITY,
        querystring: Type.Object({ partyComponentOption: Type.Optional(Type.String({ maxLength: 50 })) }),
        body: NamesLookupBody,
        response: { 200: PartyNames },
      },
    },
    async (request) => {
      const nameComponents = request.query.partyComponentOption?.toLowerCase() === 'namecomponents';
      const partyNames = await register.lookupNames(
        auth.principalOf(request),
        request.body.parties,
        nameComponents,
      );
      return { partyNames };
    },
  );
}
