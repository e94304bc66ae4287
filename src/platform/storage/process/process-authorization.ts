import { forbidden } from '../../../core/errors.ts';
import type { Principal } from '../../authentication/index.ts';
import type { Instance, ProcessState } from '../instances/instance.ts';
import {
  actionsForTaskType,
  type InstanceAuthorizer,
  instanceResource,
} from '../instances/instance-authorizer.ts';

export interface ProcessChangeCheck {
  /** Any one of these suffices. */
  readonly actions: readonly string[];
  /** The task the PDP is asked about. */
  readonly task: string | undefined;
}

/**
 * What a process change asks of the caller (Storage's process authorizer): the actions of the current
 * task's type; `reject` on the current task when the change abandons it; the target task's actions when
 * the flow is neither "complete" nor "abandon" (gateways and the like). No current task: nothing allows it.
 */
export function processChangeCheck(instance: Instance, next: ProcessState | undefined): ProcessChangeCheck {
  const current = instance.process?.currentTask;
  if (current === undefined) return { actions: [], task: undefined };
  const flowType = next?.currentTask?.flowType;
  if (flowType === 'AbandonCurrentMoveToNext') return { actions: ['reject'], task: current.elementId };
  if (flowType !== undefined && flowType !== 'CompleteCurrentMoveToNext') {
    return {
      actions: actionsForTaskType(next?.currentTask?.altinnTaskType),
      task: next?.currentTask?.elementId,
    };
  }
  return { actions: actionsForTaskType(current.altinnTaskType), task: current.elementId };
}

/** 403 unless the PDP permits one of the actions the change asks for, on the task it concerns. */
export async function requireProcessChange(
  authorizer: InstanceAuthorizer,
  caller: Principal,
  instance: Instance,
  next: ProcessState | undefined,
): Promise<void> {
  const check = processChangeCheck(instance, next);
  const { task: _task, endEvent: _endEvent, ...base } = instanceResource(instance);
  const resource = check.task === undefined ? base : { ...base, task: check.task };
  for (const action of check.actions) {
    if (await authorizer.mayOn(caller, action, resource)) return;
  }
  throw forbidden(`The caller may not change the process of instance ${instance.id}`);
}
