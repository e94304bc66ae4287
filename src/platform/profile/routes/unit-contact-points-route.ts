import { Type } from 'typebox';
import type { HttpApp } from '../../../core/http/index.ts';
import { camelCaseBody, Nullable, OrgNumberString } from '../../register/index.ts';
import { PROFILE_TAGS, type ProfileRouteDeps, SECURITY } from './route-deps.ts';

const UnitContactPointsList = Type.Object({
  contactPointsList: Type.Array(
    Type.Object({
      organizationNumber: Type.String(),
      partyId: Type.Integer(),
      userContactPoints: Type.Array(
        Type.Object({
          userId: Type.Integer(),
          nationalIdentityNumber: Type.String(),
          isReserved: Type.Boolean(),
          mobileNumber: Nullable(Type.String()),
          email: Nullable(Type.String()),
        }),
      ),
    }),
  ),
});

export function registerUnitContactPointsRoute(app: HttpApp, { auth, profile }: ProfileRouteDeps): void {
  app.post(
    '/profile/api/v1/units/contactpoint/lookup',
    {
      onRequest: auth.required,
      preValidation: camelCaseBody,
      schema: {
        operationId: 'lookupUnitContactPoints',
        tags: PROFILE_TAGS,
        summary: 'Contact points users have registered for organisations',
        description:
          'Requires a service-owner token (used for notifications); other callers get 403. Tinn keeps no ' +
          'user-registered unit contact points yet: each known organisation comes back with an empty list.',
        security: SECURITY,
        body: Type.Object({
          organizationNumbers: Type.Array(OrgNumberString, { maxItems: 1000 }),
          resourceId: Type.Optional(Type.String({ maxLength: 200 })),
        }),
        response: { 200: UnitContactPointsList },
      },
    },
    async (request) => ({
      contactPointsList: await profile.lookupUnitContactPoints(
        auth.principalOf(request),
        request.body.organizationNumbers,
      ),
    }),
  );
}
