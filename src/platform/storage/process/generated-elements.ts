import { sql } from 'kysely';
import type { DataElement } from '../instances/instance.ts';
import type { StorageExecutor } from '../instances/instance-repository.ts';
import { toDataElement } from '../instances/instance-repository.ts';

/**
 * Deletes the rows of data elements generated from `taskId` (references GeneratedFrom/Task/taskId), such as
 * the PDF or signatures a task produced before, and returns them. Their bytes stay for the caller to remove
 * after the commit.
 */
export async function deleteElementsGeneratedFromTask(
  executor: StorageExecutor,
  instanceGuid: string,
  taskId: string,
): Promise<DataElement[]> {
  const reference = JSON.stringify([{ relation: 'GeneratedFrom', valueType: 'Task', value: taskId }]);
  const rows = await executor
    .deleteFrom('storage_data_element')
    .where('instance_guid', '=', instanceGuid)
    .where(sql<boolean>`element -> 'references' @> ${reference}::jsonb`)
    .returning('element')
    .execute();
  return rows.map(toDataElement);
}
