import { badRequest } from '../../../core/errors.ts';
import type { Principal } from '../../authentication/index.ts';
import { statusAfterDataChange } from '../data/element-documents.ts';
import { type ClientEventInput, clientEvent } from '../events/client-event.ts';
import type { InstanceEventRepository } from '../events/instance-event-repository.ts';
import { refusingDuplicateEvents } from '../events/unique-violation.ts';
import { performedBy } from '../instances/caller-identity.ts';
import type { DataElement, Instance, InstanceEvent } from '../instances/instance.ts';
import type { InstanceAuthorizer } from '../instances/instance-authorizer.ts';
import type { StorageDb } from '../instances/instance-repository.ts';
import type { InstanceService } from '../instances/instance-service.ts';
import { asSeenBy, visibleInstance } from '../instances/visible-instance.ts';
import type { DeletedContent } from './deleted-content.ts';
import { deleteElementsGeneratedFromTask } from './generated-elements.ts';
import { requireProcessChange } from './process-authorization.ts';
import { PROCESS_EVENT_TYPES, type ProcessHistoryItem, processHistoryOf } from './process-history.ts';
import { type ProcessStateInput, processStateFrom } from './process-state.ts';
import { isAtSigningTask, withProcessState } from './process-transition.ts';

export interface ProcessServiceDeps {
  readonly db: StorageDb;
  readonly instances: InstanceService;
  readonly authorizer: InstanceAuthorizer;
  readonly events: InstanceEventRepository;
  /** Removes the bytes of deleted generated elements; without it the bytes are left where they are. */
  readonly deletedContent?: DeletedContent;
  /** Told when removing those bytes after the commit fails; the process change itself has succeeded. */
  readonly onError?: (error: unknown) => void;
}

export interface ProcessUpdateInput {
  readonly state?: ProcessStateInput | null;
  readonly events?: readonly ClientEventInput[] | null;
}

export interface ProcessUpdateOptions {
  /** Delete the elements generated from the target task (default true; Altinn apps send false to opt out). */
  readonly deleteGeneratedElements?: boolean;
}

/**
 * The process of an instance as Storage keeps it: the app computes the next state and Storage records it,
 * authorized by the task the change concerns, archiving the instance when the process ends.
 */
export class ProcessService {
  constructor(private readonly deps: ProcessServiceDeps) {}

  /** `PUT …/process`: replaces the process state. */
  async update(
    caller: Principal,
    instanceGuid: string,
    input: ProcessStateInput | undefined,
  ): Promise<Instance> {
    const { instances } = this.deps;
    const instance = await visibleInstance(instances, caller, instanceGuid);
    const state = input ? processStateFrom(input) : undefined;
    await requireProcessChange(this.deps.authorizer, caller, instance, state);
    if (state === undefined) throw badRequest('missing_process_state', 'The body must be a ProcessState');
    const changed = await instances.change(instanceGuid, (current, now) => {
      const next = withProcessState(current, state, now, performedBy(caller));
      const events = isAtSigningTask(state) ? [instances.event(caller, next, 'SentToSign', now)] : [];
      return { instance: next, events };
    });
    return asSeenBy(caller, changed);
  }

  /**
   * `PUT …/process/instanceandevents`: the new state and the app's events in one transaction, after
   * deleting the elements generated from the target task (their `Deleted` events go in the same transaction,
   * and a Read instance with no read element left becomes Unread, as when an element is deleted).
   */
  async updateWithEvents(
    caller: Principal,
    instanceGuid: string,
    input: ProcessUpdateInput | undefined,
    options: ProcessUpdateOptions = {},
  ): Promise<Instance> {
    const { instances } = this.deps;
    const instance = await visibleInstance(instances, caller, instanceGuid);
    const state = input?.state ? processStateFrom(input.state) : undefined;
    await requireProcessChange(this.deps.authorizer, caller, instance, state);
    if (state === undefined) throw badRequest('missing_process_state', 'The body must have `state`');
    const received = new Date().toISOString();
    const appEvents = (input?.events ?? []).map((event) =>
      clientEvent(event, instance, received, { requireUser: true }),
    );

    const targetTask = state.currentTask?.elementId;
    const deleteGenerated = options.deleteGeneratedElements !== false && targetTask !== undefined;
    let deleted: DataElement[] = [];
    const changed = await refusingDuplicateEvents(() =>
      this.deps.db.transaction().execute(async (trx) => {
        deleted = deleteGenerated ? await deleteElementsGeneratedFromTask(trx, instanceGuid, targetTask) : [];
        if (deleted.length > 0) await this.deps.deletedContent?.release(trx, deleted);
        return instances.change(
          instanceGuid,
          (current, now) => {
            const moved = withProcessState(current, state, now, performedBy(caller));
            const next =
              deleted.length > 0
                ? { ...moved, status: statusAfterDataChange(moved.status, moved.data) }
                : moved;
            const events: InstanceEvent[] = [
              ...deleted.map((element) => instances.event(caller, next, 'Deleted', now, element.id)),
              ...appEvents,
              ...(isAtSigningTask(state) ? [instances.event(caller, next, 'SentToSign', now)] : []),
            ];
            return { instance: next, events };
          },
          trx,
        );
      }),
    );
    if (deleted.length > 0) await this.afterElementsDeleted(deleted);
    return asSeenBy(caller, changed);
  }

  /** `GET …/process/history`, built from the instance's process events. */
  async history(caller: Principal, instanceGuid: string): Promise<ProcessHistoryItem[]> {
    await this.deps.instances.authorized(caller, instanceGuid, 'read');
    const events = await this.deps.events.list(this.deps.db, instanceGuid, {
      eventTypes: PROCESS_EVENT_TYPES,
    });
    return processHistoryOf(events);
  }

  private async afterElementsDeleted(elements: readonly DataElement[]): Promise<void> {
    if (this.deps.deletedContent === undefined) return;
    try {
      await this.deps.deletedContent.remove(elements);
    } catch (error) {
      this.deps.onError?.(error);
    }
  }
}
