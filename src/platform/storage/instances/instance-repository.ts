import type { Kysely, Selectable, Transaction } from 'kysely';
import type { StorageDataElementTable, StorageInstanceTable, StorageTables } from '../storage-tables.ts';
import { type DataElement, type Instance, instanceIdOf, type StoredInstance } from './instance.ts';

export type StorageDb = Kysely<StorageTables>;
export type StorageExecutor = Kysely<StorageTables> | Transaction<StorageTables>;

export interface InstanceRow {
  /** Internal id, for joins and paging; never on the wire. */
  readonly internalId: number;
  readonly instance: Instance;
}

function toDate(value: string | undefined): Date | null {
  return value === undefined ? null : new Date(value);
}

/** The extracted columns the query API filters on, derived from the document so they never disagree. */
export function instanceColumns(stored: StoredInstance) {
  const confirmedBy = (stored.completeConfirmations ?? []).map((confirmation) => confirmation.stakeholderId);
  return {
    org: stored.org,
    app_id: stored.appId,
    created: new Date(stored.created),
    last_changed: new Date(stored.lastChanged),
    task_id: stored.process?.currentTask?.elementId ?? null,
    process_ended: toDate(stored.process?.ended),
    visible_after: toDate(stored.visibleAfter),
    due_before: toDate(stored.dueBefore),
    is_archived: stored.status.isArchived === true,
    is_soft_deleted: stored.status.isSoftDeleted === true,
    is_hard_deleted: stored.status.isHardDeleted === true,
    confirmed_by: confirmedBy,
    confirmed: confirmedBy.includes(stored.org),
    instance: JSON.stringify(stored),
  };
}

export function toInstance(
  row: Pick<Selectable<StorageInstanceTable>, 'party_id' | 'instance_guid' | 'instance'>,
  elements: readonly DataElement[],
): Instance {
  const stored = row.instance as StoredInstance;
  return {
    id: instanceIdOf(row.party_id, row.instance_guid),
    ...stored,
    data: [...elements],
  } as Instance;
}

export function toDataElement(row: Pick<Selectable<StorageDataElementTable>, 'element'>): DataElement {
  return row.element as DataElement;
}

/** Instances and the data elements read with them. */
export class InstanceRepository {
  constructor(readonly db: StorageDb) {}

  async insert(executor: StorageExecutor, instanceGuid: string, partyId: number, stored: StoredInstance) {
    const row = await executor
      .insertInto('storage_instance')
      .values({ instance_guid: instanceGuid, party_id: partyId, ...instanceColumns(stored) })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  /** Replaces the document (and its columns) of an instance. */
  async update(executor: StorageExecutor, internalId: number, stored: StoredInstance): Promise<void> {
    await executor
      .updateTable('storage_instance')
      .set(instanceColumns(stored))
      .where('id', '=', internalId)
      .execute();
  }

  /** The instance with its data elements (oldest first); `forUpdate` locks the row within a transaction. */
  async findByGuid(
    executor: StorageExecutor,
    instanceGuid: string,
    options: { forUpdate?: boolean } = {},
  ): Promise<InstanceRow | undefined> {
    let query = executor
      .selectFrom('storage_instance')
      .select(['id', 'party_id', 'instance_guid', 'instance'])
      .where('instance_guid', '=', instanceGuid);
    if (options.forUpdate) query = query.forUpdate();
    const row = await query.executeTakeFirst();
    if (row === undefined) return undefined;
    const elements = await executor
      .selectFrom('storage_data_element')
      .select('element')
      .where('instance_id', '=', row.id)
      .orderBy('created')
      .orderBy('id')
      .execute();
    return { internalId: row.id, instance: toInstance(row, elements.map(toDataElement)) };
  }

  async delete(executor: StorageExecutor, internalId: number): Promise<void> {
    await executor.deleteFrom('storage_instance').where('id', '=', internalId).execute();
  }
}

/** The stored document of an instance: everything but its id, links and data elements. */
export function storedPart(instance: Instance): StoredInstance {
  const { id: _id, selfLinks: _links, data: _data, ...stored } = instance;
  return stored;
}
