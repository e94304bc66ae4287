import { type Kysely, sql, type Transaction } from 'kysely';
import type { DataElement } from '../instances/instance.ts';
import { withoutEmpty } from '../instances/instance.ts';
import type { DataTables } from './data-tables.ts';

export type DataDb = Kysely<DataTables>;
export type DataExecutor = Kysely<DataTables> | Transaction<DataTables>;

function stored(element: DataElement): string {
  const { selfLinks: _links, ...rest } = element;
  return JSON.stringify(withoutEmpty(rest));
}

/** Data element rows: the element document in its wire form, with the columns queries use. */
export class DataElementRepository {
  async insert(executor: DataExecutor, element: DataElement): Promise<void> {
    await executor
      .insertInto('storage_data_element')
      .values((eb) => ({
        data_guid: element.id,
        instance_id: eb
          .selectFrom('storage_instance')
          .select('storage_instance.id')
          .where('storage_instance.instance_guid', '=', element.instanceGuid),
        instance_guid: element.instanceGuid,
        data_type: element.dataType,
        created: new Date(element.created ?? Date.now()),
        is_hard_deleted: element.deleteStatus?.isHardDeleted === true,
        element: stored(element),
      }))
      .execute();
  }

  /** Replaces the stored document of an existing element. */
  async update(executor: DataExecutor, element: DataElement): Promise<void> {
    await executor
      .updateTable('storage_data_element')
      .set({ is_hard_deleted: element.deleteStatus?.isHardDeleted === true, element: stored(element) })
      .where('data_guid', '=', element.id)
      .execute();
  }

  async delete(executor: DataExecutor, dataGuid: string): Promise<void> {
    await executor.deleteFrom('storage_data_element').where('data_guid', '=', dataGuid).execute();
  }

  /**
   * Merges `members` into the stored element in one statement (no read-modify-write race). With
   * `onlyIfUnlocked`, a locked element is left alone. Undefined when no row was changed.
   */
  async patch(
    executor: DataExecutor,
    dataGuid: string,
    members: Partial<DataElement>,
    options: { onlyIfUnlocked?: boolean } = {},
  ): Promise<DataElement | undefined> {
    let query = executor
      .updateTable('storage_data_element')
      .set({ element: sql`element || ${JSON.stringify(members)}::jsonb` })
      .where('data_guid', '=', dataGuid);
    if (options.onlyIfUnlocked)
      query = query.where(sql<boolean>`coalesce((element->>'locked')::boolean, false) = false`);
    const row = await query.returning('element').executeTakeFirst();
    return row?.element as DataElement | undefined;
  }

  async find(executor: DataExecutor, dataGuid: string): Promise<DataElement | undefined> {
    const row = await executor
      .selectFrom('storage_data_element')
      .select('element')
      .where('data_guid', '=', dataGuid)
      .executeTakeFirst();
    return row?.element as DataElement | undefined;
  }
}
