export { Claims, consumerClaim, orgNumberFromConsumer, type TokenClaims } from './claims.ts';
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
export { loadSigningKey, type SigningKey } from './signing-keys.ts';
export { InvalidTokenError, type MintOptions, TokenService } from './token-service.ts';
