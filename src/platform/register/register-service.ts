import { forbidden, notFound, tooManyRequests } from '../../core/errors.ts';
import { type Caller, callerKey, isTrustedCaller } from './caller.ts';
import { lastNamesMatch } from './last-name-match.ts';
import {
  childPartyView,
  completeOrganization,
  type Organization,
  type Party,
  type PartyRecord,
  type Person,
  partyView,
} from './party.ts';
import { mayReadParty, type RepresentationCheck } from './party-access.ts';
import type { PartyRepository } from './party-repository.ts';
import type { PersonLookupThrottle } from './person-lookup-throttle.ts';
import type { OrganizationEntry, OrgContactPoints, PartyLookupKey, PartyName } from './register-results.ts';
import type { ServiceOwnerRecord } from './service-owner.ts';
import type { ServiceOwnerRepository } from './service-owner-repository.ts';
import type { SystemUserRecord } from './system-user.ts';
import type { SystemUserRepository } from './system-user-repository.ts';

export interface RegisterServiceDeps {
  readonly parties: PartyRepository;
  readonly serviceOwners: ServiceOwnerRepository;
  readonly systemUsers: SystemUserRepository;
  readonly personLookupThrottle: PersonLookupThrottle;
  readonly representation: RepresentationCheck;
}

const PERSON_LOOKUP_MIN_AUTH_LEVEL = 2;

/**
 * Parties, persons, organisations, service owners and system users. `find*`/`list*` are trusted
 * in-process reads; the other methods take the caller and enforce who may read what.
 */
export class RegisterService {
  constructor(private readonly deps: RegisterServiceDeps) {}

  // Trusted reads for the platform's own use.

  async findParty(partyId: number): Promise<Party | undefined> {
    const record = await this.deps.parties.byId(partyId);
    return record && partyView(record, { withDetails: true });
  }

  async findPartyByUuid(partyUuid: string): Promise<Party | undefined> {
    const record = await this.deps.parties.byUuid(partyUuid);
    return record && partyView(record, { withDetails: true });
  }

  async findPartyBySsn(ssn: string): Promise<Party | undefined> {
    const record = await this.deps.parties.bySsn(ssn);
    return record && partyView(record, { withDetails: true });
  }

  async findPartyByOrgNumber(orgNumber: string): Promise<Party | undefined> {
    const record = await this.deps.parties.byOrgNumber(orgNumber);
    return record && partyView(record, { withDetails: true });
  }

  /** Stored records, including the main unit of each sub-unit; unknown ids are skipped. */
  partyRecords(partyIds: readonly number[]): Promise<PartyRecord[]> {
    return this.deps.parties.byIds(partyIds);
  }

  async findOrganization(orgNumber: string): Promise<OrganizationEntry | undefined> {
    const party = await this.deps.parties.byOrgNumber(orgNumber);
    if (party?.organization) return { organization: party.organization, partyId: party.partyId };
    const partyless = await this.deps.parties.partylessOrganization(orgNumber);
    if (partyless) return { organization: partyless, partyId: undefined };
    if (party === undefined) return undefined;
    // An organisation party whose register details were not given still names itself.
    return {
      organization: completeOrganization(orgNumber, { name: party.name, unitType: party.unitType }),
      partyId: party.partyId,
    };
  }

  listOrganizations(): Promise<OrganizationEntry[]> {
    return this.deps.parties.listOrganizations();
  }

  findServiceOwner(org: string): Promise<ServiceOwnerRecord | undefined> {
    return this.deps.serviceOwners.byCode(org);
  }

  findServiceOwnerByOrgNumber(orgNumber: string): Promise<ServiceOwnerRecord | undefined> {
    return this.deps.serviceOwners.byOrgNumber(orgNumber);
  }

  listServiceOwners(): Promise<ServiceOwnerRecord[]> {
    return this.deps.serviceOwners.list();
  }

  async findSystemUser(systemId: string, systemUserId: string): Promise<SystemUserRecord | undefined> {
    const systemUser = await this.deps.systemUsers.byId(systemUserId);
    return systemUser?.systemId === systemId ? systemUser : undefined;
  }

  listSystemUsers(): Promise<SystemUserRecord[]> {
    return this.deps.systemUsers.list();
  }

  // Caller-checked operations behind the register API.

  private async readable(caller: Caller, record: PartyRecord | undefined, what: string): Promise<Party> {
    if (record === undefined) throw notFound('party_not_found', `No party ${what}`);
    if (!(await mayReadParty(caller, record, this.deps.representation))) {
      throw forbidden(`The caller may not read party ${record.partyId}`);
    }
    return partyView(record, { withDetails: true });
  }

  async getParty(caller: Caller, partyId: number): Promise<Party> {
    return this.readable(caller, await this.deps.parties.byId(partyId), `with id ${partyId}`);
  }

  async getPartyByUuid(caller: Caller, partyUuid: string): Promise<Party> {
    return this.readable(caller, await this.deps.parties.byUuid(partyUuid), `with uuid ${partyUuid}`);
  }

  /**
   * A party by national identity number or organisation number. Users are refused (403) any person
   * they cannot represent, known or not, so the API does not tell who exists.
   */
  async lookupParty(caller: Caller, key: PartyLookupKey): Promise<Party> {
    if ('ssn' in key) {
      const record = await this.deps.parties.bySsn(key.ssn);
      if (record === undefined && !isTrustedCaller(caller))
        throw forbidden('The caller may not read that person');
      return this.readable(caller, record, 'with that national identity number');
    }
    return this.readable(
      caller,
      await this.deps.parties.byOrgNumber(key.orgNo),
      `with org number ${key.orgNo}`,
    );
  }

  /** Parties by id in the order asked; unknown ids are skipped. */
  async getPartyList(caller: Caller, partyIds: readonly number[], fetchSubUnits: boolean): Promise<Party[]> {
    const records = await this.deps.parties.byIds(partyIds);
    for (const record of records) {
      if (!(await mayReadParty(caller, record, this.deps.representation))) {
        throw forbidden(`The caller may not read party ${record.partyId}`);
      }
    }
    const subUnits = fetchSubUnits ? await this.deps.parties.subUnitsOf(records.map((r) => r.partyId)) : [];
    const byId = new Map(records.map((record) => [record.partyId, record]));
    const seen = new Set<number>();
    const parties: Party[] = [];
    for (const partyId of partyIds) {
      const record = byId.get(partyId);
      if (record === undefined || seen.has(partyId)) continue;
      seen.add(partyId);
      const children = subUnits.filter((unit) => unit.parentPartyId === partyId).map(childPartyView);
      parties.push(partyView(record, { childParties: children.length > 0 ? children : null }));
    }
    return parties;
  }

  /**
   * Names of persons and organisations. Organisation names are public register data; users may
   * learn a person's name only for a person they can represent.
   */
  async lookupNames(
    caller: Caller,
    keys: readonly PartyLookupKey[],
    nameComponents: boolean,
  ): Promise<PartyName[]> {
    const ssns = keys.flatMap((key) => ('ssn' in key ? [key.ssn] : []));
    const orgNumbers = keys.flatMap((key) => ('orgNo' in key ? [key.orgNo] : []));
    const persons = new Map((await this.deps.parties.bySsns(ssns)).map((record) => [record.ssn, record]));
    const organizations = new Map(
      (await this.deps.parties.byOrgNumbers(orgNumbers)).map((record) => [record.orgNumber, record]),
    );
    const names: PartyName[] = [];
    for (const key of keys) {
      if ('orgNo' in key) {
        const record = organizations.get(key.orgNo);
        const name = record?.name ?? (await this.deps.parties.partylessOrganization(key.orgNo))?.name ?? null;
        names.push({ ssn: null, orgNo: key.orgNo, name, personName: null });
        continue;
      }
      const record = persons.get(key.ssn);
      if (!isTrustedCaller(caller)) {
        if (record === undefined || !(await mayReadParty(caller, record, this.deps.representation))) {
          throw forbidden('The caller may not look up the names of persons it cannot represent');
        }
      }
      const person = record?.person ?? null;
      names.push({
        ssn: key.ssn,
        orgNo: null,
        name: record?.name ?? null,
        personName:
          nameComponents && record
            ? {
                firstName: person?.firstName ?? null,
                middleName: person?.middleName ?? null,
                lastName: person?.lastName ?? null,
              }
            : null,
      });
    }
    return names;
  }

  /** Organisation records are public register data: any authenticated caller may read them. */
  async getOrganization(_caller: Caller, orgNumber: string): Promise<Organization> {
    const entry = await this.findOrganization(orgNumber);
    if (entry === undefined) throw notFound('organization_not_found', `No organisation ${orgNumber}`);
    return entry.organization;
  }

  /**
   * A person by national identity number and last name, for callers at authentication level 2 or
   * higher. Each miss counts against the caller; past the limit the caller is refused (429).
   */
  async lookupPerson(caller: Caller, ssn: string, lastName: string): Promise<Person> {
    if (caller.kind !== 'platform' && caller.authLevel < PERSON_LOOKUP_MIN_AUTH_LEVEL) {
      throw forbidden(
        `Person lookup requires authentication level ${PERSON_LOOKUP_MIN_AUTH_LEVEL} or higher`,
      );
    }
    const key = callerKey(caller);
    const throttled = caller.kind !== 'platform';
    if (throttled && (await this.deps.personLookupThrottle.isBlocked(key))) {
      throw tooManyRequests('Too many failed person lookups; try again later');
    }
    const record = await this.deps.parties.bySsn(ssn);
    const person = record?.person ?? null;
    const registeredLastName = person?.lastName || person?.name?.split(/\s+/).at(-1) || '';
    if (person === null || !lastNamesMatch(registeredLastName, lastName)) {
      if (throttled) await this.deps.personLookupThrottle.recordFailure(key);
      throw notFound('person_not_found', 'No person matches that national identity number and last name');
    }
    return person;
  }

  /** The official contact points of organisations; for service owners (notifications). */
  async lookupOrgContactPoints(caller: Caller, orgNumbers: readonly string[]): Promise<OrgContactPoints[]> {
    if (!isTrustedCaller(caller))
      throw forbidden('Only service owners may look up organisation contact points');
    const found: OrgContactPoints[] = [];
    for (const orgNumber of new Set(orgNumbers)) {
      const entry = await this.findOrganization(orgNumber);
      if (entry === undefined) continue;
      const { eMailAddress, mobileNumber } = entry.organization;
      found.push({
        organizationNumber: orgNumber,
        partyId: entry.partyId ?? null,
        emailList: eMailAddress ? [eMailAddress] : [],
        mobileNumberList: mobileNumber ? [mobileNumber] : [],
      });
    }
    return found;
  }
}
