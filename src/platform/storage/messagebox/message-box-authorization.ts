import type { Principal } from '../../authentication/index.ts';
import type { AuthorizationCheck, PolicyEnforcementPoint } from '../../authorization/index.ts';
import type { Instance } from '../instances/instance.ts';
import { instanceResource } from '../instances/instance-authorizer.ts';
import type { MessageBoxRights } from './message-box-model.ts';

const ALWAYS = ['read', 'write', 'delete'] as const;

function isSigningTask(instance: Instance): boolean {
  return instance.process?.currentTask?.altinnTaskType?.toLowerCase() === 'signing';
}

/**
 * What the caller may do with each instance, from one PDP multi-decision: `read`, `write` and `delete`
 * always, `sign` for instances in a signing task, `instantiate` where `askInstantiate` says so (a new
 * copy of an archived instance). Call it outside any database transaction: the PDP reads the database.
 */
export async function decideRights(
  pep: PolicyEnforcementPoint,
  caller: Principal,
  instances: readonly Instance[],
  askInstantiate: (instance: Instance) => boolean = () => false,
): Promise<MessageBoxRights[]> {
  const checks: AuthorizationCheck[] = [];
  const slots: Map<string, number>[] = instances.map((instance) => {
    const resource = instanceResource(instance);
    const actions: string[] = [...ALWAYS];
    if (isSigningTask(instance)) actions.push('sign');
    if (askInstantiate(instance)) actions.push('instantiate');
    const slot = new Map<string, number>();
    for (const action of actions) {
      slot.set(action, checks.length);
      checks.push({ action, resource });
    }
    return slot;
  });
  const permitted = await pep.authorizeMany(caller, checks);
  return slots.map((slot) => {
    const may = (action: string) => {
      const index = slot.get(action);
      return index !== undefined && permitted[index] === true;
    };
    return {
      read: may('read'),
      write: may('write'),
      delete: may('delete'),
      sign: may('sign'),
      instantiate: may('instantiate'),
    };
  });
}
