import { type Kysely, sql } from 'kysely';
import type { MigrationSet } from '../../core/database/index.ts';

/**
 * Instances, their data elements and events. The instance document is jsonb in the wire format;
 * columns the query API filters and sorts on are extracted beside it and indexed.
 */
export const STORAGE_INSTANCE_MIGRATIONS: MigrationSet = {
  '0600_storage_instances': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('storage_instance')
        .addColumn('id', 'bigint', (column) => column.primaryKey().generatedAlwaysAsIdentity())
        .addColumn('instance_guid', 'uuid', (column) => column.notNull().unique())
        .addColumn('party_id', 'integer', (column) => column.notNull())
        .addColumn('org', 'text', (column) => column.notNull())
        .addColumn('app_id', 'text', (column) => column.notNull())
        .addColumn('created', 'timestamptz', (column) => column.notNull())
        .addColumn('last_changed', 'timestamptz', (column) => column.notNull())
        .addColumn('task_id', 'text')
        .addColumn('process_ended', 'timestamptz')
        .addColumn('visible_after', 'timestamptz')
        .addColumn('due_before', 'timestamptz')
        .addColumn('is_archived', 'boolean', (column) => column.notNull().defaultTo(false))
        .addColumn('is_soft_deleted', 'boolean', (column) => column.notNull().defaultTo(false))
        .addColumn('is_hard_deleted', 'boolean', (column) => column.notNull().defaultTo(false))
        .addColumn('confirmed_by', sql`text[]`, (column) => column.notNull().defaultTo(sql`'{}'`))
        .addColumn('confirmed', 'boolean', (column) => column.notNull().defaultTo(false))
        .addColumn('instance', 'jsonb', (column) => column.notNull())
        .execute();
      await sql`create index storage_instance_party on storage_instance (party_id, last_changed, id)`.execute(
        db,
      );
      await sql`create index storage_instance_app on storage_instance (app_id, last_changed, id)`.execute(db);
      await sql`create index storage_instance_org on storage_instance (org, last_changed, id)`.execute(db);

      await db.schema
        .createTable('storage_data_element')
        .addColumn('id', 'bigint', (column) => column.primaryKey().generatedAlwaysAsIdentity())
        .addColumn('data_guid', 'uuid', (column) => column.notNull().unique())
        .addColumn('instance_id', 'bigint', (column) =>
          column.notNull().references('storage_instance.id').onDelete('cascade'),
        )
        .addColumn('instance_guid', 'uuid', (column) => column.notNull())
        .addColumn('data_type', 'text', (column) => column.notNull())
        .addColumn('created', 'timestamptz', (column) => column.notNull())
        .addColumn('is_hard_deleted', 'boolean', (column) => column.notNull().defaultTo(false))
        .addColumn('element', 'jsonb', (column) => column.notNull())
        .execute();
      await sql`create index storage_data_element_instance on storage_data_element (instance_id, created, id)`.execute(
        db,
      );

      await db.schema
        .createTable('storage_instance_event')
        .addColumn('id', 'bigint', (column) => column.primaryKey().generatedAlwaysAsIdentity())
        .addColumn('event_guid', 'uuid', (column) => column.notNull().unique())
        .addColumn('instance_guid', 'uuid', (column) => column.notNull())
        .addColumn('event_type', 'text', (column) => column.notNull())
        .addColumn('created', 'timestamptz', (column) => column.notNull())
        .addColumn('event', 'jsonb', (column) => column.notNull())
        .execute();
      await sql`create index storage_instance_event_instance on storage_instance_event (instance_guid, created, id)`.execute(
        db,
      );
    },
  },
};
