import type { HttpApp } from '../../../core/http/index.ts';
import { PROFILE_TAGS, type ProfileRouteDeps, SECURITY } from './route-deps.ts';
import { UserProfileSchema } from './schemas.ts';

export function registerGetCurrentUserRoute(app: HttpApp, { auth, profile }: ProfileRouteDeps): void {
  app.get(
    '/profile/api/v1/users/current',
    {
      onRequest: auth.required,
      schema: {
        operationId: 'getCurrentUser',
        tags: PROFILE_TAGS,
        summary: "The calling user's own profile",
        description:
          'Requires a user token; the user comes from its urn:altinn:userid claim. A token without a user ' +
          'id (service owner, organisation) gets 400, as app-localtest answers.',
        security: SECURITY,
        response: { 200: UserProfileSchema },
      },
    },
    async (request) => profile.getCurrentUser(auth.principalOf(request)),
  );
}
