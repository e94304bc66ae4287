import type { PartyAccessGrant, RoleGrant } from '../../authorization/roles/index.ts';
import type { UserRecord } from '../../profile/index.ts';
import type { Organization, PartyRecord, ServiceOwnerRecord, SystemUserRecord } from '../index.ts';

/** One normalised test data set, whatever format it was read from. */
export interface TestDataSet {
  readonly parties: Map<number, PartyRecord>;
  /** Organisations the set describes without a party, by organisation number. */
  readonly partylessOrganizations: Map<string, Organization>;
  readonly users: Map<number, UserRecord>;
  /** Each listed user's complete set of roles. */
  readonly roles: Map<number, RoleGrant[]>;
  /** Each listed user's parties reachable without a role. */
  readonly partyAccess: Map<number, PartyAccessGrant[]>;
  readonly serviceOwners: Map<string, ServiceOwnerRecord>;
  readonly systemUsers: Map<string, SystemUserRecord>;
  readonly warnings: string[];
}

export function emptyTestDataSet(): TestDataSet {
  return {
    parties: new Map(),
    partylessOrganizations: new Map(),
    users: new Map(),
    roles: new Map(),
    partyAccess: new Map(),
    serviceOwners: new Map(),
    systemUsers: new Map(),
    warnings: [],
  };
}

/** Adds `source` to `target`; an entry `source` also has replaces the one in `target`. */
export function mergeTestDataSet(target: TestDataSet, source: TestDataSet): void {
  for (const [id, party] of source.parties) target.parties.set(id, party);
  for (const [orgNumber, organization] of source.partylessOrganizations) {
    target.partylessOrganizations.set(orgNumber, organization);
  }
  for (const [id, user] of source.users) target.users.set(id, user);
  for (const [userId, roles] of source.roles) target.roles.set(userId, roles);
  for (const [userId, access] of source.partyAccess) target.partyAccess.set(userId, access);
  for (const [org, owner] of source.serviceOwners) target.serviceOwners.set(org, owner);
  for (const [id, systemUser] of source.systemUsers) target.systemUsers.set(id, systemUser);
  target.warnings.push(...source.warnings);
}
