import type { ColumnType } from 'kysely';

/** A jsonb column: read as the parsed value, written as JSON text. */
type Json<T> = ColumnType<T, string, string>;

type Timestamp = ColumnType<Date, Date | string, Date | string>;

/** The stored metadata document: the wire shape without nulls and without the audit fields. */
export type StoredDocument = Record<string, unknown>;

export interface StorageApplicationRow {
  org: string;
  app: string;
  application: Json<StoredDocument>;
  created: Timestamp;
  created_by: string | null;
  last_changed: Timestamp;
  last_changed_by: string | null;
}

export interface StorageTextResourceRow {
  org: string;
  app: string;
  language: string;
  resources: Json<unknown[]>;
  created: Timestamp;
  created_by: string | null;
  last_changed: Timestamp;
  last_changed_by: string | null;
}

export type ApplicationTables = {
  storage_application: StorageApplicationRow;
  storage_text_resource: StorageTextResourceRow;
};
