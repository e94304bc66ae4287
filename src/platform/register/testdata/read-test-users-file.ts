import type { PartyAccessGrant, RoleGrant } from '../../authorization/roles/index.ts';
import { parseRoleSource } from '../../authorization/roles/index.ts';
import { UserType } from '../../profile/index.ts';
import {
  completeOrganization,
  completePerson,
  type PartyRecord,
  PartyType,
  parsePartyType,
  type SystemUserRecord,
} from '../index.ts';
import { ORGANIZATION_FIELDS, PERSON_FIELDS } from '../party.ts';
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

/** Whether parsed JSON looks like a `testData.json` (test-users v1): `persons`/`orgs` arrays. */
export function isTestUsersDocument(json: unknown): json is JsonRecord {
  return isRecord(json) && (Array.isArray(field(json, 'persons')) || Array.isArray(field(json, 'orgs')));
}

function fullName(person: JsonRecord): string {
  return [field(person, 'firstName'), field(person, 'middleName'), field(person, 'lastName')]
    .map(text)
    .filter((part) => part !== null)
    .join(' ');
}

function readOrg(set: TestDataSet, org: JsonRecord, where: string): void {
  const partyId = id(field(org, 'partyId'));
  const orgNumber = text(field(org, 'orgNumber'));
  if (orgNumber === null) {
    set.warnings.push(`${where}: skipped, no orgNumber`);
    return;
  }
  const organization = completeOrganization(orgNumber, pick(org, ORGANIZATION_FIELDS));
  if (partyId === null) {
    set.partylessOrganizations.set(orgNumber, organization);
    return;
  }
  set.parties.set(partyId, {
    partyId,
    partyUuid: uuid(field(org, 'partyUuid')),
    // The format has no party type; app-localtest makes every org an Organisation. Tinn also reads one if given.
    partyType: parsePartyType(field(org, 'partyTypeName')) ?? PartyType.Organisation,
    ssn: null,
    orgNumber,
    name: organization.name ?? orgNumber,
    unitType: organization.unitType,
    parentPartyId: id(field(org, 'parentPartyId')),
    isDeleted: bool(field(org, 'isDeleted')) ?? false,
    person: null,
    organization,
  });
}

function readPartyRoles(set: TestDataSet, person: JsonRecord, userId: number, ownPartyId: number): void {
  const grants: RoleGrant[] = [];
  const access: PartyAccessGrant[] = [];
  const partyRoles = field(person, 'partyRoles');
  for (const [key, roles] of Object.entries(isRecord(partyRoles) ? partyRoles : {})) {
    const partyId = id(key);
    if (partyId === null) continue;
    const before = grants.length;
    for (const role of records(roles)) {
      const roleCode = text(field(role, 'value'));
      if (roleCode !== null) {
        grants.push({
          coveredByUserId: userId,
          offeredByPartyId: partyId,
          roleCode,
          source: parseRoleSource(field(role, 'type')) ?? 'altinn',
        });
      }
    }
    // A party listed with no roles is still in the person's party list.
    if (grants.length === before && partyId !== ownPartyId)
      access.push({ coveredByUserId: userId, offeredByPartyId: partyId });
  }
  set.roles.set(userId, grants);
  set.partyAccess.set(userId, access);
}

function readPerson(set: TestDataSet, person: JsonRecord, where: string): void {
  const partyId = id(field(person, 'partyId'));
  if (partyId === null) {
    set.warnings.push(`${where}: skipped, no valid partyId`);
    return;
  }
  const ssn = text(field(person, 'ssn'));
  const name = fullName(person) || String(partyId);
  const party: PartyRecord = {
    partyId,
    partyUuid: uuid(field(person, 'partyUuid')),
    partyType: ssn === null ? PartyType.SelfIdentified : PartyType.Person,
    ssn,
    orgNumber: null,
    name,
    unitType: null,
    parentPartyId: null,
    isDeleted: false,
    person: ssn === null ? null : completePerson(ssn, { ...pick(person, PERSON_FIELDS), name }),
    organization: null,
  };
  set.parties.set(partyId, party);
  const userId = id(field(person, 'userId'));
  if (userId === null) {
    set.warnings.push(`${where}: no userId; the party is imported without a user`);
    return;
  }
  set.users.set(userId, {
    userId,
    userUuid: uuid(field(person, 'userUuid')) ?? party.partyUuid ?? stableUuid(`user:${userId}`),
    userName: text(field(person, 'userName')),
    partyId,
    userType:
      userType(field(person, 'userType')) ??
      (ssn === null ? UserType.SelfIdentified : UserType.SsnIdentified),
    email: text(field(person, 'email')),
    phoneNumber: text(field(person, 'telephoneNumber')) ?? text(field(person, 'mobileNumber')),
    isReserved: bool(field(person, 'isReserved')) ?? false,
    language: text(field(person, 'language')) ?? 'nb',
    preSelectedPartyId: id(field(person, 'preSelectedPartyId')),
    doNotPromptForParty: bool(field(person, 'doNotPromptForParty')) ?? false,
    customClaims: records(field(person, 'customClaims')).flatMap((claim) => {
      const type = text(field(claim, 'type'));
      const value = text(field(claim, 'value'));
      const valueType = text(field(claim, 'valueType'));
      return type && value !== null ? [{ type, value, ...(valueType ? { valueType } : {}) }] : [];
    }),
  });
  readPartyRoles(set, person, userId, partyId);
}

function readSystem(set: TestDataSet, system: JsonRecord, where: string): void {
  const systemId = text(field(system, 'id'));
  if (systemId === null) {
    set.warnings.push(`${where}: skipped, no id`);
    return;
  }
  const systemName = text(field(system, 'name')) ?? systemId;
  records(field(system, 'systemUsers')).forEach((entry, index) => {
    const systemUserId = uuid(field(entry, 'id'));
    const orgNumber = text(field(entry, 'orgNumber'));
    if (systemUserId === null || orgNumber === null) {
      set.warnings.push(`${where}.systemUsers[${index}]: skipped, needs a uuid id and an orgNumber`);
      return;
    }
    const actions = field(entry, 'actions');
    const systemUser: SystemUserRecord = {
      systemUserId,
      systemId,
      systemName,
      orgNumber,
      actions: Array.isArray(actions) ? actions.filter((a): a is string => typeof a === 'string') : [],
    };
    set.systemUsers.set(systemUserId, systemUser);
  });
}

/**
 * Reads a `testData.json` (test-users v1): persons become person or self-identified parties with a
 * user each (phone = telephone ?? mobile), `partyRoles` their roles and party list, orgs become
 * organisation parties (`parentPartyId` makes a sub-unit), systems their system users.
 */
export function readTestUsersDocument(json: JsonRecord, source: string): TestDataSet {
  const set = emptyTestDataSet();
  for (const [index, org] of records(field(json, 'orgs')).entries())
    readOrg(set, org, `${source}: orgs[${index}]`);
  for (const [index, person] of records(field(json, 'persons')).entries())
    readPerson(set, person, `${source}: persons[${index}]`);
  for (const [index, system] of records(field(json, 'systems')).entries())
    readSystem(set, system, `${source}: systems[${index}]`);
  return set;
}
