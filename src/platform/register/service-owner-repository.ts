import { type Kysely, type Selectable, sql } from 'kysely';
import type { RegisterTables, ServiceOwnerRow } from './register-tables.ts';
import type { ServiceOwnerRecord } from './service-owner.ts';

function toRecord(row: Selectable<ServiceOwnerRow>): ServiceOwnerRecord {
  return { org: row.org, orgNumber: row.org_number, name: row.name };
}

export class ServiceOwnerRepository {
  constructor(private readonly db: Kysely<RegisterTables>) {}

  async byCode(org: string): Promise<ServiceOwnerRecord | undefined> {
    const row = await this.db
      .selectFrom('register_service_owners')
      .selectAll()
      .where('org', '=', org.toLowerCase())
      .executeTakeFirst();
    return row && toRecord(row);
  }

  async byOrgNumber(orgNumber: string): Promise<ServiceOwnerRecord | undefined> {
    const row = await this.db
      .selectFrom('register_service_owners')
      .selectAll()
      .where('org_number', '=', orgNumber)
      .orderBy('org')
      .executeTakeFirst();
    return row && toRecord(row);
  }

  async list(): Promise<ServiceOwnerRecord[]> {
    const rows = await this.db.selectFrom('register_service_owners').selectAll().orderBy('org').execute();
    return rows.map(toRecord);
  }

  /** Returns how many rows were inserted or changed. */
  async upsert(owners: readonly ServiceOwnerRecord[]): Promise<number> {
    if (owners.length === 0) return 0;
    const result = await this.db
      .insertInto('register_service_owners')
      .values(
        owners.map((owner) => ({
          org: owner.org.toLowerCase(),
          org_number: owner.orgNumber,
          name: JSON.stringify(owner.name),
        })),
      )
      .onConflict((conflict) =>
        conflict
          .column('org')
          .doUpdateSet((eb) => ({ org_number: eb.ref('excluded.org_number'), name: eb.ref('excluded.name') }))
          .where(
            sql<boolean>`(register_service_owners.org_number, register_service_owners.name)
              is distinct from (excluded.org_number, excluded.name)`,
          ),
      )
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0);
  }
}
