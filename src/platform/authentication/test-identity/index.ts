export { renderLoginPage } from './login-page.ts';
export { type LoginChoice, type LoginForm, type LoginOutcome, TestLogin } from './test-login.ts';
export { PARTY_COOKIE, registerTestLoginRoutes, type TestLoginRouteDeps } from './test-login-routes.ts';
export { DEFAULT_SCOPES, TestTokenIssuer } from './test-token-issuer.ts';
export { registerTestTokenRoutes } from './test-token-routes.ts';
