import { forbidden } from '../../../core/errors.ts';
import type { Principal } from '../../authentication/index.ts';
import type { AuthorizationResource, PolicyEnforcementPoint } from '../../authorization/index.ts';
import type { Instance } from './instance.ts';

/** The resource an instance is for the PDP: its app, owner party, and current task or end event. */
export function instanceResource(instance: Instance): AuthorizationResource {
  const [org = instance.org, app = ''] = instance.appId.split('/');
  const task = instance.process?.currentTask?.elementId;
  const endEvent = task === undefined ? instance.process?.endEvent : undefined;
  return {
    org,
    app,
    partyId: Number(instance.instanceOwner.partyId),
    instanceId: instance.id,
    ...(task === undefined ? {} : { task }),
    ...(endEvent === undefined ? {} : { endEvent }),
  };
}

/** The actions that may move or touch an instance in its current task (Storage's process authorizer). */
export function actionsForTaskType(taskType: string | undefined): string[] {
  switch (taskType) {
    case undefined:
      return [];
    case 'data':
    case 'feedback':
    case 'pdf':
    case 'eFormidling':
    case 'fiksArkiv':
    case 'subformPdf':
      return ['write'];
    case 'payment':
      return ['pay', 'write'];
    case 'confirmation':
      return ['confirm'];
    case 'signing':
      return ['sign', 'write'];
    default:
      return [taskType];
  }
}

/** Asks the PDP about instances; throws 403 problems so services read as a list of rules. */
export class InstanceAuthorizer {
  constructor(private readonly pep: PolicyEnforcementPoint) {}

  async mayOn(principal: Principal, action: string, resource: AuthorizationResource): Promise<boolean> {
    return this.pep.authorize(principal, action, resource);
  }

  async may(principal: Principal, action: string, instance: Instance): Promise<boolean> {
    return this.pep.authorize(principal, action, instanceResource(instance));
  }

  async require(principal: Principal, action: string, instance: Instance): Promise<void> {
    if (!(await this.may(principal, action, instance))) {
      throw forbidden(`The caller may not ${action} instance ${instance.id}`);
    }
  }

  /**
   * Changes tied to the process (presentation texts, data values, locks): any action the current task
   * type calls for, `write` when there is no current task, and `reject` as a fallback.
   */
  async requireTaskAction(principal: Principal, instance: Instance): Promise<void> {
    const task = instance.process?.currentTask;
    const actions = task === undefined ? ['write'] : actionsForTaskType(task.altinnTaskType);
    const resource = instanceResource(instance);
    if (!(await this.pep.authorizeAny(principal, [...actions, 'reject'], resource))) {
      throw forbidden(`The caller may not change instance ${instance.id} in its current task`);
    }
  }
}
