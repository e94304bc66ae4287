import type { Principal, UserPrincipal } from '../authentication/index.ts';

/** The platform itself calling in-process (importer, app runtime); it is trusted. */
export interface PlatformCaller {
  readonly kind: 'platform';
}

/** Who a service call is made for: a token's principal, or the platform itself. */
export type Caller = Principal | PlatformCaller;

export const PLATFORM_CALLER: PlatformCaller = { kind: 'platform' };

export function isUserCaller(caller: Caller): caller is UserPrincipal {
  return caller.kind === 'user' || caller.kind === 'selfIdentified';
}

/** The platform and service owners may read any register and profile data. */
export function isTrustedCaller(caller: Caller): boolean {
  return caller.kind === 'platform' || caller.kind === 'serviceOwner';
}

/** A stable key for per-caller bookkeeping such as lookup throttling. */
export function callerKey(caller: Caller): string {
  switch (caller.kind) {
    case 'platform':
      return 'platform';
    case 'user':
    case 'selfIdentified':
      return `user:${caller.userId}`;
    case 'serviceOwner':
      return `serviceowner:${caller.org}`;
    case 'org':
      return `org:${caller.orgNumber}`;
    case 'systemUser':
      return `systemuser:${caller.systemUserId}`;
  }
}
