import { type Kysely, sql } from 'kysely';
import type { MigrationSet } from '../../../core/database/index.ts';

/**
 * Blobs that may have no data element row: uploads in progress, and blobs an overwrite or delete has
 * let go of but not yet removed. A row disappears in the same transaction that commits the element
 * (or after its blob is gone); whatever a crash leaves behind, the sweeper removes.
 */
export const STORAGE_DATA_MIGRATIONS: MigrationSet = {
  '0630_storage_pending_blobs': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('storage_pending_blob')
        .addColumn('blob_key', 'text', (column) => column.primaryKey())
        .addColumn('instance_guid', 'uuid', (column) => column.notNull())
        .addColumn('data_guid', 'uuid', (column) => column.notNull())
        .addColumn('node_key', 'integer', (column) => column.notNull())
        .addColumn('reason', 'text', (column) => column.notNull())
        .addColumn('created', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
        .execute();
      await sql`create index storage_pending_blob_node on storage_pending_blob (node_key, created)`.execute(
        db,
      );
    },
  },
};
