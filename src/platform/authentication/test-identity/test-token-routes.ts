import { type Static, Type } from 'typebox';
import { badRequest } from '../../../core/errors.ts';
import type { HttpApp } from '../../../core/http/index.ts';
import type { TestTokenIssuer } from './test-token-issuer.ts';

const level = (fallback: number) =>
  Type.Integer({ minimum: 0, maximum: 4, default: fallback, description: 'Authentication level 0–4' });
const text = Type.String({ minLength: 1, maxLength: 2000 });
const orgNumber = Type.String({ pattern: '^\\d{9}$' });
const TOKEN_RESPONSE = { 200: Type.String({ description: 'The JWT' }) };
const tags = ['test identity'];

const AuthQuery = Type.Object({
  type: Type.Optional(Type.String()),
  userId: Type.Optional(Type.Integer({ minimum: 1 })),
  partyId: Type.Optional(Type.Integer({ minimum: 1 })),
  username: Type.Optional(text),
  org: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9-]{2,30}$' })),
  orgNumber: Type.Optional(orgNumber),
  systemId: Type.Optional(text),
  systemUserId: Type.Optional(text),
  scope: Type.Optional(text),
  authenticationLevel: level(2),
});
type AuthQuery = Static<typeof AuthQuery>;

const GENERATE_TYPES: Record<string, keyof typeof AUTH_KINDS> = {
  user: 'user',
  '1': 'user',
  selfidentifieduser: 'selfidentifieduser',
  '2': 'selfidentifieduser',
  org: 'org',
  '3': 'org',
  systemuser: 'systemuser',
  '4': 'systemuser',
  serviceowner: 'serviceowner',
  '5': 'serviceowner',
};

const AUTH_KINDS = {
  user: (issuer: TestTokenIssuer, q: AuthQuery) =>
    issuer.authUser({
      userId: q.userId,
      partyId: q.partyId,
      authLevel: q.authenticationLevel,
      scope: q.scope,
    }),
  selfidentifieduser: (issuer: TestTokenIssuer, q: AuthQuery) => {
    if (q.username === undefined) throw badRequest('missing_username', 'The username parameter is required');
    return issuer.selfIdentifiedUser(q.username, q.scope);
  },
  org: (issuer: TestTokenIssuer, q: AuthQuery) => issuer.org(q.orgNumber, q.scope),
  serviceowner: (issuer: TestTokenIssuer, q: AuthQuery) => {
    if (q.org === undefined) throw badRequest('missing_org', 'The org parameter is required');
    return issuer.serviceOwner(q.org, q.orgNumber, q.scope);
  },
  systemuser: (issuer: TestTokenIssuer, q: AuthQuery) =>
    issuer.systemUser(q.systemId, q.systemUserId, q.scope),
} as const;

/** The local test platform's token endpoints, so existing Altinn tooling gets tokens from Tinn. */
export function registerTestTokenRoutes(app: HttpApp, issuer: TestTokenIssuer): void {
  app.get(
    '/Home/GetTestUserToken/:userId',
    {
      schema: {
        operationId: 'getTestUserToken',
        tags,
        summary: 'Token for a test user (development mode)',
        params: Type.Object({ userId: Type.Integer({ minimum: 1 }) }),
        querystring: Type.Object({ authenticationLevel: level(2) }),
        response: TOKEN_RESPONSE,
      },
    },
    async (request, reply) =>
      reply
        .type('text/plain; charset=utf-8')
        .send(await issuer.userToken(request.params.userId, request.query.authenticationLevel)),
  );
  app.get(
    '/Home/GetTestOrgToken/:org',
    {
      schema: {
        operationId: 'getTestOrgToken',
        tags,
        summary: 'Service-owner token for an org code (development mode)',
        params: Type.Object({ org: Type.String({ pattern: '^[A-Za-z0-9-]{2,30}$' }) }),
        querystring: Type.Object({
          orgNumber: Type.Optional(orgNumber),
          scopes: Type.Optional(text),
          authenticationLevel: level(3),
        }),
        response: TOKEN_RESPONSE,
      },
    },
    async (request, reply) => {
      const { orgNumber: number, scopes, authenticationLevel } = request.query;
      const token = await issuer.serviceOwnerToken(request.params.org, number, scopes, authenticationLevel);
      return reply.type('text/plain; charset=utf-8').send(token);
    },
  );
  app.get(
    '/authentication/api/v1/orgToken',
    {
      schema: {
        operationId: 'getLegacyOrgToken',
        tags,
        summary: 'Legacy service-owner token (development mode)',
        querystring: Type.Object({
          org: Type.String({ default: 'ttd', pattern: '^[A-Za-z0-9-]{2,30}$' }),
          orgNumber: Type.String({ default: '111111111', pattern: '^\\d{9}$' }),
          scope: Type.String({ default: 'altinn:instances.read altinn:instances.write', maxLength: 2000 }),
        }),
        response: TOKEN_RESPONSE,
      },
    },
    async (request, reply) => {
      const { org, orgNumber: number, scope } = request.query;
      return reply.type('text/plain; charset=utf-8').send(await issuer.legacyOrgToken(org, number, scope));
    },
  );
  for (const kind of Object.keys(AUTH_KINDS) as (keyof typeof AUTH_KINDS)[]) {
    app.get(
      `/Home/auth/${kind}`,
      {
        schema: {
          operationId: `getTestToken_${kind}`,
          tags,
          summary: `Test token of kind ${kind} (development mode)`,
          querystring: AuthQuery,
          response: TOKEN_RESPONSE,
        },
      },
      async (request, reply) =>
        reply.type('text/plain; charset=utf-8').send(await AUTH_KINDS[kind](issuer, request.query)),
    );
  }
  app.get(
    '/Home/auth/generate',
    {
      schema: {
        operationId: 'generateTestToken',
        tags,
        summary: 'Test token of the kind named by `type` (development mode)',
        querystring: AuthQuery,
        response: TOKEN_RESPONSE,
      },
    },
    async (request, reply) => {
      const kind = GENERATE_TYPES[(request.query.type ?? '').toLowerCase()];
      if (kind === undefined) {
        throw badRequest(
          'unknown_auth_type',
          'type must be one of User, SelfIdentifiedUser, Org, SystemUser, ServiceOwner (or 1–5)',
        );
      }
      return reply.type('text/plain; charset=utf-8').send(await AUTH_KINDS[kind](issuer, request.query));
    },
  );
  app.get(
    '/Home/auth/info',
    {
      schema: {
        operationId: 'getTestAuthInfo',
        tags,
        summary: 'Test users, organisations, service owners and system users',
      },
    },
    async () => issuer.info(),
  );
}
