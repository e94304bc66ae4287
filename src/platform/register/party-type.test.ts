import { describe, expect, it } from 'vitest';
import { PartyType, parsePartyType } from './party-type.ts';

describe('parsePartyType', () => {
  it('accepts the number, its text and the name in any case', () => {
    expect(parsePartyType(2)).toBe(PartyType.Organisation);
    expect(parsePartyType('4')).toBe(PartyType.SubUnit);
    expect(parsePartyType('Person')).toBe(PartyType.Person);
    expect(parsePartyType('selfidentified')).toBe(PartyType.SelfIdentified);
    expect(parsePartyType(' BankruptcyEstate ')).toBe(PartyType.BankruptcyEstate);
  });

  it('rejects anything else', () => {
    for (const value of [0, 6, 2.5, '', 'Organization', null, undefined, {}]) {
      expect(parsePartyType(value), String(value)).toBeUndefined();
    }
  });
});
