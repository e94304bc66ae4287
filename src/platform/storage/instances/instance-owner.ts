import { badRequest } from '../../../core/errors.ts';
import type { RegisterService } from '../../register/index.ts';
import type { InstanceOwner } from './instance.ts';

export interface InstanceOwnerInput {
  readonly partyId?: string | number;
  readonly personNumber?: string;
  readonly organisationNumber?: string;
}

/** Resolves the owner of a new instance from a party id, a national identity number or an org number. */
export async function resolveInstanceOwner(
  register: RegisterService,
  input: InstanceOwnerInput | undefined,
): Promise<{ partyId: number; owner: InstanceOwner }> {
  const partyId = input?.partyId === undefined || input.partyId === '' ? undefined : Number(input.partyId);
  if (partyId !== undefined && (!Number.isInteger(partyId) || partyId <= 0)) {
    throw badRequest('invalid_instance_owner', 'instanceOwner.partyId must be a positive whole number');
  }
  const party =
    partyId !== undefined
      ? await register.findParty(partyId)
      : input?.personNumber
        ? await register.findPartyBySsn(input.personNumber)
        : input?.organisationNumber
          ? await register.findPartyByOrgNumber(input.organisationNumber)
          : undefined;
  if (partyId === undefined && !input?.personNumber && !input?.organisationNumber) {
    throw badRequest(
      'missing_instance_owner',
      'instanceOwner must give a partyId, a personNumber or an organisationNumber',
    );
  }
  if (party === undefined)
    throw badRequest('unknown_instance_owner', 'The instance owner is not a known party');
  const owner: InstanceOwner = { partyId: String(party.partyId) };
  if (party.ssn) owner.personNumber = party.ssn;
  if (party.orgNumber) owner.organisationNumber = party.orgNumber;
  return { partyId: party.partyId, owner };
}
