import { createHash, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { BlobNotFoundError, type BlobStore } from '../../../core/blob-store/index.ts';
import { badRequest, notFound, unauthorized } from '../../../core/errors.ts';
import type { Principal } from '../../authentication/index.ts';
import {
  type BlobStaging,
  blobPathOf,
  type DataAccess,
  type ElementCommit,
  elementOf,
  methodNotAllowed,
  newElement,
} from '../data/index.ts';
import { performedBy } from '../instances/caller-identity.ts';
import type { DataElement, Instance } from '../instances/instance.ts';
import { withoutEmpty } from '../instances/instance.ts';
import type { InstanceService } from '../instances/instance-service.ts';
import { type SignDocument, type SignRequest, sameSignee } from './sign-document.ts';

export interface SigningServiceDeps {
  readonly instances: InstanceService;
  readonly access: DataAccess;
  readonly staging: BlobStaging;
  readonly commit: ElementCommit;
  readonly blobs: BlobStore;
  readonly now?: () => Date;
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** `POST …/sign`: a signature document over the exact bytes of the signed elements, stored locked. */
export class SigningService {
  constructor(private readonly deps: SigningServiceDeps) {}

  private async sha256(element: DataElement): Promise<string> {
    if (element.blobStoragePath === undefined)
      throw notFound('blob_not_found', `No content for ${element.id}`);
    const hash = createHash('sha256');
    try {
      for await (const chunk of await this.deps.blobs.read(element.blobStoragePath))
        hash.update(chunk as Buffer);
    } catch (error) {
      if (error instanceof BlobNotFoundError)
        throw notFound('blob_not_found', `Failed reading file, dataElementId: ${element.id}`);
      throw error;
    }
    return hash.digest('hex');
  }

  /** Earlier signature documents of the same type and signee, which the new one replaces. */
  private async previousDocuments(instance: Instance, request: SignRequest): Promise<DataElement[]> {
    const candidates = instance.data.filter(
      (element) => element.dataType === request.signatureDocumentDataType,
    );
    const replaced: DataElement[] = [];
    for (const element of candidates) {
      try {
        if (element.blobStoragePath === undefined) continue;
        const document = JSON.parse(
          (await readAll(await this.deps.blobs.read(element.blobStoragePath))).toString('utf8'),
        );
        if (sameSignee(document?.signeeInfo, request.signee)) replaced.push(element);
      } catch {
        // Not a readable signature document: it is not this signee's.
      }
    }
    return replaced;
  }

  async sign(caller: Principal, instanceGuid: string, request: SignRequest): Promise<void> {
    const { instances, access } = this.deps;
    const instance = await instances.authorized(caller, instanceGuid, 'sign');
    if (!request.signee?.userId && !request.signee?.systemUserId) {
      throw badRequest(
        'missing_signee',
        "The 'UserId' or 'SystemUserId' parameter must be defined for signee.",
      );
    }
    const by = performedBy(caller);
    if (by === '') throw unauthorized('The caller has no user id or organisation number');
    const dataType = await access.dataType(instance, request.signatureDocumentDataType);
    const task = instance.process?.currentTask?.elementId;
    if (dataType === undefined || (dataType.taskId && dataType.taskId !== task)) {
      throw methodNotAllowed(
        'invalid_signature_data_type',
        `DataType ${request.signatureDocumentDataType} is not declared for the app or not for the current task`,
      );
    }

    const signatures = [];
    for (const signature of request.dataElementSignatures ?? []) {
      const element = elementOf(instance, signature.dataElementId);
      signatures.push({
        dataElementId: element.id,
        sha256Hash: await this.sha256(element),
        signed: signature.signed === true,
      });
    }
    const replaced = await this.previousDocuments(instance, request);

    const dataGuid = randomUUID();
    const document: SignDocument = withoutEmpty({
      id: dataGuid,
      instanceGuid,
      signedTime: (this.deps.now?.() ?? new Date()).toISOString(),
      signeeInfo: {
        userId: request.signee.userId,
        systemUserId: request.signee.systemUserId,
        personNumber: request.signee.personNumber,
        organisationNumber: request.signee.organisationNumber,
      },
      dataElementSignatures: signatures,
    });
    const bytes = Buffer.from(JSON.stringify(document, null, 2), 'utf8');
    const blob = await this.deps.staging.write(
      { blobKey: blobPathOf(instance, dataGuid), instanceGuid, dataGuid },
      Readable.from([bytes]),
      bytes.length,
    );
    const replacedIds = new Set(replaced.map((element) => element.id));
    await this.deps.commit.run(
      instanceGuid,
      (current, now) => {
        const element = newElement({
          id: dataGuid,
          instanceGuid,
          dataType: request.signatureDocumentDataType,
          contentType: 'application/json',
          filename: `${request.signatureDocumentDataType}.json`,
          blob,
          refs: undefined,
          generatedFromTask: request.generatedFromTask,
          by,
          now,
          isRead: true,
          fileScan: false,
          locked: true,
        });
        const removed = current.data.filter((candidate) => replacedIds.has(candidate.id));
        const changed: Instance = {
          ...current,
          data: [...current.data.filter((candidate) => !replacedIds.has(candidate.id)), element],
          lastChanged: now,
          lastChangedBy: by,
        };
        const events = [
          ...removed.map((old) => instances.event(caller, changed, 'Deleted', now, old.id)),
          instances.event(caller, changed, 'Signed', now),
        ];
        return { instance: changed, events, insert: [element], remove: removed };
      },
      [blob.key],
    );
  }
}
