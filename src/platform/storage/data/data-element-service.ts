import type { Readable } from 'node:stream';
import { BlobNotFoundError, type BlobStore } from '../../../core/blob-store/index.ts';
import { badRequest, forbidden, notFound } from '../../../core/errors.ts';
import type { Principal } from '../../authentication/index.ts';
import { isAppOwner, performedBy } from '../instances/caller-identity.ts';
import type { DataElement, Instance } from '../instances/instance.ts';
import type { InstanceAuthorizer } from '../instances/instance-authorizer.ts';
import type { InstanceService } from '../instances/instance-service.ts';
import { type DataAccess, elementOf } from './data-access.ts';
import type { DataDb, DataElementRepository } from './data-element-repository.ts';
import type { ElementCommit } from './element-commit.ts';
import { type ElementUpdate, statusAfterDataChange, updated } from './element-documents.ts';

export type FileScanResult = NonNullable<DataElement['fileScanResult']>;

export interface DataElementServiceDeps {
  readonly db: DataDb;
  readonly instances: InstanceService;
  readonly authorizer: InstanceAuthorizer;
  readonly access: DataAccess;
  readonly elements: DataElementRepository;
  readonly blobs: BlobStore;
  readonly commit: ElementCommit;
}

export interface ElementContent {
  readonly element: DataElement;
  readonly stream: Readable;
}

/** Reading, describing, deleting and locking data elements (content uploads are DataUploadService's). */
export class DataElementService {
  constructor(private readonly deps: DataElementServiceDeps) {}

  async list(caller: Principal, instanceGuid: string): Promise<Instance> {
    return this.deps.instances.authorized(caller, instanceGuid, 'read');
  }

  /** The content, streamed. A reader other than the app owner marks an unread element read. */
  async content(caller: Principal, instanceGuid: string, dataGuid: string): Promise<ElementContent> {
    const { instances, access, elements, blobs, db } = this.deps;
    const instance = await instances.authorized(caller, instanceGuid, 'read');
    const element = elementOf(instance, dataGuid);
    const dataType = await access.dataType(instance, element.dataType);
    await access.requireAction(caller, dataType?.actionRequiredToRead, instance);
    if (element.blobStoragePath === undefined)
      throw notFound('blob_not_found', `Data element ${dataGuid} has no content`);
    let stream: Readable;
    try {
      stream = await blobs.read(element.blobStoragePath);
    } catch (error) {
      if (error instanceof BlobNotFoundError)
        throw notFound('blob_not_found', `No content for data element ${dataGuid}`);
      throw error;
    }
    if (element.isRead === false && !isAppOwner(caller, instance.org)) {
      await elements.patch(db, dataGuid, { isRead: true });
    }
    return { element, stream };
  }

  /** Replaces the members Altinn lets callers set (timestamps included, as sent); no event. */
  async update(caller: Principal, instanceGuid: string, dataGuid: string, body: DataElement & ElementUpdate) {
    await this.deps.access.forWrite(caller, instanceGuid, dataGuid);
    if (body.id !== dataGuid || body.instanceGuid !== instanceGuid) {
      throw badRequest('mismatched_ids', 'The data element id and instanceGuid must match the route');
    }
    let result: DataElement | undefined;
    await this.deps.commit.run(instanceGuid, (current, now) => {
      result = updated(elementOf(current, dataGuid), body);
      const changed: Instance = {
        ...current,
        data: current.data.map((element) => (element.id === dataGuid ? result! : element)),
        lastChanged: now,
        lastChangedBy: performedBy(caller),
      };
      return { instance: changed, events: [], update: [result] };
    });
    return result!;
  }

  /**
   * Immediate: the row goes, then the blob (event Deleted). Delayed (`delay=true`, only for data types with
   * `appLogic.autoDeleteOnProcessEnd`): the element is marked hard deleted. Locks do not stop a delete.
   */
  async delete(
    caller: Principal,
    instanceGuid: string,
    dataGuid: string,
    delay: boolean,
  ): Promise<DataElement> {
    const { access, instances } = this.deps;
    const instance = await instances.authorized(caller, instanceGuid, 'write');
    const found = elementOf(instance, dataGuid);
    if (delay && found.deleteStatus?.isHardDeleted) return found;
    const dataType = await access.dataType(instance, found.dataType);
    await access.requireAction(caller, dataType?.actionRequiredToWrite, instance);
    if (delay && dataType?.appLogic?.autoDeleteOnProcessEnd !== true) {
      throw badRequest('delay_not_supported', `DataType ${found.dataType} does not support delayed deletion`);
    }
    const by = performedBy(caller);
    let result: DataElement | undefined;
    await this.deps.commit.run(instanceGuid, (current, now) => {
      const element = { ...elementOf(current, dataGuid), lastChanged: now, lastChangedBy: by };
      result = delay ? { ...element, deleteStatus: { isHardDeleted: true, hardDeleted: now } } : element;
      const data = delay
        ? current.data.map((candidate) => (candidate.id === dataGuid ? result! : candidate))
        : current.data.filter((candidate) => candidate.id !== dataGuid);
      const changed: Instance = {
        ...current,
        data,
        status: delay ? current.status : statusAfterDataChange(current.status, data),
        lastChanged: now,
        lastChangedBy: by,
      };
      const events = [instances.event(caller, changed, 'Deleted', now, dataGuid)];
      return delay
        ? { instance: changed, events, update: [result] }
        : { instance: changed, events, remove: [element] };
    });
    return result!;
  }

  /** Locks the element; `created` is false when it was locked already. Needs the current task's action. */
  async lock(caller: Principal, instanceGuid: string, dataGuid: string) {
    const instance = await this.deps.access.visibleInstance(caller, instanceGuid);
    await this.deps.authorizer.requireTaskAction(caller, instance);
    const element = elementOf(instance, dataGuid);
    const locked = await this.deps.elements.patch(
      this.deps.db,
      dataGuid,
      { locked: true },
      { onlyIfUnlocked: true },
    );
    return locked === undefined
      ? { element: { ...element, locked: true }, created: false }
      : { element: locked, created: true };
  }

  /** Unlocks the element for a caller allowed `write`, `unlock` or `reject`; an unknown instance is 403, as in Altinn. */
  async unlock(caller: Principal, instanceGuid: string, dataGuid: string): Promise<DataElement> {
    const instance = await this.deps.instances.find(instanceGuid);
    if (instance === undefined) throw forbidden(`The caller may not unlock data of instance ${instanceGuid}`);
    const visible = await this.deps.access.visibleInstance(caller, instanceGuid);
    if (!(await this.mayAny(caller, ['write', 'unlock', 'reject'], instance))) {
      throw forbidden(`The caller may not unlock data of instance ${instance.id}`);
    }
    elementOf(visible, dataGuid);
    const element = await this.deps.elements.patch(this.deps.db, dataGuid, { locked: false });
    if (element === undefined) throw notFound('data_element_not_found', `No data element ${dataGuid}`);
    return element;
  }

  /**
   * The file scanner's answer. Altinn takes it from a platform component's access token; Tinn takes it
   * from the app's service owner. Does not change the instance's lastChanged.
   */
  async setFileScanResult(caller: Principal, instanceGuid: string, dataGuid: string, result: FileScanResult) {
    const instance = await this.deps.instances.find(instanceGuid);
    if (instance === undefined) throw notFound('instance_not_found', `No instance ${instanceGuid}`);
    if (!isAppOwner(caller, instance.org)) {
      throw forbidden('Only the file scanner (the app owner in Tinn) may set the file scan result');
    }
    elementOf(instance, dataGuid);
    await this.deps.elements.patch(this.deps.db, dataGuid, { fileScanResult: result });
  }

  private async mayAny(caller: Principal, actions: readonly string[], instance: Instance): Promise<boolean> {
    for (const action of actions) {
      if (await this.deps.authorizer.may(caller, action, instance)) return true;
    }
    return false;
  }
}
