import type { Principal } from '../../../platform/authentication/index.ts';
import type { PolicyEnforcementPoint } from '../../../platform/authorization/index.ts';
import type { DataElementService } from '../../../platform/storage/data/index.ts';
import type {
  InstanceLockService,
  InstanceService,
  ProcessService,
} from '../../../platform/storage/index.ts';
import type { SigningService } from '../../../platform/storage/signing/index.ts';
import type { TaskStart } from './task-start.ts';

/** The Storage and PDP services the engine drives (in-process, never HTTP). */
export interface ProcessExecutorDeps {
  readonly instances: InstanceService;
  readonly processes: ProcessService;
  readonly elements: DataElementService;
  readonly locks: InstanceLockService;
  readonly pep: PolicyEnforcementPoint;
  /** Unlocks and auto-creates the data of a task the process enters. */
  readonly taskStart: TaskStart;
  /** Records the signature of the `sign` action in signing tasks. */
  readonly signing: SigningService;
  /** Who acts for the app itself (e.g. the delete at the end when `autoDeleteOnProcessEnd`). */
  readonly appPrincipal: (org: string) => Principal;
}
