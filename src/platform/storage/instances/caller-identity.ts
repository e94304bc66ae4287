import type { Principal } from '../../authentication/index.ts';
import type { PlatformUser } from './instance.ts';

/** The "who did it" string of `createdBy`/`lastChangedBy`: user id, else the system user's org, else the org number. */
export function performedBy(principal: Principal): string {
  if ('userId' in principal) return String(principal.userId);
  if (principal.kind === 'systemUser') return principal.orgNumber;
  return principal.orgNumber ?? (principal.kind === 'serviceOwner' ? principal.org : '');
}

/** The caller as an instance event records it. */
export function platformUserOf(principal: Principal): PlatformUser {
  const user: PlatformUser = { authenticationLevel: principal.authLevel };
  if ('userId' in principal) user.userId = principal.userId;
  if (principal.kind === 'serviceOwner') user.orgId = principal.org;
  if (principal.kind === 'org') user.orgId = principal.orgNumber;
  if (principal.kind === 'systemUser') {
    user.systemUserId = principal.systemUserId;
    user.systemUserOwnerOrgNo = principal.orgNumber;
  }
  return user;
}

/** Whether the caller is the service owner of the app the instance belongs to. */
export function isAppOwner(principal: Principal, org: string): boolean {
  return principal.kind === 'serviceOwner' && principal.org === org.toLowerCase();
}

/** Service-owner scopes of the Storage API. */
export const SCOPES = {
  instancesRead: 'altinn:serviceowner/instances.read',
  instancesWrite: 'altinn:serviceowner/instances.write',
} as const;

/**
 * A service owner may use its own apps' instances when its token carries the matching scope. Test tokens of
 * the local platform carry `urn:altinn:scope`, which the principal already reads as scopes.
 */
export function hasOwnerScope(principal: Principal, scope: string): boolean {
  return principal.scopes.some((granted) => granted.toLowerCase().includes(scope));
}
