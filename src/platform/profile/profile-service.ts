import { badRequest, forbidden, notFound } from '../../core/errors.ts';
import {
  type Caller,
  isTrustedCaller,
  isUserCaller,
  partyView,
  type RegisterService,
} from '../register/index.ts';
import {
  type UnitContactPoints,
  type UserContactPoints,
  type UserProfile,
  userProfileView,
} from './user-profile.ts';
import type { UserRecord } from './user-record.ts';
import type { UserRepository } from './user-repository.ts';

export type UserKey = { readonly userId: number } | { readonly userName: string } | { readonly ssn: string };

export interface UserEntry {
  readonly record: UserRecord;
  readonly profile: UserProfile;
}

/**
 * User profiles and contact points. `find*`/`list*` are trusted in-process reads; the other methods
 * take the caller: the platform and service owners may read any profile, a user only their own.
 */
export class ProfileService {
  constructor(
    private readonly users: UserRepository,
    private readonly register: RegisterService,
  ) {}

  private async profilesOf(records: readonly UserRecord[]): Promise<UserProfile[]> {
    const parties = new Map(
      (await this.register.partyRecords(records.map((record) => record.partyId))).map((party) => [
        party.partyId,
        partyView(party, { withDetails: true }),
      ]),
    );
    return records.map((record) => userProfileView(record, parties.get(record.partyId) ?? null));
  }

  private async profileOf(record: UserRecord | undefined): Promise<UserProfile | undefined> {
    return record && (await this.profilesOf([record]))[0];
  }

  // Trusted reads for the platform's own use.

  findUser(userId: number): Promise<UserProfile | undefined> {
    return this.users.byId(userId).then((record) => this.profileOf(record));
  }

  findUserByUuid(userUuid: string): Promise<UserProfile | undefined> {
    return this.users.byUuid(userUuid.toLowerCase()).then((record) => this.profileOf(record));
  }

  findUserByName(userName: string): Promise<UserProfile | undefined> {
    return this.recordFor({ userName }).then((record) => this.profileOf(record));
  }

  findUserBySsn(ssn: string): Promise<UserProfile | undefined> {
    return this.recordFor({ ssn }).then((record) => this.profileOf(record));
  }

  /** A user's stored record (with the custom claims tokens carry) and profile. */
  async findUserEntry(key: UserKey): Promise<UserEntry | undefined> {
    const record = await this.recordFor(key);
    const profile = await this.profileOf(record);
    return record && profile && { record, profile };
  }

  async listUsers(): Promise<UserEntry[]> {
    const records = await this.users.list();
    const profiles = await this.profilesOf(records);
    return records.map((record, index) => ({ record, profile: profiles[index]! }));
  }

  private async recordFor(key: UserKey): Promise<UserRecord | undefined> {
    if ('userId' in key) return this.users.byId(key.userId);
    if ('userName' in key) return this.users.byName(key.userName);
    const party = await this.register.findPartyBySsn(key.ssn);
    return party && this.users.byPartyId(party.partyId);
  }

  // Caller-checked operations behind the profile API.

  private refuseOthers(caller: Caller, userId: number | undefined): void {
    if (isTrustedCaller(caller)) return;
    if (isUserCaller(caller) && caller.userId === userId) return;
    throw forbidden('A user may read only their own profile');
  }

  async getUser(caller: Caller, userId: number): Promise<UserProfile> {
    this.refuseOthers(caller, userId);
    const profile = await this.findUser(userId);
    if (profile === undefined) throw notFound('user_not_found', `No user with id ${userId}`);
    return profile;
  }

  async getUserByUuid(caller: Caller, userUuid: string): Promise<UserProfile> {
    const profile = await this.findUserByUuid(userUuid);
    if (profile === undefined) throw notFound('user_not_found', `No user with uuid ${userUuid}`);
    this.refuseOthers(caller, profile.userId);
    return profile;
  }

  /** A user's own profile, from the token's user id. */
  async getCurrentUser(caller: Caller): Promise<UserProfile> {
    if (!isUserCaller(caller)) throw badRequest('no_user_id', 'The token does not identify a user');
    return this.getUser(caller, caller.userId);
  }

  /** By national identity number. Users asking for anyone but themselves get 403, known or not. */
  async getUserBySsn(caller: Caller, ssn: string): Promise<UserProfile> {
    const profile = await this.findUserBySsn(ssn);
    if (!isTrustedCaller(caller)) this.refuseOthers(caller, profile?.userId ?? Number.NaN);
    if (profile === undefined) throw notFound('user_not_found', 'No user with that national identity number');
    return profile;
  }

  /** KRR-style contact points of persons; for service owners (notifications). Unknown numbers are left out. */
  async lookupUserContactPoints(caller: Caller, ssns: readonly string[]): Promise<UserContactPoints[]> {
    if (!isTrustedCaller(caller)) throw forbidden('Only service owners may look up contact points');
    const found: UserContactPoints[] = [];
    for (const ssn of new Set(ssns)) {
      const profile = await this.findUserBySsn(ssn);
      if (profile === undefined) continue;
      found.push({
        userId: profile.userId,
        nationalIdentityNumber: ssn,
        isReserved: profile.isReserved,
        mobileNumber: profile.phoneNumber ?? profile.party?.person?.mobileNumber ?? null,
        mobileNumberIsOutdated: false,
        email: profile.email,
        emailIsOutdated: false,
      });
    }
    return found;
  }

  /**
   * Contact points users have registered for organisations; for service owners. Tinn keeps none yet,
   * so each known organisation comes back with an empty list, as app-localtest answers.
   */
  async lookupUnitContactPoints(caller: Caller, orgNumbers: readonly string[]): Promise<UnitContactPoints[]> {
    if (!isTrustedCaller(caller)) throw forbidden('Only service owners may look up contact points');
    const found: UnitContactPoints[] = [];
    for (const orgNumber of new Set(orgNumbers)) {
      const party = await this.register.findPartyByOrgNumber(orgNumber);
      if (party !== undefined)
        found.push({ organizationNumber: orgNumber, partyId: party.partyId, userContactPoints: [] });
    }
    return found;
  }
}
