import type { Party } from '../../../platform/register/index.ts';
import type { Instance } from '../../../platform/storage/index.ts';

export interface InstanceOwnerParty {
  readonly partyId: number;
  readonly partyUuid: string | null;
  readonly partyTypeName: number;
  readonly ssn: string | null;
  readonly orgNumber: string | null;
  readonly unitType: string | null;
  readonly name: string | null;
  readonly isDeleted: boolean;
}

const orNull = (value: string | null) => (value === null || value === '' ? null : value);

/** InstanceResponse: the instance with `instanceOwner.party` from Register, empty strings as null. */
export function instanceResponse(instance: Instance, party: Party | undefined): Instance {
  if (party === undefined) return instance;
  const owner: InstanceOwnerParty = {
    partyId: party.partyId,
    partyUuid: orNull(party.partyUuid),
    partyTypeName: party.partyTypeName,
    ssn: orNull(party.ssn),
    orgNumber: orNull(party.orgNumber),
    unitType: orNull(party.unitType),
    name: orNull(party.name),
    isDeleted: party.isDeleted,
  };
  return {
    ...instance,
    instanceOwner: { ...instance.instanceOwner, party: owner } as Instance['instanceOwner'],
  };
}
