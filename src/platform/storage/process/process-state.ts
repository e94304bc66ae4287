import { badRequest } from '../../../core/errors.ts';
import { parseTimestamp } from '../events/timestamp.ts';
import type { ProcessElementInfo, ProcessState } from '../instances/instance.ts';
import { withoutEmpty } from '../instances/instance.ts';

type Loose<T> = { readonly [K in keyof T]?: T[K] | null };

export type ProcessElementInput = Loose<Omit<ProcessElementInfo, 'validated'>> & {
  readonly validated?: Loose<NonNullable<ProcessElementInfo['validated']>> | null;
};

export type ProcessStateInput = Loose<Omit<ProcessState, 'currentTask'>> & {
  readonly currentTask?: ProcessElementInput | null;
};

/** A timestamp of the state in UTC; 400 when unreadable. */
function utc(value: string | null | undefined, name: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  const parsed = parseTimestamp(value);
  if (parsed === undefined)
    throw badRequest('invalid_process_state', `\`${name}\` is not a timestamp: ${value}`);
  return parsed.toISOString();
}

function elementFrom(input: ProcessElementInput): ProcessElementInfo {
  return withoutEmpty({
    flow: input.flow,
    started: utc(input.started, 'currentTask.started'),
    elementId: input.elementId,
    name: input.name,
    altinnTaskType: input.altinnTaskType,
    ended: utc(input.ended, 'currentTask.ended'),
    flowType: input.flowType,
    validated: input.validated
      ? {
          timestamp: utc(input.validated.timestamp, 'currentTask.validated.timestamp'),
          canCompleteTask: input.validated.canCompleteTask,
        }
      : undefined,
  }) as ProcessElementInfo;
}

/**
 * The ProcessState a client sent, with only the members of Altinn's model (others are dropped, as .NET binding
 * does) and its timestamps in UTC.
 */
export function processStateFrom(input: ProcessStateInput): ProcessState {
  return withoutEmpty({
    started: utc(input.started, 'started'),
    startEvent: input.startEvent,
    currentTask: input.currentTask ? elementFrom(input.currentTask) : undefined,
    ended: utc(input.ended, 'ended'),
    endEvent: input.endEvent,
  }) as ProcessState;
}
