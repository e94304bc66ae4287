import type { OwnPartyCache } from '../decision/own-party-cache.ts';
import type { DelegationPolicyLookup, Policy } from '../pdp/index.ts';
import type { RolesService } from '../roles/index.ts';
import { KEY_ROLES, type RightDelegation } from './delegation.ts';
import { delegationPolicy } from './delegation-policy.ts';
import type { DelegationRepository } from './delegation-repository.ts';

/**
 * The delegated-rights policies the PDP evaluates when the app policy does not permit: rights the
 * resource party gave the user, the user's own party, or the subject party; and rights it gave an
 * organisation for which the user holds a key role.
 */
export function createDelegationLookup(deps: {
  delegations: DelegationRepository;
  ownParties: OwnPartyCache;
  roles: RolesService;
}): DelegationPolicyLookup {
  return async (subject, partyId, org, app) => {
    const recipientParties: number[] = [];
    if (subject.partyId !== undefined) recipientParties.push(subject.partyId);
    if (subject.userId !== undefined) {
      const own = await deps.ownParties.ownPartyOf(subject.userId);
      if (own !== undefined) recipientParties.push(own);
    }
    const direct = await deps.delegations.delegatedRights(
      { userId: subject.userId, partyIds: recipientParties },
      partyId,
      org,
      app,
    );
    const policies: Policy[] = [];
    const directPolicy = delegationPolicy(
      direct,
      subject.userId === undefined ? undefined : { userId: subject.userId },
    );
    if (directPolicy !== undefined) policies.push(directPolicy);
    if (subject.userId !== undefined) {
      const toOrganisations = await deps.delegations.delegatedRightsToAnyParty(partyId, org, app);
      const byRecipient = new Map<number, RightDelegation[]>();
      for (const delegation of toOrganisations) {
        if (!('partyId' in delegation.recipient) || recipientParties.includes(delegation.recipient.partyId))
          continue;
        const list = byRecipient.get(delegation.recipient.partyId) ?? [];
        list.push(delegation);
        byRecipient.set(delegation.recipient.partyId, list);
      }
      for (const [recipientParty, delegations] of byRecipient) {
        const roles = await deps.roles.rolesFor(subject.userId, recipientParty);
        if (!roles.some((role) => KEY_ROLES.has(role.value.toUpperCase()))) continue;
        const inherited = delegationPolicy(delegations, { userId: subject.userId });
        if (inherited !== undefined) policies.push(inherited);
      }
    }
    return policies;
  };
}
