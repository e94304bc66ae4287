export { appPrincipal } from './app-principal.ts';
export { conditionsReadData, expressionConditions } from './gateway-conditions.ts';
export { minCountIssues, type ValidationIssue } from './min-count-gate.ts';
export { ProcessEngineError } from './process-engine-error.ts';
export { type NextRequest, ProcessExecutor, type StartRequest } from './process-executor.ts';
export type { ProcessExecutorDeps } from './process-executor-deps.ts';
export {
  nextTransition,
  type ProcessEventStep,
  type ProcessTransition,
  startTransition,
} from './process-transition.ts';
export { type FlowCondition, resolveNext } from './resolve-next.ts';
export { actionsOfTask, defaultActionFor, isAbandoning } from './task-actions.ts';
export { TaskStart, type TaskStartDeps } from './task-start.ts';
