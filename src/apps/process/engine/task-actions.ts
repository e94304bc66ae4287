import type { ProcessTask } from '../definition/index.ts';

/** The action `process/next` asks for when the caller names none (Altinn's default per task type). */
export function defaultActionFor(taskType: string): string {
  switch (taskType) {
    case 'data':
    case 'feedback':
    case 'pdf':
    case 'eFormidling':
    case 'fiksArkiv':
    case 'subformPdf':
      return 'write';
    case 'confirmation':
      return 'confirm';
    case 'signing':
      return 'sign';
    case 'payment':
      return 'pay';
    default:
      return taskType;
  }
}

/** Every action a caller may hold in a task: `read`, `write`, then those declared in the BPMN. */
export function actionsOfTask(task: ProcessTask): { readonly id: string; readonly type: string }[] {
  const declared = task.actions.filter((action) => action.id !== 'read' && action.id !== 'write');
  return [
    { id: 'read', type: 'ProcessAction' },
    { id: 'write', type: 'ProcessAction' },
    ...declared.map((action) => ({
      id: action.id,
      type: action.type === 'serverAction' ? 'ServerAction' : 'ProcessAction',
    })),
  ];
}

/** `reject` abandons the task when the task declares it. */
export function isAbandoning(task: ProcessTask, action: string | undefined): boolean {
  return action === 'reject' && task.actions.some((declared) => declared.id === 'reject');
}
