import type { RequestAuthentication } from '../../../authentication/index.ts';
import type { ApplicationService } from '../application-service.ts';

export interface ApplicationRouteDeps {
  readonly auth: RequestAuthentication;
  readonly applications: ApplicationService;
}

export const STORAGE_TAGS = ['storage'];

export const BASE = '/storage/api/v1/applications';

/** A bearer token or the AltinnStudioRuntime cookie. */
export const SECURITY: { [scheme: string]: string[] }[] = [{ bearer: [] }, { cookie: [] }];

/** Application metadata bodies are small; this refuses anything far beyond a real app's. */
export const METADATA_BODY_LIMIT = 1024 * 1024;

/** Text resources of large apps run to several hundred kilobytes. */
export const TEXTS_BODY_LIMIT = 2 * 1024 * 1024;

export const WRITE_RULE =
  "Requires a service-owner token whose org is the app's org (Altinn: the Studio designer); 401 without a valid token, 403 for any other caller.";
