import type { FastifyRequest } from 'fastify';
import type { RequestAuthentication } from '../../../authentication/index.ts';
import type { RolesService } from '../roles-service.ts';

export interface RolesRouteDeps {
  readonly auth: RequestAuthentication;
  readonly roles: RolesService;
}

export const AUTHORIZATION_TAGS = ['authorization'];

/** A bearer token or the AltinnStudioRuntime cookie. */
export const SECURITY: { [scheme: string]: string[] }[] = [{ bearer: [] }, { cookie: [] }];

/** preValidation hook: query parameter names match without regard to case, as ASP.NET binds them. */
export async function lowerCaseQuery(request: FastifyRequest): Promise<void> {
  const query = request.query;
  if (typeof query !== 'object' || query === null) return;
  request.query = Object.fromEntries(
    Object.entries(query).map(([name, value]) => [name.toLowerCase(), value]),
  );
}
