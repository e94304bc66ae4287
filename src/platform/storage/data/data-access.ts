import { badRequest, forbidden, notFound } from '../../../core/errors.ts';
import type { Principal } from '../../authentication/index.ts';
import { isAppOwner } from '../instances/caller-identity.ts';
import type { DataElement, Instance } from '../instances/instance.ts';
import type { InstanceAuthorizer } from '../instances/instance-authorizer.ts';
import type { InstanceService } from '../instances/instance-service.ts';
import type { UploadDataType } from './data-type-rules.ts';

/** Lookups and checks every data route shares. */
export class DataAccess {
  constructor(
    private readonly instances: InstanceService,
    private readonly authorizer: InstanceAuthorizer,
  ) {}

  /** The app's declaration of a data type; undefined when the app does not declare it. */
  async dataType(instance: Instance, dataTypeId: string): Promise<UploadDataType | undefined> {
    const application = await this.instances.application(instance.appId);
    return application.dataTypes?.find((candidate) => candidate.id === dataTypeId) as
      | UploadDataType
      | undefined;
  }

  async requireDataType(instance: Instance, dataTypeId: string | undefined): Promise<UploadDataType> {
    if (dataTypeId === undefined || dataTypeId === '') {
      throw badRequest('missing_data_type', 'Missing parameter value: dataType');
    }
    const dataType = await this.dataType(instance, dataTypeId);
    if (dataType === undefined) {
      throw badRequest(
        'unknown_data_type',
        `Requested element type ${dataTypeId} is not declared in application metadata`,
      );
    }
    return dataType;
  }

  /** The data type's extra PDP action (`actionRequiredToRead`/`Write`), when it has one. */
  async requireAction(
    caller: Principal,
    action: string | null | undefined,
    instance: Instance,
  ): Promise<void> {
    if (action === undefined || action === null || action === '') return;
    if (!(await this.authorizer.may(caller, action, instance))) {
      throw forbidden(`The caller may not ${action} data of this type on instance ${instance.id}`);
    }
  }

  /** Instance and element for a write: PDP `write` plus the data type's `actionRequiredToWrite`. */
  async forWrite(caller: Principal, instanceGuid: string, dataGuid: string) {
    const instance = await this.instances.authorized(caller, instanceGuid, 'write');
    const element = elementOf(instance, dataGuid);
    const dataType = await this.dataType(instance, element.dataType);
    await this.requireAction(caller, dataType?.actionRequiredToWrite, instance);
    return { instance, element, dataType };
  }

  /** The instance for a caller asking with no PDP action yet (the lock routes decide their own). */
  async visibleInstance(caller: Principal, instanceGuid: string): Promise<Instance> {
    const instance = await this.instances.find(instanceGuid);
    const owner = instance !== undefined && isAppOwner(caller, instance.org);
    if (instance === undefined || (instance.status.isHardDeleted && !owner)) {
      throw notFound('instance_not_found', `No instance ${instanceGuid}`);
    }
    return owner
      ? instance
      : { ...instance, data: instance.data.filter((element) => !element.deleteStatus?.isHardDeleted) };
  }
}

export function elementOf(instance: Instance, dataGuid: string): DataElement {
  const element = instance.data.find((candidate) => candidate.id === dataGuid);
  if (element === undefined) throw notFound('data_element_not_found', `No data element ${dataGuid}`);
  return element;
}

/** Elements not marked for deletion: what counts toward maxCount. */
export function liveElements(elements: readonly DataElement[]): DataElement[] {
  return elements.filter((element) => !element.deleteStatus?.isHardDeleted);
}
