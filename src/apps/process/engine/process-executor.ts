import { conflict, forbidden, notFound, ProblemError } from '../../../core/errors.ts';
import type { Principal } from '../../../platform/authentication/index.ts';
import {
  actionsForTaskType,
  type Instance,
  instanceResource,
  performedBy,
  platformUserOf,
} from '../../../platform/storage/index.ts';
import type { MemoryDataElement } from '../../expressions/index.ts';
import type { LoadedApp } from '../../loader/index.ts';
import { taskById } from '../definition/index.ts';
import { parseFormData } from './form-data.ts';
import { conditionsReadData, expressionConditions } from './gateway-conditions.ts';
import { minCountIssues } from './min-count-gate.ts';
import type { ProcessExecutorDeps } from './process-executor-deps.ts';
import type { ProcessTransition } from './process-transition.ts';
import { nextTransition, startTransition } from './process-transition.ts';
import { readText } from './read-text.ts';
import { runSignAction } from './sign-action.ts';
import { isAbandoning } from './task-actions.ts';

const LOCK_SECONDS = 300;

export interface StartRequest {
  readonly partyId: number;
  readonly instanceGuid: string;
  readonly startEvent?: string;
}

export interface NextRequest {
  readonly partyId: number;
  readonly instanceGuid: string;
  readonly action?: string;
}

/** `process/next` (app-api.md §3.3): authorize, lock, validate, navigate, handle task end/start, persist. */
export class ProcessExecutor {
  constructor(private readonly deps: ProcessExecutorDeps) {}

  async next(caller: Principal, app: LoadedApp, request: NextRequest): Promise<Instance> {
    const instance = await this.instanceOf(app, request);
    const task = this.currentTask(app, instance);
    await this.authorize(caller, instance, task.taskType, request.action);

    const target = { partyId: request.partyId, instanceGuid: request.instanceGuid };
    const token = await this.deps.locks.acquire(caller, target, LOCK_SECONDS).catch((error: unknown) => {
      if (error instanceof ProblemError && error.status === 409) {
        throw conflict('process_locked', 'Another process/next is running for this instance');
      }
      throw error;
    });
    try {
      const locked = await this.instanceOf(app, request);
      if (locked.process?.currentTask?.elementId !== task.id) {
        throw conflict('process_moved', 'The process moved on while this request waited');
      }
      return await this.move(caller, app, locked, task.id, request.action);
    } finally {
      await this.deps.locks.extend(target, token, 0).catch(() => undefined);
    }
  }

  /** `process/start` for an instance created without a process (app-api.md §3.4); needs `instantiate`. */
  async start(caller: Principal, app: LoadedApp, request: StartRequest): Promise<Instance> {
    const instance = await this.instanceOf(app, request);
    if (instance.process?.started !== undefined) {
      throw conflict('process_started', 'Process is already started. Use next.');
    }
    if (
      request.startEvent !== undefined &&
      !app.process.startEvents.some((event) => event.id === request.startEvent)
    ) {
      throw conflict('no_start_event', 'No matching startevent');
    }
    if (!(await this.deps.pep.authorize(caller, 'instantiate', instanceResource(instance)))) {
      throw forbidden(`The caller may not start the process of instance ${instance.id}`);
    }
    const transition = startTransition(app.process, new Date().toISOString(), () => false);
    const guid = this.guidOf(instance);
    const { instances } = this.deps;
    const started = await instances.change(guid, (current, now) => {
      if (current.process?.started !== undefined) {
        throw conflict('process_started', 'Process is already started. Use next.');
      }
      const next = {
        ...current,
        process: transition.state,
        lastChanged: now,
        lastChangedBy: performedBy(caller),
      };
      const events = transition.events.map((step) =>
        instances.event(caller, { ...next, process: step.state }, step.eventType, now),
      );
      return { instance: next, events };
    });
    if (transition.startedTask !== undefined) {
      await this.deps.taskStart.run(caller, app, started, transition.startedTask.id);
    }
    return (await instances.find(guid)) ?? started;
  }

  private async instanceOf(app: LoadedApp, request: NextRequest): Promise<Instance> {
    const instance = await this.deps.instances.find(request.instanceGuid);
    if (
      instance === undefined ||
      instance.appId !== app.id ||
      instance.instanceOwner.partyId !== String(request.partyId) ||
      instance.status.isHardDeleted === true
    ) {
      throw notFound('instance_not_found', `No instance ${request.partyId}/${request.instanceGuid}`);
    }
    return instance;
  }

  private currentTask(app: LoadedApp, instance: Instance) {
    const process = instance.process;
    if (process === undefined)
      throw conflict('process_missing', 'The instance is missing process information.');
    if (process.ended !== undefined) throw conflict('process_ended', 'Process is ended.');
    const elementId = process.currentTask?.elementId;
    if (elementId === undefined) throw conflict('process_not_started', 'Process is not started. Use start!');
    const task = taskById(app.process, elementId);
    if (task === undefined || process.currentTask?.altinnTaskType === undefined) {
      throw conflict('task_type_missing', 'Instance does not have current altinn task type information!');
    }
    return task;
  }

  private async authorize(caller: Principal, instance: Instance, taskType: string, action?: string) {
    const resource = instanceResource(instance);
    const actions = action === undefined ? actionsForTaskType(taskType) : [action];
    if (!(await this.deps.pep.authorizeAny(caller, actions, resource))) {
      throw forbidden(
        `User is not authorized to perform process next. Task ID: ${resource.task}. Action: ${action ?? actions.join(', ')}.`,
      );
    }
  }

  private async move(
    caller: Principal,
    app: LoadedApp,
    found: Instance,
    taskId: string,
    action: string | undefined,
  ): Promise<Instance> {
    let instance = found;
    const task = taskById(app.process, taskId);
    if (task === undefined) throw conflict('task_type_missing', `Unknown task ${taskId}`);
    const abandon = isAbandoning(task, action);
    if (task.taskType === 'signing' && (action ?? 'sign') === 'sign') {
      await runSignAction(this.deps.signing, caller, task, instance);
      instance = (await this.deps.instances.find(this.guidOf(instance))) ?? instance;
    }
    if (!abandon) {
      const issues = minCountIssues(app.metadata.dataTypes, instance, taskId);
      if (issues.length > 0) {
        throw new ProblemError(
          409,
          'validation_failed',
          'Validation failed for task',
          `${issues.length} validation errors found for task ${taskId}`,
          { validationIssues: issues },
        );
      }
    }
    const formData = conditionsReadData(app.process) ? await this.formData(caller, app, instance) : [];
    const now = new Date().toISOString();
    const transition = nextTransition(
      app.process,
      instance.process ?? {},
      now,
      abandon,
      expressionConditions(app.process, formData, action),
    );
    const guid = this.guidOf(instance);
    const locked = abandon ? [] : await this.lockTaskData(caller, app, instance, taskId);
    const moved = await this.deps.processes
      .updateWithEvents(caller, guid, {
        state: transition.state,
        events: this.eventsOf(caller, instance, transition),
      })
      .catch(async (error: unknown) => {
        // The task did not end after all: its elements are writable again, as before the call.
        for (const id of locked) await this.deps.elements.unlock(caller, guid, id).catch(() => undefined);
        throw error;
      });
    if (transition.startedTask !== undefined) {
      await this.deps.taskStart.run(caller, app, moved, transition.startedTask.id);
    }
    if (transition.ended && app.metadata.autoDeleteOnProcessEnd === true) {
      return this.deps.instances.delete(this.deps.appPrincipal(app.org), guid, true);
    }
    return (await this.deps.instances.find(guid)) ?? moved;
  }

  private guidOf(instance: Instance): string {
    return instance.id.split('/')[1] ?? '';
  }

  private eventsOf(caller: Principal, instance: Instance, transition: ProcessTransition) {
    const user = platformUserOf(caller);
    return transition.events.map((event) => ({
      instanceId: instance.id,
      eventType: event.eventType,
      created: new Date().toISOString(),
      user,
      processInfo: event.state,
    }));
  }

  private async formData(
    caller: Principal,
    app: LoadedApp,
    instance: Instance,
  ): Promise<MemoryDataElement[]> {
    const formTypes = new Set(
      app.metadata.dataTypes.filter((type) => type.appLogic?.classRef !== undefined).map((type) => type.id),
    );
    const elements = instance.data.filter(
      (element) => formTypes.has(element.dataType) && element.deleteStatus?.isHardDeleted !== true,
    );
    const loaded: MemoryDataElement[] = [];
    for (const element of elements) {
      const content = await this.deps.elements.content(caller, this.guidOf(instance), element.id);
      const text = await readText(content.stream);
      loaded.push({
        dataType: element.dataType,
        id: element.id,
        data: parseFormData(element.contentType, text),
      });
    }
    return loaded;
  }

  private elementsOfTask(app: LoadedApp, instance: Instance, taskId: string) {
    const types = new Set(
      app.metadata.dataTypes.filter((type) => type.taskId === taskId).map((type) => type.id),
    );
    return instance.data.filter((element) => types.has(element.dataType));
  }

  /** Locks the task's unlocked elements; answers the ids it locked. */
  private async lockTaskData(caller: Principal, app: LoadedApp, instance: Instance, taskId: string) {
    const locked: string[] = [];
    for (const element of this.elementsOfTask(app, instance, taskId)) {
      if (element.locked === true) continue;
      await this.deps.elements.lock(caller, this.guidOf(instance), element.id);
      locked.push(element.id);
    }
    return locked;
  }
}
