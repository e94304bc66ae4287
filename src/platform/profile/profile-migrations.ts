import { type Kysely, sql } from 'kysely';
import type { MigrationSet } from '../../core/database/index.ts';

export const PROFILE_MIGRATIONS: MigrationSet = {
  '0200_profile_users': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('profile_users')
        .addColumn('user_id', 'integer', (column) => column.primaryKey())
        .addColumn('user_uuid', 'uuid', (column) => column.notNull().unique())
        .addColumn('user_name', 'text')
        .addColumn('party_id', 'integer', (column) => column.notNull())
        .addColumn('user_type', 'smallint', (column) => column.notNull())
        .addColumn('email', 'text')
        .addColumn('phone_number', 'text')
        .addColumn('is_reserved', 'boolean', (column) => column.notNull().defaultTo(false))
        .addColumn('language', 'text', (column) => column.notNull().defaultTo('nb'))
        .addColumn('pre_selected_party_id', 'integer')
        .addColumn('do_not_prompt_for_party', 'boolean', (column) => column.notNull().defaultTo(false))
        .addColumn('custom_claims', 'jsonb', (column) => column.notNull().defaultTo(sql`'[]'::jsonb`))
        .execute();
      // User names are matched without regard to case.
      await db.schema
        .createIndex('profile_users_user_name_idx')
        .on('profile_users')
        .unique()
        .expression(sql`lower(user_name)`)
        .execute();
      await db.schema.createIndex('profile_users_party_idx').on('profile_users').column('party_id').execute();
    },
  },
};
