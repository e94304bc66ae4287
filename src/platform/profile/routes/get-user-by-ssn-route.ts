import type { HttpApp } from '../../../core/http/index.ts';
import { SsnString } from '../../register/index.ts';
import { OWN_PROFILE_RULE, PROFILE_TAGS, type ProfileRouteDeps, SECURITY } from './route-deps.ts';
import { UserProfileSchema } from './schemas.ts';

export function registerGetUserBySsnRoute(app: HttpApp, { auth, profile }: ProfileRouteDeps): void {
  app.post(
    '/profile/api/v1/users',
    {
      onRequest: auth.required,
      schema: {
        operationId: 'getUserBySsn',
        tags: PROFILE_TAGS,
        summary: 'A user profile by national identity number',
        description:
          `The body is the national identity number as a JSON string. ${OWN_PROFILE_RULE} ` +
          'A user asking for any other number, known or not, gets 403; service owners get 404 when unknown.',
        security: SECURITY,
        body: SsnString,
        response: { 200: UserProfileSchema },
      },
    },
    async (request) => profile.getUserBySsn(auth.principalOf(request), request.body),
  );
}
