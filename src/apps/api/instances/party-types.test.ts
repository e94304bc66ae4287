import { describe, expect, it } from 'vitest';
import { PartyType } from '../../../platform/register/index.ts';
import type { AppMetadata } from '../../loader/index.ts';
import { isPartyTypeAllowed } from './party-types.ts';

const metadata = (partyTypesAllowed?: AppMetadata['partyTypesAllowed']): AppMetadata => ({
  id: 'ttd/app',
  org: 'ttd',
  app: 'app',
  title: {},
  dataTypes: [],
  ...(partyTypesAllowed === undefined ? {} : { partyTypesAllowed }),
  document: {},
});

describe('isPartyTypeAllowed', () => {
  it('allows every party type when no flag is set', () => {
    for (const type of Object.values(PartyType)) {
      expect(isPartyTypeAllowed(metadata(), type)).toBe(true);
      expect(isPartyTypeAllowed(metadata({ person: false, organisation: false }), type)).toBe(true);
    }
  });

  it('allows only the flagged types; a self-identified user counts as a person', () => {
    const personOnly = metadata({
      person: true,
      organisation: false,
      subUnit: false,
      bankruptcyEstate: false,
    });
    expect(isPartyTypeAllowed(personOnly, PartyType.Person)).toBe(true);
    expect(isPartyTypeAllowed(personOnly, PartyType.SelfIdentified)).toBe(true);
    expect(isPartyTypeAllowed(personOnly, PartyType.Organisation)).toBe(false);
    const organisations = metadata({ organisation: true, subUnit: true });
    expect(isPartyTypeAllowed(organisations, PartyType.SubUnit)).toBe(true);
    expect(isPartyTypeAllowed(organisations, PartyType.BankruptcyEstate)).toBe(false);
    expect(isPartyTypeAllowed(organisations, PartyType.Person)).toBe(false);
  });
});
