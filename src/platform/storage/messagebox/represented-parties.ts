import type { Party } from '../../register/index.ts';

/** The reportee list of a user: the parties they may act for. */
export interface ReporteeSource {
  reporteeList(userId: number): Promise<readonly Party[]>;
}

/**
 * The parties in a user's reportee list they may act for: their own, every party they hold a role or
 * access for, and sub-units listed under a main unit. A main unit listed only to carry its sub-units
 * does not count.
 */
export async function representedParties(source: ReporteeSource, userId: number): Promise<Set<number>> {
  const parties = new Set<number>();
  for (const party of await source.reporteeList(userId)) {
    if (!party.onlyHierarchyElementWithNoAccess) parties.add(party.partyId);
    for (const child of party.childParties ?? []) parties.add(child.partyId);
  }
  return parties;
}
