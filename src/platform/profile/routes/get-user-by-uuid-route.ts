import { Type } from 'typebox';
import type { HttpApp } from '../../../core/http/index.ts';
import { UuidString } from '../../register/index.ts';
import { OWN_PROFILE_RULE, PROFILE_TAGS, type ProfileRouteDeps, SECURITY } from './route-deps.ts';
import { UserProfileSchema } from './schemas.ts';

export function registerGetUserByUuidRoute(app: HttpApp, { auth, profile }: ProfileRouteDeps): void {
  app.get(
    '/profile/api/v1/users/byuuid/:userUuid',
    {
      onRequest: auth.required,
      schema: {
        operationId: 'getUserByUuid',
        tags: PROFILE_TAGS,
        summary: 'A user profile by user uuid',
        description: `${OWN_PROFILE_RULE} 404 when unknown.`,
        security: SECURITY,
        params: Type.Object({ userUuid: UuidString }),
        response: { 200: UserProfileSchema },
      },
    },
    async (request) => profile.getUserByUuid(auth.principalOf(request), request.params.userUuid),
  );
}
