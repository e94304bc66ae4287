import type { RequestAuthentication } from '../../authentication/index.ts';
import type { RegisterService } from '../register-service.ts';

export interface RegisterRouteDeps {
  readonly auth: RequestAuthentication;
  readonly register: RegisterService;
}

export const REGISTER_TAGS = ['register'];

/** A bearer token or the AltinnStudioRuntime cookie. */
export const SECURITY: { [scheme: string]: string[] }[] = [{ bearer: [] }, { cookie: [] }];
