import { type Kysely, sql } from 'kysely';
import type { MigrationSet } from '../../core/database/index.ts';

export const REGISTER_MIGRATIONS: MigrationSet = {
  '0100_register_parties': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('register_parties')
        .addColumn('party_id', 'integer', (column) => column.primaryKey())
        .addColumn('party_uuid', 'uuid', (column) => column.unique())
        .addColumn('party_type', 'smallint', (column) =>
          column.notNull().check(sql`party_type between 1 and 5`),
        )
        .addColumn('ssn', 'text', (column) => column.unique())
        .addColumn('org_number', 'text', (column) => column.unique())
        .addColumn('name', 'text', (column) => column.notNull())
        .addColumn('unit_type', 'text')
        .addColumn('parent_party_id', 'integer')
        .addColumn('is_deleted', 'boolean', (column) => column.notNull().defaultTo(false))
        .addColumn('person', 'jsonb')
        .addColumn('organization', 'jsonb')
        .execute();
      await db.schema
        .createIndex('register_parties_parent_idx')
        .on('register_parties')
        .column('parent_party_id')
        .where(sql.ref('parent_party_id'), 'is not', null)
        .execute();
      await db.schema
        .createTable('register_partyless_organizations')
        .addColumn('org_number', 'text', (column) => column.primaryKey())
        .addColumn('organization', 'jsonb', (column) => column.notNull())
        .execute();
    },
  },
  '0101_register_service_owners': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('register_service_owners')
        .addColumn('org', 'text', (column) => column.primaryKey().check(sql`org = lower(org)`))
        .addColumn('org_number', 'text', (column) => column.notNull())
        .addColumn('name', 'jsonb', (column) => column.notNull())
        .execute();
      await db.schema
        .createIndex('register_service_owners_org_number_idx')
        .on('register_service_owners')
        .column('org_number')
        .execute();
    },
  },
  '0102_register_system_users': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('register_system_users')
        .addColumn('system_user_uuid', 'uuid', (column) => column.primaryKey())
        .addColumn('system_id', 'text', (column) => column.notNull())
        .addColumn('system_name', 'text', (column) => column.notNull())
        .addColumn('org_number', 'text', (column) => column.notNull())
        .addColumn('actions', 'jsonb', (column) => column.notNull())
        .execute();
    },
  },
  '0103_register_person_lookup_failures': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('register_person_lookup_failures')
        .addColumn('caller_key', 'text', (column) => column.primaryKey())
        .addColumn('failed_attempts', 'integer', (column) => column.notNull())
        .addColumn('window_ends_at', 'timestamptz', (column) => column.notNull())
        .execute();
    },
  },
};
