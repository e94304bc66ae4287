import { describe, expect, it } from 'vitest';
import { type PartyRecord, PartyType } from '../../register/index.ts';
import { buildReporteeList } from './reportee-list.ts';

function party(partyId: number, parentPartyId: number | null = null): PartyRecord {
  return {
    partyId,
    partyUuid: null,
    partyType: partyId < 100 ? PartyType.Person : PartyType.Organisation,
    ssn: null,
    orgNumber: partyId < 100 ? null : String(partyId),
    name: `Party ${partyId}`,
    unitType: parentPartyId === null ? 'AS' : 'BEDR',
    parentPartyId,
    isDeleted: false,
    person: null,
    organization: null,
  };
}

const shape = (list: ReturnType<typeof buildReporteeList>) =>
  list.map((entry) => ({
    id: entry.partyId,
    noAccess: entry.onlyHierarchyElementWithNoAccess,
    children: entry.childParties?.map((child) => child.partyId) ?? null,
  }));

describe('buildReporteeList', () => {
  const main = party(200);
  const units = [party(201, 200), party(202, 200)];
  const mainUnits = new Map([[200, main]]);

  it('puts the own party first even without roles, then the rest by party id', () => {
    expect(shape(buildReporteeList(party(1), [party(300), main], mainUnits))).toEqual([
      { id: 1, noAccess: false, children: null },
      { id: 200, noAccess: false, children: null },
      { id: 300, noAccess: false, children: null },
    ]);
  });

  it('nests sub-units under their main unit', () => {
    expect(shape(buildReporteeList(party(1), [units[1]!, main, units[0]!], mainUnits))).toEqual([
      { id: 1, noAccess: false, children: null },
      { id: 200, noAccess: false, children: [201, 202] },
    ]);
  });

  it('adds a main unit the user has no access to, only to carry its sub-unit', () => {
    expect(shape(buildReporteeList(party(1), [units[0]!], mainUnits))).toEqual([
      { id: 1, noAccess: false, children: null },
      { id: 200, noAccess: true, children: [201] },
    ]);
  });

  it('lists a sub-unit whose main unit is unknown at the top level', () => {
    expect(shape(buildReporteeList(party(1), [units[0]!], new Map()))).toEqual([
      { id: 1, noAccess: false, children: null },
      { id: 201, noAccess: false, children: null },
    ]);
  });
});
