import { Type } from 'typebox';
import type { HttpApp } from '../../../core/http/index.ts';
import { discoveryDocument } from '../discovery.ts';
import type { TokenService } from '../token-service.ts';

const PREFIX = '/authentication/api/v1/openid/.well-known/openid-configuration';

export function registerOpenIdRoutes(app: HttpApp, tokens: TokenService): void {
  app.get(
    PREFIX,
    {
      schema: {
        operationId: 'getOpenIdConfiguration',
        tags: ['authentication'],
        summary: 'OpenID discovery document of the platform',
        response: {
          200: Type.Object(
            { issuer: Type.String(), jwks_uri: Type.String() },
            { additionalProperties: true },
          ),
        },
      },
    },
    async () => discoveryDocument(tokens.issuer),
  );
  app.get(
    `${PREFIX}/jwks`,
    {
      schema: {
        operationId: 'getJsonWebKeySet',
        tags: ['authentication'],
        summary: 'Public keys that verify tokens issued by the platform',
        response: { 200: Type.Object({ keys: Type.Array(Type.Record(Type.String(), Type.Unknown())) }) },
      },
    },
    async () => tokens.jwks,
  );
}
