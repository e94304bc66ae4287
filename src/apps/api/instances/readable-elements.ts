import type { Principal } from '../../../platform/authentication/index.ts';
import type { PolicyEnforcementPoint } from '../../../platform/authorization/index.ts';
import { type Instance, instanceResource } from '../../../platform/storage/index.ts';
import type { LoadedApp } from '../../loader/index.ts';

/** The instance with only the data elements the caller may read (`actionRequiredToRead`, one PDP call). */
export async function withReadableElements(
  pep: PolicyEnforcementPoint,
  caller: Principal,
  app: LoadedApp,
  instance: Instance,
): Promise<Instance> {
  const required = new Map<string, string>();
  for (const dataType of app.metadata.dataTypes) {
    if (dataType.actionRequiredToRead !== undefined) required.set(dataType.id, dataType.actionRequiredToRead);
  }
  const actions = [...new Set(required.values())];
  if (actions.length === 0) return instance;
  const resource = instanceResource(instance);
  const permitted = await pep.authorizeMany(
    caller,
    actions.map((action) => ({ action, resource })),
  );
  const allowed = new Set(actions.filter((_action, index) => permitted[index] === true));
  return {
    ...instance,
    data: instance.data.filter((element) => {
      const action = required.get(element.dataType);
      return action === undefined || allowed.has(action);
    }),
  };
}
