import { type Kysely, sql } from 'kysely';
import type { MigrationSet } from '../../../core/database/index.ts';

export const STORAGE_APPLICATION_MIGRATIONS: MigrationSet = {
  '0500_storage_applications': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('storage_application')
        .addColumn('org', 'text', (column) => column.notNull())
        .addColumn('app', 'text', (column) => column.notNull())
        .addColumn('application', 'jsonb', (column) => column.notNull())
        .addColumn('created', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
        .addColumn('created_by', 'text')
        .addColumn('last_changed', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
        .addColumn('last_changed_by', 'text')
        .addPrimaryKeyConstraint('storage_application_pk', ['org', 'app'])
        .execute();
      await db.schema
        .createTable('storage_text_resource')
        .addColumn('org', 'text', (column) => column.notNull())
        .addColumn('app', 'text', (column) => column.notNull())
        .addColumn('language', 'text', (column) => column.notNull())
        .addColumn('resources', 'jsonb', (column) => column.notNull())
        .addColumn('created', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
        .addColumn('created_by', 'text')
        .addColumn('last_changed', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
        .addColumn('last_changed_by', 'text')
        .addPrimaryKeyConstraint('storage_text_resource_pk', ['org', 'app', 'language'])
        .addForeignKeyConstraint(
          'storage_text_resource_application_fk',
          ['org', 'app'],
          'storage_application',
          ['org', 'app'],
          (constraint) => constraint.onDelete('cascade'),
        )
        .execute();
    },
  },
};
