import type { ServiceOwnerPrincipal } from '../../../platform/authentication/index.ts';

/**
 * The app acting on its own behalf (Altinn apps call Storage with their service owner's token), for what the
 * engine does that no caller asked for, such as the delete when `autoDeleteOnProcessEnd` is set.
 */
export function appPrincipal(org: string): ServiceOwnerPrincipal {
  return {
    kind: 'serviceOwner',
    org,
    orgNumber: undefined,
    authLevel: 3,
    authMethod: undefined,
    scopes: [],
    claims: { 'urn:altinn:org': org },
  };
}
