import { type Kysely, sql } from 'kysely';
import type { MigrationSet } from '../../../core/database/index.ts';

export const ROLES_MIGRATIONS: MigrationSet = {
  '0300_authorization_roles': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('authorization_roles')
        .addColumn('covered_by_user_id', 'integer', (column) => column.notNull())
        .addColumn('offered_by_party_id', 'integer', (column) => column.notNull())
        .addColumn('role_code', 'text', (column) => column.notNull())
        .addColumn('source', 'text', (column) => column.notNull().check(sql`source in ('altinn', 'ccr')`))
        .addPrimaryKeyConstraint('authorization_roles_pk', [
          'covered_by_user_id',
          'offered_by_party_id',
          'role_code',
        ])
        .execute();
    },
  },
  '0301_authorization_party_access': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('authorization_party_access')
        .addColumn('covered_by_user_id', 'integer', (column) => column.notNull())
        .addColumn('offered_by_party_id', 'integer', (column) => column.notNull())
        .addPrimaryKeyConstraint('authorization_party_access_pk', [
          'covered_by_user_id',
          'offered_by_party_id',
        ])
        .execute();
    },
  },
};
