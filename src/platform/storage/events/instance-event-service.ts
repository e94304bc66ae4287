import { badRequest, notFound } from '../../../core/errors.ts';
import type { Principal } from '../../authentication/index.ts';
import type { InstanceEvent } from '../instances/instance.ts';
import type { StorageDb } from '../instances/instance-repository.ts';
import type { InstanceService } from '../instances/instance-service.ts';
import { type ClientEventInput, clientEvent } from './client-event.ts';
import type { InstanceEventRepository } from './instance-event-repository.ts';
import { parseTimestamp } from './timestamp.ts';
import { refusingDuplicateEvents } from './unique-violation.ts';

export interface InstanceEventServiceDeps {
  readonly db: StorageDb;
  readonly instances: InstanceService;
  readonly events: InstanceEventRepository;
  readonly now?: () => Date;
}

export interface EventListQuery {
  readonly eventTypes?: readonly string[];
  readonly from?: string;
  readonly to?: string;
}

function timestamp(name: string, value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const parsed = parseTimestamp(value);
  if (parsed === undefined) throw badRequest('invalid_timestamp', `\`${name}\` is not a timestamp: ${value}`);
  return parsed;
}

/** The audit trail of an instance as clients use it: add an event, list them, read one. All need `read`. */
export class InstanceEventService {
  constructor(private readonly deps: InstanceEventServiceDeps) {}

  /** Stores an event sent by a client (apps post theirs with only read rights, as Altinn allows). */
  async add(
    caller: Principal,
    instanceGuid: string,
    input: ClientEventInput | undefined,
  ): Promise<InstanceEvent> {
    const instance = await this.deps.instances.authorized(caller, instanceGuid, 'read');
    const now = (this.deps.now?.() ?? new Date()).toISOString();
    const event = clientEvent(input ?? {}, instance, now, { requireUser: false });
    await refusingDuplicateEvents(() => this.deps.events.insert(this.deps.db, event));
    return event;
  }

  /** Events by time of creation; `from` and `to` filter only when both are given, as in Altinn. */
  async list(caller: Principal, instanceGuid: string, query: EventListQuery): Promise<InstanceEvent[]> {
    await this.deps.instances.authorized(caller, instanceGuid, 'read');
    const from = timestamp('from', query.from);
    const to = timestamp('to', query.to);
    const range = from !== undefined && to !== undefined ? { from, to } : {};
    const eventTypes = (query.eventTypes ?? []).filter((type) => type !== '');
    return this.deps.events.list(this.deps.db, instanceGuid, { eventTypes, ...range });
  }

  async get(caller: Principal, instanceGuid: string, eventGuid: string): Promise<InstanceEvent> {
    await this.deps.instances.authorized(caller, instanceGuid, 'read');
    const event = await this.deps.events.findForInstance(this.deps.db, instanceGuid, eventGuid);
    if (event === undefined)
      throw notFound('event_not_found', `No event ${eventGuid} on instance ${instanceGuid}`);
    return event;
  }
}
