import type { RequestAuthentication } from '../../authentication/index.ts';
import type { ProfileService } from '../profile-service.ts';

export interface ProfileRouteDeps {
  readonly auth: RequestAuthentication;
  readonly profile: ProfileService;
}

export const PROFILE_TAGS = ['profile'];

/** A bearer token or the AltinnStudioRuntime cookie. */
export const SECURITY: { [scheme: string]: string[] }[] = [{ bearer: [] }, { cookie: [] }];

export const OWN_PROFILE_RULE =
  'Requires a valid token. Service owners may read any profile; a user only their own (403 otherwise); ' +
  'organisation and system-user tokens get 403.';
