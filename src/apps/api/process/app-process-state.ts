import type { Principal } from '../../../platform/authentication/index.ts';
import type { PolicyEnforcementPoint } from '../../../platform/authorization/index.ts';
import { type Instance, instanceResource, type ProcessState } from '../../../platform/storage/index.ts';
import type { LoadedApp } from '../../loader/index.ts';
import { taskById } from '../../process/definition/index.ts';
import { actionsOfTask } from '../../process/engine/index.ts';

export interface UserAction {
  readonly id: string;
  readonly authorized: boolean;
  readonly type: string;
}

/** ProcessState with what the caller may do in the current task, and every task of the process. */
export type AppProcessState = Omit<ProcessState, 'currentTask'> & {
  currentTask?: NonNullable<ProcessState['currentTask']> & {
    actions: Record<string, boolean>;
    userActions: UserAction[];
    read: boolean;
    write: boolean;
    elementType: string;
  };
  processTasks: { altinnTaskType: string; elementId: string; elementType: string }[];
};

const elementTypeOf = (element: 'task' | 'serviceTask') =>
  element === 'serviceTask' ? 'ServiceTask' : 'Task';

/** The process of `instance` as the App API answers it, with one PDP call for every action of the task. */
export async function appProcessState(
  pep: PolicyEnforcementPoint,
  caller: Principal,
  app: LoadedApp,
  instance: Instance,
): Promise<AppProcessState> {
  const { currentTask, ...rest } = instance.process ?? {};
  const processTasks = app.process.tasks.map((task) => ({
    altinnTaskType: task.taskType,
    elementId: task.id,
    elementType: elementTypeOf(task.element),
  }));
  const task =
    currentTask?.elementId === undefined ? undefined : taskById(app.process, currentTask.elementId);
  if (currentTask === undefined || task === undefined) return { ...rest, processTasks };
  const actions = actionsOfTask(task);
  const resource = instanceResource(instance);
  const permitted = await pep.authorizeMany(
    caller,
    actions.map((action) => ({ action: action.id, resource })),
  );
  const userActions = actions.map((action, index) => ({
    id: action.id,
    authorized: permitted[index] === true,
    type: action.type,
  }));
  const processActions = Object.fromEntries(
    userActions
      .filter((action) => action.type === 'ProcessAction' && action.id !== 'read' && action.id !== 'write')
      .map((action) => [action.id, action.authorized]),
  );
  return {
    ...rest,
    currentTask: {
      ...currentTask,
      actions: processActions,
      userActions,
      read: userActions.find((action) => action.id === 'read')?.authorized === true,
      write: userActions.find((action) => action.id === 'write')?.authorized === true,
      elementType: elementTypeOf(task.element),
    },
    processTasks,
  };
}
