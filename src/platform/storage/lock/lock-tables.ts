import type { Generated } from 'kysely';
import type { StorageTables } from '../storage-tables.ts';

export interface StorageInstanceLockTable {
  id: Generated<number>;
  instance_id: number;
  locked_at: Date;
  locked_until: Date;
  /** Who took the lock (user id or organisation number). */
  locked_by: string;
  /** SHA-256 of the token's secret; the secret itself is never stored. */
  secret_hash: Uint8Array;
}

export interface InstanceLockTables extends StorageTables {
  storage_instance_lock: StorageInstanceLockTable;
}
