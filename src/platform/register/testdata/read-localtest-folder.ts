import path from 'node:path';
import { type PartyAccessGrant, parseRoleSource, type RoleGrant } from '../../authorization/roles/index.ts';
import { type UserRecord, UserType } from '../../profile/index.ts';
import {
  completeOrganization,
  completePerson,
  type Organization,
  type PartyRecord,
  PartyType,
  parsePartyType,
  type SystemUserRecord,
} from '../index.ts';
import { ORGANIZATION_FIELDS, PERSON_FIELDS } from '../party.ts';
import { childFolder, jsonFilesIn, readJsonOrWarn, subFolders } from './folder-files.ts';
import {
  bool,
  field,
  id,
  isRecord,
  type JsonRecord,
  pick,
  records,
  text,
  userType,
  uuid,
} from './json-values.ts';
import { stableUuid } from './stable-uuid.ts';
import { emptyTestDataSet, type TestDataSet } from './test-data-set.ts';

type Draft<T> = { -readonly [K in keyof T]: T[K] };

/** Whether a folder has app-localtest's layout (`Profile`, `Register` or `authorization` inside). */
export async function isLocaltestFolder(dir: string): Promise<boolean> {
  for (const name of ['Register', 'Profile', 'authorization']) {
    if ((await childFolder(dir, name)) !== undefined) return true;
  }
  return false;
}

interface Reading {
  readonly root: string;
  readonly set: TestDataSet;
  readonly parties: Map<number, Draft<PartyRecord>>;
  readonly users: Map<number, Draft<UserRecord>>;
}

function relative(reading: Reading, file: string): string {
  return path.relative(reading.root, file) || file;
}

async function readParties(reading: Reading, dir: string | undefined): Promise<void> {
  for (const { stem, file } of await jsonFilesIn(dir)) {
    const json = await readJsonOrWarn(file, reading.set.warnings);
    if (!isRecord(json)) continue;
    const partyId = id(field(json, 'partyId')) ?? id(stem);
    const partyType = parsePartyType(field(json, 'partyTypeName'));
    if (partyId === null || partyType === undefined) {
      reading.set.warnings.push(`${relative(reading, file)}: skipped, no valid partyId or partyTypeName`);
      continue;
    }
    reading.parties.set(partyId, {
      partyId,
      partyUuid: uuid(field(json, 'partyUuid')),
      partyType,
      ssn: text(field(json, 'ssn')),
      orgNumber: text(field(json, 'orgNumber')),
      name: text(field(json, 'name')) ?? String(partyId),
      unitType: text(field(json, 'unitType')),
      parentPartyId: null,
      isDeleted: bool(field(json, 'isDeleted')) ?? false,
      person: null,
      organization: null,
    });
  }
}

async function readPersons(reading: Reading, dir: string | undefined): Promise<void> {
  const bySsn = new Map([...reading.parties.values()].filter((p) => p.ssn).map((p) => [p.ssn, p]));
  for (const { stem, file } of await jsonFilesIn(dir)) {
    const json = await readJsonOrWarn(file, reading.set.warnings);
    if (!isRecord(json)) continue;
    const party = bySsn.get(stem);
    if (party === undefined) {
      reading.set.warnings.push(
        `${relative(reading, file)}: skipped, no party has national identity number ${stem}`,
      );
      continue;
    }
    party.person = completePerson(stem, pick(json, PERSON_FIELDS));
  }
}

async function readOrganizations(reading: Reading, dir: string | undefined): Promise<void> {
  const byOrgNumber = new Map(
    [...reading.parties.values()].filter((p) => p.orgNumber).map((p) => [p.orgNumber, p]),
  );
  for (const { stem, file } of await jsonFilesIn(dir)) {
    const json = await readJsonOrWarn(file, reading.set.warnings);
    if (!isRecord(json)) continue;
    const inner = text(field(json, 'orgNumber'));
    if (inner !== null && inner !== stem) {
      reading.set.warnings.push(
        `${relative(reading, file)}: OrgNumber ${inner} differs from the file name; filed under ${stem}`,
      );
    }
    const organization: Organization = completeOrganization(stem, pick(json, ORGANIZATION_FIELDS));
    const party = byOrgNumber.get(stem);
    if (party === undefined) reading.set.partylessOrganizations.set(stem, organization);
    else party.organization = organization;
  }
}

function preferences(json: JsonRecord): JsonRecord {
  const value = field(json, 'profileSettingPreference');
  return isRecord(value) ? value : {};
}

async function readUsers(reading: Reading, dir: string | undefined): Promise<void> {
  for (const { stem, file } of await jsonFilesIn(dir)) {
    const json = await readJsonOrWarn(file, reading.set.warnings);
    if (!isRecord(json)) continue;
    const userId = id(field(json, 'userId')) ?? id(stem);
    const partyId = id(field(json, 'partyId'));
    if (userId === null || partyId === null) {
      reading.set.warnings.push(`${relative(reading, file)}: skipped, no valid UserId or PartyId`);
      continue;
    }
    const party = reading.parties.get(partyId);
    if (party === undefined) {
      reading.set.warnings.push(
        `${relative(reading, file)}: user ${userId}'s party ${partyId} is not in Register/Party`,
      );
    }
    const settings = preferences(json);
    reading.users.set(userId, {
      userId,
      userUuid: uuid(field(json, 'userUuid')) ?? party?.partyUuid ?? stableUuid(`user:${userId}`),
      userName: text(field(json, 'userName')),
      partyId,
      userType: userType(field(json, 'userType')) ?? UserType.SsnIdentified,
      email: text(field(json, 'email')),
      phoneNumber: text(field(json, 'phoneNumber')),
      isReserved: bool(field(json, 'isReserved')) ?? false,
      language: text(field(settings, 'language')) ?? text(field(settings, 'languageType')) ?? 'nb',
      preSelectedPartyId: id(field(settings, 'preSelectedPartyId')),
      doNotPromptForParty: bool(field(settings, 'doNotPromptForParty')) ?? false,
      customClaims: [],
    });
  }
}

async function readClaims(reading: Reading, dir: string | undefined): Promise<void> {
  for (const { stem, file } of await jsonFilesIn(dir)) {
    const json = await readJsonOrWarn(file, reading.set.warnings);
    const user = reading.users.get(id(stem) ?? 0);
    if (user === undefined) {
      reading.set.warnings.push(`${relative(reading, file)}: skipped, no user ${stem}`);
      continue;
    }
    user.customClaims = records(json).flatMap((claim) => {
      const type = text(field(claim, 'type'));
      const value = text(field(claim, 'value'));
      const valueType = text(field(claim, 'valueType'));
      return type && value !== null ? [{ type, value, ...(valueType ? { valueType } : {}) }] : [];
    });
  }
}

async function readRoles(reading: Reading, dir: string | undefined): Promise<void> {
  for (const userFolder of await subFolders(dir)) {
    const userId = id(/^user_(\d+)$/i.exec(userFolder.name)?.[1]);
    if (userId === null) continue;
    const grants: RoleGrant[] = [];
    for (const partyFolder of await subFolders(userFolder.dir)) {
      const partyId = id(/^party_(\d+)$/i.exec(partyFolder.name)?.[1]);
      if (partyId === null) continue;
      for (const { stem, file } of await jsonFilesIn(partyFolder.dir)) {
        if (stem.toLowerCase() !== 'roles') continue;
        for (const role of records(await readJsonOrWarn(file, reading.set.warnings))) {
          const roleCode = text(field(role, 'value'));
          if (roleCode === null) continue;
          const source = parseRoleSource(field(role, 'type'));
          if (source === undefined) {
            reading.set.warnings.push(
              `${relative(reading, file)}: role ${roleCode} has an unknown type; taken as altinn`,
            );
          }
          grants.push({
            coveredByUserId: userId,
            offeredByPartyId: partyId,
            roleCode,
            source: source ?? 'altinn',
          });
        }
      }
    }
    reading.set.roles.set(userId, grants);
  }
}

/**
 * Party lists say which main unit each sub-unit belongs to (nothing else does in this layout) and may
 * list parties the user holds no role for; those become role-less access.
 */
async function readPartyLists(reading: Reading, dir: string | undefined): Promise<void> {
  const renamed = new Set<number>();
  for (const { stem, file } of await jsonFilesIn(dir)) {
    const userId = id(stem);
    const user = userId === null ? undefined : reading.users.get(userId);
    if (userId === null || user === undefined) {
      reading.set.warnings.push(`${relative(reading, file)}: skipped, no user ${stem}`);
      continue;
    }
    const withRoles = new Set((reading.set.roles.get(userId) ?? []).map((grant) => grant.offeredByPartyId));
    const access: PartyAccessGrant[] = [];
    const visit = (entry: JsonRecord, parentPartyId: number | null) => {
      const partyId = id(field(entry, 'partyId'));
      const party = partyId === null ? undefined : reading.parties.get(partyId);
      if (partyId === null || party === undefined) {
        reading.set.warnings.push(
          `${relative(reading, file)}: party ${String(field(entry, 'partyId'))} is not in Register/Party; left out`,
        );
        return;
      }
      if (parentPartyId !== null) party.parentPartyId = parentPartyId;
      const listedName = text(field(entry, 'name'));
      if (listedName !== null && listedName !== party.name && !renamed.has(partyId)) {
        renamed.add(partyId);
        reading.set.warnings.push(
          `${relative(reading, file)}: names party ${partyId} "${listedName}", Register/Party says "${party.name}"; the register name is kept`,
        );
      }
      if (partyId !== user.partyId && !withRoles.has(partyId))
        access.push({ coveredByUserId: userId, offeredByPartyId: partyId });
      for (const child of records(field(entry, 'childParties'))) visit(child, partyId);
    };
    for (const entry of records(await readJsonOrWarn(file, reading.set.warnings))) visit(entry, null);
    reading.set.partyAccess.set(userId, access);
  }
}

async function readSystems(reading: Reading, dir: string | undefined): Promise<void> {
  for (const systemFolder of await subFolders(dir)) {
    let systemId = systemFolder.name;
    let systemName = systemFolder.name;
    for (const { stem, file } of await jsonFilesIn(systemFolder.dir)) {
      if (stem.toLowerCase() !== 'system') continue;
      const json = await readJsonOrWarn(file, reading.set.warnings);
      if (!isRecord(json)) continue;
      systemId = text(field(json, 'id')) ?? systemId;
      systemName = text(field(json, 'name')) ?? systemName;
    }
    for (const { stem, file } of await jsonFilesIn(await childFolder(systemFolder.dir, 'systemusers'))) {
      const json = await readJsonOrWarn(file, reading.set.warnings);
      if (!isRecord(json)) continue;
      const systemUserId = uuid(field(json, 'id'));
      if (systemUserId === null) {
        reading.set.warnings.push(`${relative(reading, file)}: skipped, Id is not a uuid`);
        continue;
      }
      const actions = field(json, 'actions');
      const systemUser: SystemUserRecord = {
        systemUserId,
        systemId,
        systemName,
        orgNumber: text(field(json, 'orgNumber')) ?? stem,
        actions: Array.isArray(actions) ? actions.filter((a): a is string => typeof a === 'string') : [],
      };
      reading.set.systemUsers.set(systemUserId, systemUser);
    }
  }
}

/** Reads app-localtest's `testdata/` folder layout (see auth.md §6.1) into a normalised set. */
export async function readLocaltestFolder(root: string): Promise<TestDataSet> {
  const reading: Reading = { root, set: emptyTestDataSet(), parties: new Map(), users: new Map() };
  const register = await childFolder(root, 'Register');
  const authorization = await childFolder(root, 'authorization');
  await readParties(reading, await childFolder(register, 'Party'));
  await readPersons(reading, await childFolder(register, 'Person'));
  await readOrganizations(reading, await childFolder(register, 'Org'));
  await readUsers(reading, await childFolder(await childFolder(root, 'Profile'), 'User'));
  await readClaims(reading, await childFolder(authorization, 'claims'));
  await readRoles(reading, await childFolder(authorization, 'roles'));
  await readPartyLists(reading, await childFolder(authorization, 'partylist'));
  await readSystems(reading, await childFolder(authorization, 'systems'));
  for (const party of reading.parties.values()) {
    if (party.partyType === PartyType.Person && party.person === null) {
      reading.set.warnings.push(
        `Register/Party/${party.partyId}: person party without a Register/Person file`,
      );
    }
    reading.set.parties.set(party.partyId, party);
  }
  for (const user of reading.users.values()) reading.set.users.set(user.userId, user);
  return reading.set;
}
