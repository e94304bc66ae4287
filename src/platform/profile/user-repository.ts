import { type Kysely, type Selectable, sql } from 'kysely';
import type { ProfileTables, UserRow } from './profile-tables.ts';
import type { UserRecord } from './user-record.ts';

function toRecord(row: Selectable<UserRow>): UserRecord {
  return {
    userId: row.user_id,
    userUuid: row.user_uuid,
    userName: row.user_name,
    partyId: row.party_id,
    userType: row.user_type,
    email: row.email,
    phoneNumber: row.phone_number,
    isReserved: row.is_reserved,
    language: row.language,
    preSelectedPartyId: row.pre_selected_party_id,
    doNotPromptForParty: row.do_not_prompt_for_party,
    customClaims: row.custom_claims,
  };
}

export class UserRepository {
  constructor(private readonly db: Kysely<ProfileTables>) {}

  private select() {
    return this.db.selectFrom('profile_users').selectAll();
  }

  async byId(userId: number): Promise<UserRecord | undefined> {
    const row = await this.select().where('user_id', '=', userId).executeTakeFirst();
    return row && toRecord(row);
  }

  async byUuid(userUuid: string): Promise<UserRecord | undefined> {
    const row = await this.select().where('user_uuid', '=', userUuid).executeTakeFirst();
    return row && toRecord(row);
  }

  async byName(userName: string): Promise<UserRecord | undefined> {
    const row = await this.select()
      .where(sql<string>`lower(user_name)`, '=', userName.toLowerCase())
      .executeTakeFirst();
    return row && toRecord(row);
  }

  /** The user whose own party this is (a person's or self-identified user's party). */
  async byPartyId(partyId: number): Promise<UserRecord | undefined> {
    const row = await this.select().where('party_id', '=', partyId).orderBy('user_id').executeTakeFirst();
    return row && toRecord(row);
  }

  async byPartyIds(partyIds: readonly number[]): Promise<UserRecord[]> {
    if (partyIds.length === 0) return [];
    const rows = await this.select()
      .where('party_id', 'in', [...new Set(partyIds)])
      .orderBy('user_id')
      .execute();
    return rows.map(toRecord);
  }

  async list(): Promise<UserRecord[]> {
    const rows = await this.select().orderBy('user_id').execute();
    return rows.map(toRecord);
  }

  /**
   * Removes other users holding a uuid or user name one of `records` is about to take, so an imported
   * set wins over an older one. Returns the removed user ids.
   */
  async removeIdentifierClashes(records: readonly UserRecord[]): Promise<number[]> {
    const removed: number[] = [];
    for (const record of records) {
      const rows = await this.db
        .deleteFrom('profile_users')
        .where('user_id', '<>', record.userId)
        .where((eb) =>
          eb.or([
            eb('user_uuid', '=', record.userUuid),
            ...(record.userName === null
              ? []
              : [eb(sql<string>`lower(user_name)`, '=', record.userName.toLowerCase())]),
          ]),
        )
        .returning('user_id')
        .execute();
      removed.push(...rows.map((row) => row.user_id));
    }
    return removed;
  }

  /** Inserts or updates users; unchanged rows are left alone. Returns how many rows changed. */
  async upsert(records: readonly UserRecord[]): Promise<number> {
    if (records.length === 0) return 0;
    const result = await this.db
      .insertInto('profile_users')
      .values(
        records.map((record) => ({
          user_id: record.userId,
          user_uuid: record.userUuid,
          user_name: record.userName,
          party_id: record.partyId,
          user_type: record.userType,
          email: record.email,
          phone_number: record.phoneNumber,
          is_reserved: record.isReserved,
          language: record.language,
          pre_selected_party_id: record.preSelectedPartyId,
          do_not_prompt_for_party: record.doNotPromptForParty,
          custom_claims: JSON.stringify(record.customClaims),
        })),
      )
      .onConflict((conflict) =>
        conflict
          .column('user_id')
          .doUpdateSet((eb) => ({
            user_uuid: eb.ref('excluded.user_uuid'),
            user_name: eb.ref('excluded.user_name'),
            party_id: eb.ref('excluded.party_id'),
            user_type: eb.ref('excluded.user_type'),
            email: eb.ref('excluded.email'),
            phone_number: eb.ref('excluded.phone_number'),
            is_reserved: eb.ref('excluded.is_reserved'),
            language: eb.ref('excluded.language'),
            pre_selected_party_id: eb.ref('excluded.pre_selected_party_id'),
            do_not_prompt_for_party: eb.ref('excluded.do_not_prompt_for_party'),
            custom_claims: eb.ref('excluded.custom_claims'),
          }))
          .where(
            sql<boolean>`(profile_users.user_uuid, profile_users.user_name, profile_users.party_id,
              profile_users.user_type, profile_users.email, profile_users.phone_number, profile_users.is_reserved,
              profile_users.language, profile_users.pre_selected_party_id, profile_users.do_not_prompt_for_party,
              profile_users.custom_claims)
            is distinct from (excluded.user_uuid, excluded.user_name, excluded.party_id, excluded.user_type,
              excluded.email, excluded.phone_number, excluded.is_reserved, excluded.language,
              excluded.pre_selected_party_id, excluded.do_not_prompt_for_party, excluded.custom_claims)`,
          ),
      )
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0);
  }
}
