import { notFound } from '../../../core/errors.ts';
import type { Principal } from '../../authentication/index.ts';
import { isAppOwner } from './caller-identity.ts';
import type { Instance } from './instance.ts';
import type { InstanceService } from './instance-service.ts';

/**
 * The instance, before any authorization: 404 when it does not exist, or when it is hard deleted and the
 * caller is not its app owner (the same rule `InstanceService.authorized` applies).
 */
export async function visibleInstance(
  instances: InstanceService,
  caller: Principal,
  instanceGuid: string,
): Promise<Instance> {
  const instance = await instances.find(instanceGuid);
  if (instance === undefined || (instance.status.isHardDeleted && !isAppOwner(caller, instance.org))) {
    throw notFound('instance_not_found', `No instance ${instanceGuid}`);
  }
  return instance;
}

/** The instance as an answer to `caller`: hard-deleted data elements are shown only to the app owner. */
export function asSeenBy(caller: Principal, instance: Instance): Instance {
  if (isAppOwner(caller, instance.org)) return instance;
  return { ...instance, data: instance.data.filter((element) => !element.deleteStatus?.isHardDeleted) };
}
