import type { Principal } from '../../../platform/authentication/index.ts';
import type { PolicyEnforcementPoint } from '../../../platform/authorization/index.ts';
import type { ProcessHistoryItem, ProcessService } from '../../../platform/storage/index.ts';
import type { LoadedApp } from '../../loader/index.ts';
import { ProcessEngineError, type ProcessExecutor } from '../../process/engine/index.ts';
import type { AppInstanceService, InstanceTarget } from '../instances/index.ts';
import { type AppProcessState, appProcessState } from './app-process-state.ts';

export interface AppProcessServiceDeps {
  readonly instances: AppInstanceService;
  readonly processes: ProcessService;
  readonly executor: ProcessExecutor;
  readonly pep: PolicyEnforcementPoint;
}

const MAX_MOVES = 100;

/** The App API's process: its state with the caller's actions, `next`, and the history. */
export class AppProcessService {
  constructor(private readonly deps: AppProcessServiceDeps) {}

  async state(caller: Principal, app: LoadedApp, target: InstanceTarget): Promise<AppProcessState> {
    const instance = await this.deps.instances.get(caller, app, target);
    return appProcessState(this.deps.pep, caller, app, instance);
  }

  async start(
    caller: Principal,
    app: LoadedApp,
    target: InstanceTarget,
    startEvent?: string,
  ): Promise<AppProcessState> {
    const started = await this.deps.executor.start(caller, app, {
      ...target,
      ...(startEvent ? { startEvent } : {}),
    });
    return appProcessState(this.deps.pep, caller, app, started);
  }

  async next(
    caller: Principal,
    app: LoadedApp,
    target: InstanceTarget,
    action?: string,
  ): Promise<AppProcessState> {
    const moved = await this.deps.executor.next(caller, app, { ...target, ...(action ? { action } : {}) });
    return appProcessState(this.deps.pep, caller, app, moved);
  }

  /** `completeProcess`: `next` with each task's default actions until the process ends (at most 100 moves). */
  async complete(caller: Principal, app: LoadedApp, target: InstanceTarget): Promise<AppProcessState> {
    for (let moves = 0; moves < MAX_MOVES; moves++) {
      const moved = await this.deps.executor.next(caller, app, target);
      if (moved.process?.ended !== undefined) return appProcessState(this.deps.pep, caller, app, moved);
    }
    throw new ProcessEngineError(`The process did not end within ${MAX_MOVES} moves`);
  }

  async history(
    caller: Principal,
    app: LoadedApp,
    target: InstanceTarget,
  ): Promise<{ processHistory: ProcessHistoryItem[] }> {
    await this.deps.instances.get(caller, app, target);
    return { processHistory: await this.deps.processes.history(caller, target.instanceGuid) };
  }
}
