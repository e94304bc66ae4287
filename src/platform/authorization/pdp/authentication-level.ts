import { OBLIGATION_CATEGORY } from './constants.ts';
import type { DecisionResponse, DecisionResult } from './decision-response.ts';

export interface CallerAuthentication {
  /** The caller's `urn:altinn:authlevel`. */
  readonly authLevel: number;
  /** Whether the token carries `urn:altinn:org` (a service owner). */
  readonly isOrg: boolean;
}

export type AuthenticationLevelCheck =
  | { readonly permitted: true }
  | {
      readonly permitted: false;
      /** Set when the decision was Permit but the caller's level is too low (step-up login can help). */
      readonly requiredAuthenticationLevel?: number;
    };

function assignmentValue(result: DecisionResult, category: string): number | undefined | 'invalid' {
  for (const obligation of result.obligations ?? []) {
    for (const assignment of obligation.attributeAssignment) {
      if (assignment.category !== category) continue;
      const value = assignment.value.trim();
      return /^\d+$/.test(value) ? Number(value) : 'invalid';
    }
  }
  return undefined;
}

/**
 * The PEP's obligation check (§2.9) on one result: it must be Permit, and the caller's authentication
 * level must reach the `urn:altinn:minimum-authenticationlevel` obligation; a service owner below it may
 * still pass on the `urn:altinn:minimum-authenticationlevel-org` obligation. An obligation value that is
 * not a number fails closed.
 */
export function minimumAuthenticationLevel(
  result: DecisionResult,
  caller: CallerAuthentication,
): AuthenticationLevelCheck {
  if (result.decision !== 'Permit') return { permitted: false };
  const required = assignmentValue(result, OBLIGATION_CATEGORY.minimumAuthenticationLevel);
  if (required === undefined) return { permitted: true };
  if (required !== 'invalid' && caller.authLevel >= required) return { permitted: true };
  if (caller.isOrg) {
    const orgRequired = assignmentValue(result, OBLIGATION_CATEGORY.minimumAuthenticationLevelOrg);
    if (typeof orgRequired === 'number') {
      return caller.authLevel >= orgRequired
        ? { permitted: true }
        : { permitted: false, requiredAuthenticationLevel: orgRequired };
    }
  }
  return required === 'invalid'
    ? { permitted: false }
    : { permitted: false, requiredAuthenticationLevel: required };
}

/** The PEP's acceptance test on a whole response: exactly one result, and it passes `minimumAuthenticationLevel`. */
export function isAuthorized(response: DecisionResponse, caller: CallerAuthentication): boolean {
  const [only] = response.response;
  return (
    response.response.length === 1 && only !== undefined && minimumAuthenticationLevel(only, caller).permitted
  );
}
