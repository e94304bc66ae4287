import { Type } from 'typebox';
import type { HttpApp } from '../../../core/http/index.ts';
import { camelCaseBody, Nullable, SsnString } from '../../register/index.ts';
import { PROFILE_TAGS, type ProfileRouteDeps, SECURITY } from './route-deps.ts';

const UserContactPointsList = Type.Object({
  contactPointsList: Type.Array(
    Type.Object({
      userId: Type.Integer(),
      nationalIdentityNumber: Type.String(),
      isReserved: Type.Boolean(),
      mobileNumber: Nullable(Type.String()),
      mobileNumberIsOutdated: Type.Boolean(),
      email: Nullable(Type.String()),
      emailIsOutdated: Type.Boolean(),
    }),
  ),
});

export function registerUserContactPointsRoute(app: HttpApp, { auth, profile }: ProfileRouteDeps): void {
  app.post(
    '/profile/api/v1/users/contactpoint/lookup',
    {
      onRequest: auth.required,
      preValidation: camelCaseBody,
      schema: {
        operationId: 'lookupUserContactPoints',
        tags: PROFILE_TAGS,
        summary: "Persons' e-mail and mobile contact points",
        description:
          'Requires a service-owner token (used for notifications); other callers get 403. Unknown ' +
          'numbers are left out of the result.',
        security: SECURITY,
        body: Type.Object({
          nationalIdentityNumbers: Type.Array(SsnString, { maxItems: 1000 }),
          useStaleContactInfo: Type.Optional(Type.Boolean()),
        }),
        response: { 200: UserContactPointsList },
      },
    },
    async (request) => ({
      contactPointsList: await profile.lookupUserContactPoints(
        auth.principalOf(request),
        request.body.nationalIdentityNumbers,
      ),
    }),
  );
}
