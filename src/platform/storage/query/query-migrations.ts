import { type Kysely, sql } from 'kysely';
import type { MigrationSet } from '../../../core/database/index.ts';

/**
 * Indexes for the filters of `GET /instances` beyond the owner/app/org keys of the core table, which
 * already has (party_id, last_changed, id), (app_id, last_changed, id) and (org, last_changed, id).
 * Every query has one of those keys (service owners must give org or appId, users a party), is ordered by
 * (last_changed, id) and stops after one page, so a filter only needs an index of its own when it is
 * selective within an app or org; the plans checked are in this folder's README.md.
 */
export const STORAGE_QUERY_MIGRATIONS: MigrationSet = {
  '0610_storage_instance_query_indexes': {
    async up(db: Kysely<unknown>) {
      // process.currentTask within an app, in page order.
      await sql`create index storage_instance_app_task
        on storage_instance (app_id, task_id, last_changed, id) where task_id is not null`.execute(db);
      // process.isComplete=false: instances at a task, usually few beside the finished ones.
      await sql`create index storage_instance_app_active
        on storage_instance (app_id, last_changed, id) where task_id is not null`.execute(db);
      // Service-owner polling (process.isComplete=true or status.isArchived=true, with
      // excludeConfirmedBy=<own org>): what is finished and not yet confirmed, by app and by org.
      await sql`create index storage_instance_app_unconfirmed
        on storage_instance (app_id, last_changed, id)
        where not confirmed and (process_ended is not null or is_archived)`.execute(db);
      await sql`create index storage_instance_org_unconfirmed
        on storage_instance (org, last_changed, id)
        where not confirmed and (process_ended is not null or is_archived)`.execute(db);
      // status.isSoftDeleted=true / status.isHardDeleted=true (a hard delete is also soft).
      await sql`create index storage_instance_app_deleted
        on storage_instance (app_id, last_changed, id) where is_soft_deleted or is_hard_deleted`.execute(db);
      // created ranges: a narrow one is fetched through this and sorted (see InstanceQueryRepository).
      await sql`create index storage_instance_app_created on storage_instance (app_id, created, id)`.execute(
        db,
      );
      // dueBefore: few instances have a deadline, so this stays small and the planner knows it.
      await sql`create index storage_instance_app_due
        on storage_instance (app_id, due_before) where due_before is not null`.execute(db);
      // archiveReference / A3Ref: the guid ends with a value, a prefix of the reversed guid.
      await sql`create index storage_instance_guid_suffix
        on storage_instance (reverse(instance_guid::text) text_pattern_ops)`.execute(db);
    },
  },
};
