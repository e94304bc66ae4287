import type { ProcessState } from '../../../platform/storage/index.ts';
import {
  type EndEvent,
  isEndEvent,
  type ProcessDefinition,
  type ProcessTask,
  startEvent,
} from '../definition/index.ts';
import { ProcessEngineError } from './process-engine-error.ts';
import { type FlowCondition, resolveNext } from './resolve-next.ts';

/** One process event to record, with the state it leaves the process in. */
export interface ProcessEventStep {
  readonly eventType:
    | 'process_StartEvent'
    | 'process_StartTask'
    | 'process_EndTask'
    | 'process_AbandonTask'
    | 'process_EndEvent'
    | 'Submited';
  readonly state: ProcessState;
}

export interface ProcessTransition {
  readonly state: ProcessState;
  readonly events: readonly ProcessEventStep[];
  /** The task left, when the transition leaves one. */
  readonly endedTask?: string;
  /** The task entered, when the process reaches one. */
  readonly startedTask?: ProcessTask;
  readonly ended: boolean;
}

function enter(
  previous: ProcessState,
  target: ProcessTask | EndEvent,
  now: string,
  flow: number,
  flowType: string,
): { state: ProcessState; events: ProcessEventStep[] } {
  if (isEndEvent(target)) {
    const state: ProcessState = { ...withoutTask(previous), ended: now, endEvent: target.id };
    return {
      state,
      events: [
        { eventType: 'process_EndEvent', state },
        { eventType: 'Submited', state },
      ],
    };
  }
  const state: ProcessState = {
    ...withoutTask(previous),
    currentTask: {
      flow,
      started: now,
      elementId: target.id,
      ...(target.name === undefined ? {} : { name: target.name }),
      altinnTaskType: target.taskType,
      flowType,
    },
  };
  return { state, events: [{ eventType: 'process_StartTask', state }] };
}

function withoutTask(state: ProcessState): ProcessState {
  const { currentTask: _currentTask, ...rest } = state;
  return rest;
}

/** The start of a process: the start event, then the first task reached from it. */
export function startTransition(
  definition: ProcessDefinition,
  now: string,
  holds: FlowCondition,
): ProcessTransition {
  const start = startEvent(definition);
  const atStart: ProcessState = {
    started: now,
    startEvent: start.id,
    currentTask: { flow: 1, started: now, elementId: start.id },
  };
  const target = resolveNext(definition, start.id, holds);
  const entered = enter(atStart, target, now, 2, 'CompleteCurrentMoveToNext');
  return {
    state: entered.state,
    events: [{ eventType: 'process_StartEvent', state: atStart }, ...entered.events],
    ...(isEndEvent(target) ? {} : { startedTask: target }),
    ended: isEndEvent(target),
  };
}

/** Leaves the current task (completing it, or abandoning it on `reject`) for the next task or end event. */
export function nextTransition(
  definition: ProcessDefinition,
  current: ProcessState,
  now: string,
  abandon: boolean,
  holds: FlowCondition,
): ProcessTransition {
  const task = current.currentTask;
  if (task?.elementId === undefined) throw new ProcessEngineError('The process has no current task');
  const target = resolveNext(definition, task.elementId, holds);
  const left: ProcessState = { ...current, currentTask: { ...task, ended: now } };
  const flowType = abandon ? 'AbandonCurrentMoveToNext' : 'CompleteCurrentMoveToNext';
  const entered = enter(current, target, now, (task.flow ?? 0) + 1, flowType);
  return {
    state: entered.state,
    events: [
      { eventType: abandon ? 'process_AbandonTask' : 'process_EndTask', state: left },
      ...entered.events,
    ],
    endedTask: task.elementId,
    ...(isEndEvent(target) ? {} : { startedTask: target }),
    ended: isEndEvent(target),
  };
}
