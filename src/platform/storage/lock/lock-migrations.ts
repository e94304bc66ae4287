import { type Kysely, sql } from 'kysely';
import type { MigrationSet } from '../../../core/database/index.ts';

/** Instance locks: one row per lock taken; expired rows are kept, as Altinn keeps them. */
export const STORAGE_LOCK_MIGRATIONS: MigrationSet = {
  '0620_storage_instance_lock': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('storage_instance_lock')
        .addColumn('id', 'bigint', (column) => column.primaryKey().generatedAlwaysAsIdentity())
        .addColumn('instance_id', 'bigint', (column) =>
          column.notNull().references('storage_instance.id').onDelete('cascade'),
        )
        .addColumn('locked_at', 'timestamptz', (column) => column.notNull())
        .addColumn('locked_until', 'timestamptz', (column) => column.notNull())
        .addColumn('locked_by', 'text', (column) => column.notNull())
        .addColumn('secret_hash', 'bytea', (column) => column.notNull())
        .execute();
      await sql`create index storage_instance_lock_instance on storage_instance_lock (instance_id, locked_until)`.execute(
        db,
      );
    },
  },
};
