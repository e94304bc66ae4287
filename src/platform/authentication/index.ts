export { Claims, consumerClaim, orgNumberFromConsumer, type TokenClaims } from './claims.ts';
export { discoveryDocument } from './discovery.ts';
export { ExternalTokenVerifier } from './external-token-verifier.ts';
export type {
  CustomClaim,
  DirectoryOrganization,
  DirectoryParty,
  DirectorySystemUser,
  DirectoryUser,
  IdentityDirectory,
  ServiceOwner,
} from './identity-directory.ts';
export {
  hasScope,
  type OrgPrincipal,
  type Principal,
  principalFromClaims,
  type ServiceOwnerPrincipal,
  type SystemUserPrincipal,
  type UserPrincipal,
} from './principal.ts';
export {
  createRequestAuthentication,
  type RequestAuthentication,
  RUNTIME_COOKIE,
  tokenOf,
} from './request-authentication.ts';
export { registerOpenIdRoutes } from './routes/openid-routes.ts';
export { registerTokenRoutes, type TokenRouteDeps } from './routes/token-routes.ts';
export { loadSigningKey, type SigningKey } from './signing-keys.ts';
export { authLevelFromAcr, type ExchangeRequest, TokenExchange } from './token-exchange.ts';
export { refreshToken } from './token-refresh.ts';
export { InvalidTokenError, type MintOptions, TokenService } from './token-service.ts';
