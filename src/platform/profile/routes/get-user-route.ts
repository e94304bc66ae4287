import { Type } from 'typebox';
import type { HttpApp } from '../../../core/http/index.ts';
import { IdInteger } from '../../register/index.ts';
import { OWN_PROFILE_RULE, PROFILE_TAGS, type ProfileRouteDeps, SECURITY } from './route-deps.ts';
import { UserProfileSchema } from './schemas.ts';

export function registerGetUserRoute(app: HttpApp, { auth, profile }: ProfileRouteDeps): void {
  app.get(
    '/profile/api/v1/users/:userId',
    {
      onRequest: auth.required,
      schema: {
        operationId: 'getUser',
        tags: PROFILE_TAGS,
        summary: 'A user profile by user id',
        description: `${OWN_PROFILE_RULE} 404 when unknown.`,
        security: SECURITY,
        params: Type.Object({ userId: IdInteger }),
        response: { 200: UserProfileSchema },
      },
    },
    async (request) => profile.getUser(auth.principalOf(request), request.params.userId),
  );
}
