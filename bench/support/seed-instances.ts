import { type Kysely, sql } from 'kysely';

/** The bench data's shape: apps, parties and the one party whose user the party query runs as. */
export const SEED = {
  apps: 50,
  parties: 100_000,
  /** DAGL of this party is user 20001 in Tinn's default test set. */
  benchParty: 520101,
  benchUserId: 20001,
  appId: (index: number) => `${index % 2 === 0 ? 'ttd' : 'tinn'}/bench-app-${index}`,
} as const;

/**
 * Inserts instances `from`..`to` (1-based) with one data element each, straight into the tables with
 * `generate_series` (bench only). Roughly 70% have ended (most confirmed by their org, 5% not), the rest
 * sit at Task_1 or Task_2; 1% are soft deleted, 0.2% hard deleted; lastChanged values repeat now and then
 * (whole seconds), so paging meets ties; 2% have a dueBefore. Every `benchStride`-th instance belongs to the bench party.
 */
export async function seedInstances(
  db: Kysely<unknown>,
  range: { from: number; to: number; benchStride: number },
): Promise<void> {
  await sql`
    with base as (
      select i,
        case when i % ${range.benchStride}::int = 0 then ${SEED.benchParty}::int
             else 600000 + (i::bigint * 7) % ${SEED.parties}::int end as party,
        i % ${SEED.apps}::int as app_no,
        -- The instance's number within its app, so every app gets the same mix of states.
        i / ${SEED.apps}::int as k,
        timestamptz '2024-01-01' + make_interval(secs => i * 30) as created
      from generate_series(${range.from}::int, ${range.to}::int) as i
    ), shaped as (
      select *,
        case when app_no % 2 = 0 then 'ttd' else 'tinn' end as org,
        created + make_interval(secs => (i::bigint * 7919) % 86400) as changed,
        k % 10 < 7 as ended,
        case when k % 10 = 9 then 'Task_2' when k % 10 >= 7 then 'Task_1' end as task,
        k % 10 < 7 and k % 20 <> 0 as confirmed,
        k % 100 = 1 as soft,
        k % 500 = 1 as hard,
        case when k % 50 = 3 then created + interval '30 days' end as due
      from base
    ), texts as (
      select *, org || '/bench-app-' || app_no as app,
        to_char(created at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as created_text,
        to_char(changed at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as changed_text,
        to_char(due at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as due_text
      from shaped
    ), inserted as (
      insert into storage_instance (instance_guid, party_id, org, app_id, created, last_changed, task_id,
        process_ended, visible_after, due_before, is_archived, is_soft_deleted, is_hard_deleted,
        confirmed_by, confirmed, instance)
      select gen_random_uuid(), party, org, app, created, changed, task,
        case when ended then changed end, created, due, ended, soft, hard,
        case when confirmed then array[org] else '{}'::text[] end, confirmed,
        jsonb_strip_nulls(jsonb_build_object(
          'instanceOwner', jsonb_build_object('partyId', party::text),
          'appId', app,
          'org', org,
          'visibleAfter', created_text,
          'dueBefore', due_text,
          'process', case when ended
            then jsonb_build_object('started', created_text, 'startEvent', 'StartEvent_1',
              'ended', changed_text, 'endEvent', 'EndEvent_1')
            else jsonb_build_object('started', created_text, 'startEvent', 'StartEvent_1',
              'currentTask', jsonb_build_object('flow', 2, 'started', created_text, 'elementId', task,
                'name', 'Utfylling', 'altinnTaskType', 'data', 'flowType', 'CompleteCurrentMoveToNext'))
            end,
          'status', jsonb_build_object('isArchived', ended, 'archived', case when ended then changed_text end,
            'isSoftDeleted', soft, 'isHardDeleted', hard, 'readStatus', 'Read'),
          'completeConfirmations', case when confirmed
            then jsonb_build_array(jsonb_build_object('stakeholderId', org, 'confirmedOn', changed_text)) end,
          'dataValues', jsonb_build_object('kind', 'bench', 'reference', 'BENCH-' || i),
          'presentationTexts', jsonb_build_object('title', 'Søknad nummer ' || i),
          'created', created_text,
          'createdBy', ${String(SEED.benchUserId)}::text,
          'lastChanged', changed_text,
          'lastChangedBy', ${String(SEED.benchUserId)}::text
        ))
      from texts
      returning id, instance_guid, app_id, created
    )
    insert into storage_data_element (data_guid, instance_id, instance_guid, data_type, created, element)
    select guid, id, instance_guid, 'model', created,
      jsonb_build_object('id', guid, 'instanceGuid', instance_guid, 'dataType', 'model',
        'contentType', 'application/xml', 'filename', 'model.xml',
        'blobStoragePath', app_id || '/' || instance_guid || '/data/' || guid,
        'size', 2048, 'locked', false, 'isRead', true,
        'created', to_char(created at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
        'createdBy', ${String(SEED.benchUserId)}::text)
    from (select *, gen_random_uuid() as guid from inserted) as element
  `.execute(db);
}
