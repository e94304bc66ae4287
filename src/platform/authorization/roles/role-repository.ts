import { type Kysely, sql } from 'kysely';
import type { PartyAccessGrant, Role, RoleGrant } from './role.ts';
import type { RolesTables } from './roles-tables.ts';

export class RoleRepository {
  constructor(private readonly db: Kysely<RolesTables>) {}

  async rolesFor(userId: number, partyId: number): Promise<Role[]> {
    const rows = await this.db
      .selectFrom('authorization_roles')
      .select(['source', 'role_code'])
      .where('covered_by_user_id', '=', userId)
      .where('offered_by_party_id', '=', partyId)
      .orderBy('role_code')
      .execute();
    return rows.map((row) => ({ type: row.source, value: row.role_code }));
  }

  /** Every party the user holds a role for or has been given access to. */
  async partiesWithAccess(userId: number): Promise<number[]> {
    const rows = await this.db
      .selectFrom('authorization_roles')
      .select('offered_by_party_id')
      .where('covered_by_user_id', '=', userId)
      .union(
        this.db
          .selectFrom('authorization_party_access')
          .select('offered_by_party_id')
          .where('covered_by_user_id', '=', userId),
      )
      .execute();
    return rows.map((row) => row.offered_by_party_id).sort((a, b) => a - b);
  }

  async hasAccess(userId: number, partyId: number): Promise<boolean> {
    const row = await this.db
      .selectFrom('authorization_roles')
      .select(sql<number>`1`.as('found'))
      .where('covered_by_user_id', '=', userId)
      .where('offered_by_party_id', '=', partyId)
      .union(
        this.db
          .selectFrom('authorization_party_access')
          .select(sql<number>`1`.as('found'))
          .where('covered_by_user_id', '=', userId)
          .where('offered_by_party_id', '=', partyId),
      )
      .executeTakeFirst();
    return row !== undefined;
  }

  /**
   * Makes a user's roles and role-less access exactly `roles` and `access`: removes what is not
   * listed, adds what is missing, leaves the rest untouched. Returns how many rows changed.
   */
  async replaceForUser(
    userId: number,
    roles: readonly RoleGrant[],
    access: readonly PartyAccessGrant[],
  ): Promise<number> {
    let changed = 0;
    const keep = roles.map((role) => sql`(${role.offeredByPartyId}::integer, ${role.roleCode}::text)`);
    const removedRoles = await this.db
      .deleteFrom('authorization_roles')
      .where('covered_by_user_id', '=', userId)
      .$if(keep.length > 0, (query) =>
        query.where(sql<boolean>`(offered_by_party_id, role_code) not in (${sql.join(keep)})`),
      )
      .executeTakeFirst();
    changed += Number(removedRoles.numDeletedRows);
    if (roles.length > 0) {
      const inserted = await this.db
        .insertInto('authorization_roles')
        .values(
          roles.map((role) => ({
            covered_by_user_id: userId,
            offered_by_party_id: role.offeredByPartyId,
            role_code: role.roleCode,
            source: role.source,
          })),
        )
        .onConflict((conflict) =>
          conflict
            .columns(['covered_by_user_id', 'offered_by_party_id', 'role_code'])
            .doUpdateSet((eb) => ({ source: eb.ref('excluded.source') }))
            .where(sql<boolean>`authorization_roles.source is distinct from excluded.source`),
        )
        .executeTakeFirst();
      changed += Number(inserted.numInsertedOrUpdatedRows ?? 0);
    }
    const keepParties = access.map((grant) => grant.offeredByPartyId);
    const removedAccess = await this.db
      .deleteFrom('authorization_party_access')
      .where('covered_by_user_id', '=', userId)
      .$if(keepParties.length > 0, (query) => query.where('offered_by_party_id', 'not in', keepParties))
      .executeTakeFirst();
    changed += Number(removedAccess.numDeletedRows);
    if (access.length > 0) {
      const inserted = await this.db
        .insertInto('authorization_party_access')
        .values(
          access.map((grant) => ({
            covered_by_user_id: userId,
            offered_by_party_id: grant.offeredByPartyId,
          })),
        )
        .onConflict((conflict) => conflict.columns(['covered_by_user_id', 'offered_by_party_id']).doNothing())
        .executeTakeFirst();
      changed += Number(inserted.numInsertedOrUpdatedRows ?? 0);
    }
    return changed;
  }
}
