import { PartyType } from '../../../platform/register/index.ts';
import type { AppMetadata } from '../../loader/index.ts';

/** `partyTypesAllowed`: all four flags false (or absent) allow every party type, as in Altinn. */
export function isPartyTypeAllowed(metadata: AppMetadata, partyType: PartyType): boolean {
  const allowed = metadata.partyTypesAllowed ?? {};
  const flags = [allowed.person, allowed.organisation, allowed.subUnit, allowed.bankruptcyEstate];
  if (!flags.some((flag) => flag === true)) return true;
  switch (partyType) {
    case PartyType.Person:
    case PartyType.SelfIdentified:
      return allowed.person === true;
    case PartyType.Organisation:
      return allowed.organisation === true;
    case PartyType.SubUnit:
      return allowed.subUnit === true;
    case PartyType.BankruptcyEstate:
      return allowed.bankruptcyEstate === true;
    default:
      return false;
  }
}
