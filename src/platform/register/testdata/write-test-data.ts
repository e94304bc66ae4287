import { type Kysely, sql } from 'kysely';
import { RoleRepository, rolesDatabase } from '../../authorization/roles/index.ts';
import { profileDatabase, type UserRecord, UserRepository } from '../../profile/index.ts';
import {
  type PartyRecord,
  PartyRepository,
  registerDatabase,
  type ServiceOwnerRecord,
  ServiceOwnerRepository,
  SystemUserRepository,
} from '../index.ts';
import type { TestDataSet } from './test-data-set.ts';

export interface WriteResult {
  /** Rows inserted, updated or deleted; 0 when the database already held exactly this data. */
  readonly changedRows: number;
  readonly warnings: string[];
}

const IMPORT_LOCK = 'tinn:test-data-import';

/** Keeps the first record per identifier; a later one taking the same identifier is dropped with a warning. */
function withUniqueIdentifiers<T>(
  items: readonly T[],
  identifiers: (item: T) => (string | null)[],
  describe: (item: T) => string,
  warnings: string[],
): T[] {
  const taken = new Set<string>();
  return items.filter((item) => {
    const keys = identifiers(item).filter((key) => key !== null);
    const clash = keys.find((key) => taken.has(key));
    if (clash !== undefined) {
      warnings.push(`${describe(item)} skipped: ${clash} is already used by another entry`);
      return false;
    }
    for (const key of keys) taken.add(key);
    return true;
  });
}

function uniqueParties(set: TestDataSet, warnings: string[]): PartyRecord[] {
  return withUniqueIdentifiers(
    [...set.parties.values()],
    (party) => [
      party.partyUuid && `uuid:${party.partyUuid}`,
      party.ssn && `ssn:${party.ssn}`,
      party.orgNumber && `org-number:${party.orgNumber}`,
    ],
    (party) => `Party ${party.partyId}`,
    warnings,
  );
}

function uniqueUsers(set: TestDataSet, warnings: string[]): UserRecord[] {
  return withUniqueIdentifiers(
    [...set.users.values()],
    (user) => [`uuid:${user.userUuid}`, user.userName && `user-name:${user.userName.toLowerCase()}`],
    (user) => `User ${user.userId}`,
    warnings,
  );
}

/**
 * Writes a set through the repositories in one transaction, under an advisory lock so nodes starting
 * together do not interleave. Existing rows are updated, unchanged rows left alone; each listed user's
 * roles become exactly the set's. Parties or users of an older import that hold an identifier the set
 * now gives to another id are removed.
 */
export async function writeTestData(
  db: Kysely<unknown>,
  set: TestDataSet,
  builtInServiceOwners: readonly ServiceOwnerRecord[],
): Promise<WriteResult> {
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(hashtext(${IMPORT_LOCK}))`.execute(trx);
    const warnings: string[] = [];
    const parties = new PartyRepository(registerDatabase(trx));
    const users = new UserRepository(profileDatabase(trx));
    const roles = new RoleRepository(rolesDatabase(trx));
    let changedRows = 0;

    const owners = new Map(builtInServiceOwners.map((owner) => [owner.org, owner]));
    for (const [org, owner] of set.serviceOwners) owners.set(org, owner);
    changedRows += await new ServiceOwnerRepository(registerDatabase(trx)).upsert([...owners.values()]);

    const partyRecords = uniqueParties(set, warnings);
    const removedParties = await parties.removeIdentifierClashes(partyRecords);
    if (removedParties.length > 0) warnings.push(`Replaced older parties ${removedParties.join(', ')}`);
    changedRows += removedParties.length + (await parties.upsert(partyRecords));
    const partyless = [...set.partylessOrganizations.values()].filter(
      (organization) => !partyRecords.some((party) => party.orgNumber === organization.orgNumber),
    );
    changedRows += await parties.upsertPartylessOrganizations(partyless);

    const userRecords = uniqueUsers(set, warnings);
    const removedUsers = await users.removeIdentifierClashes(userRecords);
    if (removedUsers.length > 0) warnings.push(`Replaced older users ${removedUsers.join(', ')}`);
    changedRows += removedUsers.length + (await users.upsert(userRecords));

    for (const userId of new Set([...set.roles.keys(), ...set.partyAccess.keys()])) {
      if (!set.users.has(userId)) warnings.push(`Roles for user ${userId}, who is not in the test data`);
      changedRows += await roles.replaceForUser(
        userId,
        set.roles.get(userId) ?? [],
        set.partyAccess.get(userId) ?? [],
      );
    }

    changedRows += await new SystemUserRepository(registerDatabase(trx)).upsert([
      ...set.systemUsers.values(),
    ]);
    return { changedRows, warnings };
  });
}
