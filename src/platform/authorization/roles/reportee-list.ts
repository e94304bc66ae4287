import {
  type ChildParty,
  childPartyView,
  type Party,
  type PartyRecord,
  partyView,
} from '../../register/index.ts';

/**
 * Builds a user's reportee list: the own party first, then every party the user has access to, with
 * sub-units placed as `childParties` under their main unit. A main unit the user holds nothing for
 * appears only to carry its sub-units, marked `onlyHierarchyElementWithNoAccess`.
 */
export function buildReporteeList(
  ownParty: PartyRecord,
  accessible: readonly PartyRecord[],
  mainUnits: ReadonlyMap<number, PartyRecord>,
): Party[] {
  const accessibleIds = new Set(accessible.map((party) => party.partyId));
  const children = new Map<number, ChildParty[]>();
  const topLevel = new Map<number, PartyRecord>();
  for (const party of accessible) {
    if (party.partyId === ownParty.partyId) continue;
    const parent = party.parentPartyId === null ? undefined : mainUnits.get(party.parentPartyId);
    if (parent === undefined || parent.partyId === ownParty.partyId) {
      topLevel.set(party.partyId, party);
      continue;
    }
    const siblings = children.get(parent.partyId) ?? [];
    siblings.push(childPartyView(party));
    children.set(parent.partyId, siblings);
    topLevel.set(parent.partyId, parent);
  }
  const others = [...topLevel.values()]
    .sort((a, b) => a.partyId - b.partyId)
    .map((party) => {
      const units = children.get(party.partyId)?.sort((a, b) => a.partyId - b.partyId);
      return partyView(party, {
        childParties: units ?? null,
        onlyHierarchyElementWithNoAccess: !accessibleIds.has(party.partyId),
      });
    });
  return [partyView(ownParty), ...others];
}
