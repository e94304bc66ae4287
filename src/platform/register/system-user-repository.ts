import { type Kysely, type Selectable, sql } from 'kysely';
import type { RegisterTables, SystemUserRow } from './register-tables.ts';
import type { SystemUserRecord } from './system-user.ts';

function toRecord(row: Selectable<SystemUserRow>): SystemUserRecord {
  return {
    systemUserId: row.system_user_uuid,
    systemId: row.system_id,
    systemName: row.system_name,
    orgNumber: row.org_number,
    actions: row.actions,
  };
}

export class SystemUserRepository {
  constructor(private readonly db: Kysely<RegisterTables>) {}

  async byId(systemUserId: string): Promise<SystemUserRecord | undefined> {
    const row = await this.db
      .selectFrom('register_system_users')
      .selectAll()
      .where('system_user_uuid', '=', systemUserId)
      .executeTakeFirst();
    return row && toRecord(row);
  }

  async list(): Promise<SystemUserRecord[]> {
    const rows = await this.db
      .selectFrom('register_system_users')
      .selectAll()
      .orderBy('system_id')
      .orderBy('org_number')
      .execute();
    return rows.map(toRecord);
  }

  /** Returns how many rows were inserted or changed. */
  async upsert(systemUsers: readonly SystemUserRecord[]): Promise<number> {
    if (systemUsers.length === 0) return 0;
    const result = await this.db
      .insertInto('register_system_users')
      .values(
        systemUsers.map((user) => ({
          system_user_uuid: user.systemUserId,
          system_id: user.systemId,
          system_name: user.systemName,
          org_number: user.orgNumber,
          actions: JSON.stringify(user.actions),
        })),
      )
      .onConflict((conflict) =>
        conflict
          .column('system_user_uuid')
          .doUpdateSet((eb) => ({
            system_id: eb.ref('excluded.system_id'),
            system_name: eb.ref('excluded.system_name'),
            org_number: eb.ref('excluded.org_number'),
            actions: eb.ref('excluded.actions'),
          }))
          .where(
            sql<boolean>`(register_system_users.system_id, register_system_users.system_name,
              register_system_users.org_number, register_system_users.actions)
              is distinct from (excluded.system_id, excluded.system_name, excluded.org_number, excluded.actions)`,
          ),
      )
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0);
  }
}
