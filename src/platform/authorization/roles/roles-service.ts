import { forbidden, notFound } from '../../../core/errors.ts';
import type { UserRepository } from '../../profile/index.ts';
import {
  type Caller,
  isTrustedCaller,
  isUserCaller,
  type Party,
  type PartyRepository,
  type RepresentationCheck,
} from '../../register/index.ts';
import { buildReporteeList } from './reportee-list.ts';
import type { Role } from './role.ts';
import type { RoleRepository } from './role-repository.ts';

/**
 * Roles users hold for parties and the reportee lists derived from them. `rolesFor`, `reporteeList`
 * and `canRepresent` are trusted in-process reads; the `get*`/`validate*` methods take the caller.
 */
export class RolesService implements RepresentationCheck {
  constructor(
    private readonly roles: RoleRepository,
    private readonly parties: PartyRepository,
    private readonly users: UserRepository,
  ) {}

  rolesFor(userId: number, partyId: number): Promise<Role[]> {
    return this.roles.rolesFor(userId, partyId);
  }

  /** Empty for an unknown user. */
  async reporteeList(userId: number): Promise<Party[]> {
    const user = await this.users.byId(userId);
    if (user === undefined) return [];
    const ownParty = await this.parties.byId(user.partyId);
    if (ownParty === undefined) return [];
    const accessible = await this.parties.byIds(await this.roles.partiesWithAccess(userId));
    const parentIds = accessible.flatMap((party) =>
      party.parentPartyId === null ? [] : [party.parentPartyId],
    );
    const mainUnits = new Map((await this.parties.byIds(parentIds)).map((party) => [party.partyId, party]));
    return buildReporteeList(ownParty, accessible, mainUnits);
  }

  /**
   * Whether the user may act for the party: their own party, or one they hold a role or access for.
   * A main unit listed only to carry its sub-units does not count.
   */
  async canRepresent(userId: number, partyId: number): Promise<boolean> {
    const user = await this.users.byId(userId);
    if (user === undefined) return false;
    if (user.partyId === partyId) return true;
    if (!(await this.roles.hasAccess(userId, partyId))) return false;
    return (await this.parties.byId(partyId)) !== undefined;
  }

  private requireSameUser(caller: Caller, userId: number): void {
    if (!isUserCaller(caller) || caller.userId !== userId) {
      throw forbidden('The user id must be the one the token was issued to');
    }
  }

  /** The roles API: the caller's own roles for a party; 404 when there are none. */
  async getRoles(caller: Caller, coveredByUserId: number, offeredByPartyId: number): Promise<Role[]> {
    this.requireSameUser(caller, coveredByUserId);
    const roles = await this.rolesFor(coveredByUserId, offeredByPartyId);
    if (roles.length === 0) {
      throw notFound(
        'roles_not_found',
        `User ${coveredByUserId} holds no roles for party ${offeredByPartyId}`,
      );
    }
    return roles;
  }

  /** The caller's own reportee list; 404 when empty. */
  async getReporteeList(caller: Caller, userId: number): Promise<Party[]> {
    this.requireSameUser(caller, userId);
    const parties = await this.reporteeList(userId);
    if (parties.length === 0) throw notFound('parties_not_found', `No parties for user ${userId}`);
    return parties;
  }

  /** Whether a user may represent a party; users ask about themselves, service owners about anyone. */
  async validateParty(caller: Caller, userId: number, partyId: number): Promise<boolean> {
    if (!isTrustedCaller(caller)) this.requireSameUser(caller, userId);
    return this.canRepresent(userId, partyId);
  }
}
