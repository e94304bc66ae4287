import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { HttpApp } from '../../../core/http/index.ts';
import { RUNTIME_COOKIE } from '../request-authentication.ts';
import { renderLoginPage } from './login-page.ts';
import { LOGIN_COOKIE_MAX_AGE_SECONDS, PARTY_COOKIE_MAX_AGE_SECONDS, type TestLogin } from './test-login.ts';

export const PARTY_COOKIE = 'AltinnPartyId';

export interface TestLoginRouteDeps {
  readonly login: TestLogin;
  /** Installed apps as `org/app`, offered as landing pages. */
  readonly listApps: () => Promise<readonly string[]>;
}

const LoginBody = Type.Object({
  UserSelect: Type.String({ minLength: 3, maxLength: 40 }),
  AuthenticationLevel: Type.Integer({ minimum: -1, maximum: 4, default: 2 }),
  AppPathSelection: Type.Optional(Type.String({ maxLength: 200 })),
});

function isHttps(request: FastifyRequest): boolean {
  return request.protocol === 'https';
}

async function showLoginPage(deps: TestLoginRouteDeps, reply: FastifyReply) {
  const [choices, apps] = await Promise.all([deps.login.choices(), deps.listApps()]);
  return reply.type('text/html; charset=utf-8').send(renderLoginPage(choices, apps));
}

export function registerTestLoginRoutes(app: HttpApp, deps: TestLoginRouteDeps): void {
  for (const url of ['/', '/Home', '/Home/Index']) {
    app.get(url, { schema: { hide: true } }, (_request, reply) => showLoginPage(deps, reply));
  }
  app.post(
    '/Home/LogInTestUser',
    {
      schema: {
        operationId: 'logInTestUser',
        tags: ['test identity'],
        summary: 'Logs in a test user and redirects to the chosen app (development mode)',
        consumes: ['application/x-www-form-urlencoded'],
        body: LoginBody,
      },
    },
    async (request, reply) => {
      const outcome = await deps.login.logIn({
        userSelect: request.body.UserSelect,
        authenticationLevel: request.body.AuthenticationLevel,
        appPath: request.body.AppPathSelection,
      });
      const secure = isHttps(request);
      if (outcome.kind === 'loggedOut') {
        reply.clearCookie(RUNTIME_COOKIE, { path: '/' }).clearCookie(PARTY_COOKIE, { path: '/' });
        return reply.redirect(outcome.redirectTo, 302);
      }
      return reply
        .setCookie(RUNTIME_COOKIE, outcome.token, {
          path: '/',
          httpOnly: true,
          sameSite: 'lax',
          secure,
          maxAge: LOGIN_COOKIE_MAX_AGE_SECONDS,
        })
        .setCookie(PARTY_COOKIE, String(outcome.partyId), {
          path: '/',
          sameSite: 'lax',
          secure,
          maxAge: PARTY_COOKIE_MAX_AGE_SECONDS,
        })
        .redirect(outcome.redirectTo, 302);
    },
  );
}
