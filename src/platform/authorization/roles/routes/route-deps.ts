import type { RequestAuthentication } from '../../../authentication/index.ts';
import type { RolesService } from '../roles-service.ts';

export interface RolesRouteDeps {
  readonly auth: RequestAuthentication;
  readonly roles: RolesService;
}

export const AUTHORIZATION_TAGS = ['authorization'];

/** A bearer token or the AltinnStudioRuntime cookie. */
export const SECURITY: { [scheme: string]: string[] }[] = [{ bearer: [] }, { cookie: [] }];
