import { type Caller, isTrustedCaller, isUserCaller } from './caller.ts';
import type { PartyRecord } from './party.ts';

/** Whether a user may act for a party; implemented by the roles service. */
export interface RepresentationCheck {
  canRepresent(userId: number, partyId: number): Promise<boolean>;
}

/**
 * Who may read a party's register data: the platform and service owners any party; a user the parties
 * they can represent; an organisation or system user the party with its own organisation number.
 */
export async function mayReadParty(
  caller: Caller,
  party: PartyRecord,
  representation: RepresentationCheck,
): Promise<boolean> {
  if (isTrustedCaller(caller)) return true;
  if (isUserCaller(caller)) return representation.canRepresent(caller.userId, party.partyId);
  if (caller.kind === 'org' || caller.kind === 'systemUser') {
    return party.orgNumber !== null && party.orgNumber === caller.orgNumber;
  }
  return false;
}
