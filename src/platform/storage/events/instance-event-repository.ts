import type { InstanceEvent } from '../instances/instance.ts';
import { withoutEmpty } from '../instances/instance.ts';
import type { StorageExecutor } from '../instances/instance-repository.ts';

/** Instance events: an append-only audit trail per instance. */
export class InstanceEventRepository {
  async insert(executor: StorageExecutor, event: InstanceEvent): Promise<void> {
    const instanceGuid = event.instanceId.split('/')[1] ?? event.instanceId;
    await executor
      .insertInto('storage_instance_event')
      .values({
        event_guid: event.id,
        instance_guid: instanceGuid,
        event_type: event.eventType,
        created: new Date(event.created),
        event: JSON.stringify(withoutEmpty(event)),
      })
      .execute();
  }

  async list(
    executor: StorageExecutor,
    instanceGuid: string,
    filter: { eventTypes?: readonly string[]; from?: Date; to?: Date } = {},
  ): Promise<InstanceEvent[]> {
    let query = executor
      .selectFrom('storage_instance_event')
      .select('event')
      .where('instance_guid', '=', instanceGuid);
    if (filter.eventTypes !== undefined && filter.eventTypes.length > 0) {
      query = query.where('event_type', 'in', [...filter.eventTypes]);
    }
    if (filter.from !== undefined) query = query.where('created', '>=', filter.from);
    if (filter.to !== undefined) query = query.where('created', '<=', filter.to);
    const rows = await query.orderBy('created').orderBy('id').execute();
    return rows.map((row) => row.event as InstanceEvent);
  }

  async find(executor: StorageExecutor, eventGuid: string): Promise<InstanceEvent | undefined> {
    const row = await executor
      .selectFrom('storage_instance_event')
      .select('event')
      .where('event_guid', '=', eventGuid)
      .executeTakeFirst();
    return row?.event as InstanceEvent | undefined;
  }

  /** One event of one instance; undefined when it does not exist or belongs to another instance. */
  async findForInstance(
    executor: StorageExecutor,
    instanceGuid: string,
    eventGuid: string,
  ): Promise<InstanceEvent | undefined> {
    const row = await executor
      .selectFrom('storage_instance_event')
      .select('event')
      .where('event_guid', '=', eventGuid)
      .where('instance_guid', '=', instanceGuid)
      .executeTakeFirst();
    return row?.event as InstanceEvent | undefined;
  }
}
