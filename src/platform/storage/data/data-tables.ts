import type { Generated } from 'kysely';
import type { StorageTables } from '../storage-tables.ts';

/** Why a blob is pending: an upload not yet committed, or bytes a committed change no longer needs. */
export type PendingReason = 'upload' | 'replaced' | 'deleted';

export interface StoragePendingBlobTable {
  blob_key: string;
  instance_guid: string;
  data_guid: string;
  /** The node (process) that wrote the row; the sweeper leaves rows of live nodes alone. */
  node_key: number;
  reason: PendingReason;
  created: Generated<Date>;
}

export interface DataTables extends StorageTables {
  storage_pending_blob: StoragePendingBlobTable;
}
