import type { ProfileService } from '../../profile/index.ts';
import type { RegisterService } from '../../register/index.ts';
import type { DelegationRepository } from '../delegations/delegation-repository.ts';
import type { InstanceContext, PdpInformationPoint } from '../pdp/index.ts';
import type { RolesService } from '../roles/index.ts';
import type { OwnPartyCache } from './own-party-cache.ts';

export type InstanceContextLookup = (instanceId: string) => Promise<InstanceContext | null>;

export interface InformationPointDeps {
  readonly register: RegisterService;
  readonly profile: ProfileService;
  readonly roles: RolesService;
  readonly delegations: DelegationRepository;
  readonly ownParties: OwnPartyCache;
  /** Storage's view of an instance (org, app, task or end event, owner party). */
  readonly instanceContext: InstanceContextLookup;
}

/** The PDP's window on register, profile, roles, delegations and storage. */
export function createInformationPoint(deps: InformationPointDeps): PdpInformationPoint {
  return {
    async rolesFor(userId, partyId) {
      const ownParty = await deps.ownParties.ownPartyOf(userId);
      const [held, delegated] = await Promise.all([
        deps.roles.rolesFor(userId, partyId),
        deps.delegations.delegatedRoles(userId, ownParty === undefined ? [] : [ownParty], partyId),
      ]);
      return [...new Set([...held.map((role) => role.value.toUpperCase()), ...delegated])];
    },
    async partyIdForOrgNumber(orgNumber) {
      return (await deps.register.findPartyByOrgNumber(orgNumber))?.partyId ?? null;
    },
    async partyIdForPersonId(personId) {
      return (await deps.register.findPartyBySsn(personId))?.partyId ?? null;
    },
    async userIdForPersonId(personId) {
      return (await deps.profile.findUserEntry({ ssn: personId }))?.record.userId ?? null;
    },
    instanceContext: deps.instanceContext,
  };
}
