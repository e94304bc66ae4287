import { type Generated, type Kysely, sql } from 'kysely';
import type { MigrationSet } from '../../core/database/index.ts';

export const authorizationMigrations: MigrationSet = {
  '0400_authorization_policies_and_delegations': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('app_policy')
        .addColumn('org', 'text', (column) => column.notNull())
        .addColumn('app', 'text', (column) => column.notNull())
        .addColumn('policy_xml', 'text', (column) => column.notNull())
        .addColumn('updated_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
        .addPrimaryKeyConstraint('app_policy_pk', ['org', 'app'])
        .execute();
      await db.schema
        .createTable('delegation')
        .addColumn('delegation_id', 'uuid', (column) => column.primaryKey())
        .addColumn('kind', 'text', (column) => column.notNull().check(sql`kind in ('role', 'right')`))
        .addColumn('offered_by_party_id', 'integer', (column) => column.notNull())
        .addColumn('covered_by_user_id', 'integer')
        .addColumn('covered_by_party_id', 'integer')
        .addColumn('role_code', 'text')
        .addColumn('org', 'text')
        .addColumn('app', 'text')
        .addColumn('task', 'text')
        .addColumn('instance_id', 'text')
        .addColumn('action', 'text')
        .addColumn('delegated_by_user_id', 'integer')
        .addColumn('delegated_by_party_id', 'integer')
        .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
        .addCheckConstraint(
          'delegation_one_recipient',
          sql`(covered_by_user_id is null) <> (covered_by_party_id is null)`,
        )
        .addCheckConstraint(
          'delegation_shape',
          sql`(kind = 'role' and role_code is not null and org is null and action is null)
            or (kind = 'right' and role_code is null and org is not null and app is not null and action is not null)`,
        )
        .execute();
      await db.schema
        .createIndex('delegation_by_user')
        .on('delegation')
        .columns(['covered_by_user_id', 'offered_by_party_id'])
        .where(sql.ref('covered_by_user_id'), 'is not', null)
        .execute();
      await db.schema
        .createIndex('delegation_by_party')
        .on('delegation')
        .columns(['covered_by_party_id', 'offered_by_party_id'])
        .where(sql.ref('covered_by_party_id'), 'is not', null)
        .execute();
      await db.schema
        .createIndex('delegation_offered_by')
        .on('delegation')
        .columns(['offered_by_party_id'])
        .execute();
      await sql`create unique index delegation_unique on delegation (
          kind, offered_by_party_id, coalesce(covered_by_user_id, -1), coalesce(covered_by_party_id, -1),
          coalesce(role_code, ''), coalesce(org, ''), coalesce(app, ''), coalesce(task, ''),
          coalesce(instance_id, ''), coalesce(action, ''))`.execute(db);
    },
  },
};

export interface AppPolicyTable {
  org: string;
  app: string;
  policy_xml: string;
  updated_at: Generated<Date>;
}

export interface DelegationTable {
  delegation_id: string;
  kind: 'role' | 'right';
  offered_by_party_id: number;
  covered_by_user_id: number | null;
  covered_by_party_id: number | null;
  role_code: string | null;
  org: string | null;
  app: string | null;
  task: string | null;
  instance_id: string | null;
  action: string | null;
  delegated_by_user_id: number | null;
  delegated_by_party_id: number | null;
  created_at: Generated<Date>;
}

export interface AuthorizationTables {
  app_policy: AppPolicyTable;
  delegation: DelegationTable;
}
