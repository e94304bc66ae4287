import type { FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import { unauthorized } from '../../core/errors.ts';
import { type Principal, principalFromClaims } from './principal.ts';
import { InvalidTokenError, type TokenService } from './token-service.ts';

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | undefined;
  }
}

export const RUNTIME_COOKIE = 'AltinnStudioRuntime';
const LEGACY_COOKIE = '.ALTINNTOKEN';

/** The raw token a request carries: bearer header first, then the legacy and runtime cookies. */
export function tokenOf(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (header !== undefined) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    return match?.[1] ?? '';
  }
  return request.cookies?.[LEGACY_COOKIE] ?? request.cookies?.[RUNTIME_COOKIE];
}

export interface RequestAuthentication {
  /** onRequest hook: a valid token is required; sets request.principal. */
  readonly required: onRequestAsyncHookHandler;
  /** onRequest hook: a token is optional, but one that is sent must be valid. */
  readonly optional: onRequestAsyncHookHandler;
  /** The principal the required/optional hook found; throws 401 when there is none. */
  principalOf(request: FastifyRequest): Principal;
}

export function createRequestAuthentication(tokens: TokenService): RequestAuthentication {
  async function resolve(request: FastifyRequest, mustHave: boolean): Promise<void> {
    const token = tokenOf(request);
    if (token === undefined || token === '') {
      if (mustHave || token === '')
        throw unauthorized(token === '' ? 'Malformed Authorization header' : undefined);
      return;
    }
    try {
      const claims = await tokens.verify(token);
      const principal = principalFromClaims(claims);
      if (principal === undefined)
        throw unauthorized('The token does not identify a user, organisation or system');
      request.principal = principal;
    } catch (error) {
      if (error instanceof InvalidTokenError) throw unauthorized(error.message);
      throw error;
    }
  }
  return {
    required: (request) => resolve(request, true),
    optional: (request) => resolve(request, false),
    principalOf(request) {
      if (request.principal === undefined) throw unauthorized();
      return request.principal;
    },
  };
}
