import type { Generated } from 'kysely';

export interface StorageInstanceTable {
  id: Generated<number>;
  instance_guid: string;
  party_id: number;
  org: string;
  app_id: string;
  created: Date;
  last_changed: Date;
  task_id: string | null;
  process_ended: Date | null;
  visible_after: Date | null;
  due_before: Date | null;
  is_archived: Generated<boolean>;
  is_soft_deleted: Generated<boolean>;
  is_hard_deleted: Generated<boolean>;
  confirmed_by: Generated<string[]>;
  confirmed: Generated<boolean>;
  /** The instance in its wire form, without `id`, `selfLinks` and `data` (those are derived on read). */
  instance: unknown;
}

export interface StorageDataElementTable {
  id: Generated<number>;
  data_guid: string;
  instance_id: number;
  instance_guid: string;
  data_type: string;
  created: Date;
  is_hard_deleted: Generated<boolean>;
  /** The data element in its wire form, without `selfLinks`. */
  element: unknown;
}

export interface StorageInstanceEventTable {
  id: Generated<number>;
  event_guid: string;
  instance_guid: string;
  event_type: string;
  created: Date;
  event: unknown;
}

export interface StorageTables {
  storage_instance: StorageInstanceTable;
  storage_data_element: StorageDataElementTable;
  storage_instance_event: StorageInstanceEventTable;
}
