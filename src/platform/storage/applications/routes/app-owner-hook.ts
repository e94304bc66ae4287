import type { FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import type { ApplicationRouteDeps } from './route-deps.ts';

/**
 * onRequest hook after `auth.required`: refuses callers who may not change the app's org before the
 * body is read, so a caller without the right gets 403 even for a malformed body (as Storage does).
 */
export function appOwnerHook(
  { auth, applications }: ApplicationRouteDeps,
  orgOf: (request: FastifyRequest) => string | undefined,
): onRequestAsyncHookHandler {
  return async (request) => applications.authorizeChange(auth.principalOf(request), orgOf(request));
}

export const orgFromPath = (request: FastifyRequest): string | undefined =>
  (request.params as { org?: string } | undefined)?.org;
