import type { Instance, ProcessState } from '../instances/instance.ts';

/**
 * The instance after a process change: the new state replaces the old, and the first change that ends the
 * process archives the instance with the process's end time. There is no unarchiving.
 */
export function withProcessState(
  current: Instance,
  next: ProcessState,
  now: string,
  changedBy: string,
): Instance {
  const ends = current.process?.ended === undefined && next.ended !== undefined;
  return {
    ...current,
    process: next,
    status: ends ? { ...current.status, isArchived: true, archived: next.ended } : current.status,
    lastChanged: now,
    lastChangedBy: changedBy,
  };
}

/** Altinn writes `SentToSign` whenever the new state's task is a signing task. */
export function isAtSigningTask(state: ProcessState): boolean {
  return state.currentTask?.altinnTaskType === 'signing';
}
