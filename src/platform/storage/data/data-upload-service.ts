import { randomUUID } from 'node:crypto';
import type { StoredBlob } from '../../../core/blob-store/index.ts';
import { badRequest, conflict, notFound } from '../../../core/errors.ts';
import type { Principal } from '../../authentication/index.ts';
import { isAppOwner, performedBy } from '../instances/caller-identity.ts';
import type { DataElement, Instance } from '../instances/instance.ts';
import type { InstanceService } from '../instances/instance-service.ts';
import type { BlobStaging } from './blob-staging.ts';
import { type DataAccess, liveElements } from './data-access.ts';
import { payloadTooLarge, unprocessable, unsupportedMediaType } from './data-errors.ts';
import {
  isContentTypeAllowed,
  isMaxCountReached,
  type UploadDataType,
  uploadLimitBytes,
} from './data-type-rules.ts';
import { blobTargetOf, type ElementCommit } from './element-commit.ts';
import { blobPathOf, newElement, overwritten, statusAfterUnreadArrives } from './element-documents.ts';
import type { UploadContent } from './upload-content.ts';

export interface UploadRequest {
  readonly refs?: readonly string[];
  readonly generatedFromTask?: string;
  /** Opens the body; called only once the caller is authorized and the data type is known. */
  readonly open: () => Promise<UploadContent>;
}

export interface UploadServiceDeps {
  readonly instances: InstanceService;
  readonly access: DataAccess;
  readonly staging: BlobStaging;
  readonly commit: ElementCommit;
}

function maxCountConflict(dataType: UploadDataType): Error {
  return conflict(
    'max_count_reached',
    `The instance already has the most elements of type ${dataType.id} allowed (${dataType.maxCount})`,
  );
}

/** Gates on what the headers say, before any byte is stored; `refuse` stops reading the body. */
function checkContent(dataType: UploadDataType, content: UploadContent, refuse: () => void): number {
  if (!isContentTypeAllowed(dataType, content.contentType)) {
    refuse();
    throw unsupportedMediaType(
      `Content type ${content.contentType ?? '(none)'} is not allowed for element type ${dataType.id}`,
    );
  }
  const limit = uploadLimitBytes(dataType);
  if (content.declaredLength !== undefined && content.declaredLength > limit) {
    refuse();
    throw payloadTooLarge(limit);
  }
  return limit;
}

/** New and replaced content of data elements, streamed to the blob store before any row is committed. */
export class DataUploadService {
  constructor(private readonly deps: UploadServiceDeps) {}

  private async store(
    instance: Instance,
    dataGuid: string,
    key: string,
    content: UploadContent,
    limit: number,
  ) {
    const instanceGuid = instance.id.split('/')[1] ?? '';
    const blob = await this.deps.staging.write(
      { blobKey: key, instanceGuid, dataGuid },
      content.stream,
      limit,
    );
    return blob;
  }

  async create(
    caller: Principal,
    instanceGuid: string,
    dataTypeId: string | undefined,
    request: UploadRequest,
  ): Promise<DataElement> {
    const { instances, access } = this.deps;
    const instance = await instances.authorized(caller, instanceGuid, 'write');
    const dataType = await access.requireDataType(instance, dataTypeId);
    await access.requireAction(caller, dataType.actionRequiredToWrite, instance);
    if (isMaxCountReached(dataType, liveElements(instance.data))) throw maxCountConflict(dataType);

    const content = await request.open();
    const limit = checkContent(dataType, content, () => content.stream.destroy());
    const dataGuid = randomUUID();
    const blob = await this.store(instance, dataGuid, blobPathOf(instance, dataGuid), content, limit);
    if (blob.size === 0) {
      await this.deps.staging.discard(blob.key);
      throw badRequest('empty_content', 'The request has no content to store');
    }

    const owner = isAppOwner(caller, instance.org);
    let element: DataElement | undefined;
    await this.deps.commit.run(
      instanceGuid,
      (current, now) => {
        if (isMaxCountReached(dataType, liveElements(current.data))) throw maxCountConflict(dataType);
        element = newElement({
          id: dataGuid,
          instanceGuid,
          dataType: dataType.id,
          contentType: content.contentType,
          filename: content.filename,
          blob,
          refs: request.refs,
          generatedFromTask: request.generatedFromTask,
          by: performedBy(caller),
          now,
          isRead: !owner,
          fileScan: dataType.enableFileScan === true,
        });
        const changed: Instance = {
          ...current,
          status: owner ? statusAfterUnreadArrives(current.status) : current.status,
          data: [...current.data, element],
          lastChanged: now,
          lastChangedBy: performedBy(caller),
        };
        return {
          instance: changed,
          events: [instances.event(caller, changed, 'Created', now, dataGuid)],
          insert: [element],
        };
      },
      [blob.key],
    );
    return element!;
  }

  /** New content under a new blob key; the row switches to it in the commit, and the old blob goes after. */
  async overwrite(caller: Principal, instanceGuid: string, dataGuid: string, request: UploadRequest) {
    const { access, instances } = this.deps;
    const { instance, element, dataType } = await access.forWrite(caller, instanceGuid, dataGuid);
    refuseLockedOrDeleted(element);
    const rules: UploadDataType = dataType ?? { id: element.dataType };
    const content = await request.open();
    const limit = checkContent(rules, content, () => content.stream.destroy());
    const key = `${blobPathOf(instance, dataGuid)}.${randomUUID()}`;
    const blob: StoredBlob = await this.store(instance, dataGuid, key, content, limit);
    if (blob.size === 0) {
      await this.deps.staging.discard(blob.key);
      throw unprocessable('empty_content', 'Could not process attached file: it is empty');
    }

    const owner = isAppOwner(caller, instance.org);
    let result: DataElement | undefined;
    await this.deps.commit.run(
      instanceGuid,
      (current, now) => {
        const stored = current.data.find((candidate) => candidate.id === dataGuid);
        if (stored === undefined) throw notFound('data_element_not_found', `No data element ${dataGuid}`);
        refuseLockedOrDeleted(stored);
        result = overwritten(stored, {
          contentType: content.contentType,
          filename: content.filename,
          blob,
          refs: request.refs,
          generatedFromTask: request.generatedFromTask,
          by: performedBy(caller),
          now,
          byAppOwner: owner,
          fileScan: rules.enableFileScan === true,
        });
        const changed: Instance = {
          ...current,
          status: owner ? statusAfterUnreadArrives(current.status) : current.status,
          data: current.data.map((candidate) => (candidate.id === dataGuid ? result! : candidate)),
          lastChanged: now,
          lastChangedBy: performedBy(caller),
        };
        const old = blobTargetOf(stored);
        return {
          instance: changed,
          events: [instances.event(caller, changed, 'Saved', now, dataGuid)],
          update: [result],
          replaced: old === undefined || old.blobKey === blob.key ? [] : [old],
        };
      },
      [blob.key],
    );
    return result!;
  }
}

function refuseLockedOrDeleted(element: DataElement): void {
  if (element.locked) {
    throw conflict('data_element_locked', `Data element ${element.id} is locked and cannot be updated`);
  }
  if (element.deleteStatus?.isHardDeleted) {
    throw conflict('data_element_deleted', `Data element ${element.id} is deleted and cannot be updated`);
  }
}
