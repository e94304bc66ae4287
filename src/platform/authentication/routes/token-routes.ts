import { Type } from 'typebox';
import type { HttpApp } from '../../../core/http/index.ts';
import type { IdentityDirectory } from '../identity-directory.ts';
import type { RequestAuthentication } from '../request-authentication.ts';
import type { TokenExchange } from '../token-exchange.ts';
import { refreshToken } from '../token-refresh.ts';
import type { TokenService } from '../token-service.ts';

export interface TokenRouteDeps {
  readonly tokens: TokenService;
  readonly auth: RequestAuthentication;
  readonly directory: IdentityDirectory;
  readonly exchange: TokenExchange;
}

const TOKEN_TEXT = { 200: Type.String({ description: 'The platform JWT' }) };

export function registerTokenRoutes(app: HttpApp, deps: TokenRouteDeps): void {
  app.get(
    '/authentication/api/v1/refresh',
    {
      onRequest: deps.auth.required,
      schema: {
        operationId: 'refreshToken',
        tags: ['authentication'],
        summary: 'Re-signs the caller’s token with a fresh lifetime',
        querystring: Type.Object({ enrichPid: Type.Optional(Type.Boolean()) }),
        response: TOKEN_TEXT,
      },
    },
    async (request, reply) => {
      const token = await refreshToken(deps.tokens, deps.directory, deps.auth.principalOf(request), {
        enrichPid: request.query.enrichPid === true,
      });
      return reply.type('text/plain; charset=utf-8').send(token);
    },
  );
  app.get(
    '/authentication/api/v1/exchange/:tokenProvider',
    {
      schema: {
        operationId: 'exchangeToken',
        tags: ['authentication'],
        summary: 'Exchanges an ID-porten or Maskinporten token for a platform token',
        params: Type.Object({ tokenProvider: Type.String() }),
        querystring: Type.Object({ test: Type.Optional(Type.Boolean()) }),
        response: TOKEN_TEXT,
      },
    },
    async (request, reply) => {
      const header = request.headers.authorization;
      const externalToken = header === undefined ? undefined : (/^Bearer\s+(\S+)$/i.exec(header)?.[1] ?? '');
      const token = await deps.exchange.exchange({
        provider: request.params.tokenProvider,
        externalToken,
        test: request.query.test === true,
        enterpriseUserHeader: request.headers['x-altinn-enterpriseuser-authentication'] !== undefined,
      });
      return reply.type('text/plain; charset=utf-8').send(token);
    },
  );
}
