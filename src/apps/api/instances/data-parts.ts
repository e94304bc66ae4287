import { Readable } from 'node:stream';
import { badRequest } from '../../../core/errors.ts';
import type { Principal } from '../../../platform/authentication/index.ts';
import type { DataUploadService } from '../../../platform/storage/data/index.ts';
import type { LoadedApp } from '../../loader/index.ts';

/** A data element sent with the instantiation: a multipart part named after its data type. */
export interface DataPart {
  readonly dataType: string;
  readonly contentType?: string;
  readonly filename?: string;
  readonly data: Buffer;
}

type UploadRequest = Parameters<DataUploadService['create']>[3];

/** 400 unless every part names a data type of the app and has content. */
export function checkDataParts(app: LoadedApp, parts: readonly DataPart[]): void {
  for (const part of parts) {
    if (!app.metadata.dataTypes.some((type) => type.id === part.dataType)) {
      throw badRequest(
        'unknown_data_type',
        `Multipart section named ${part.dataType} does not correspond to an element`,
      );
    }
    if (part.data.length === 0)
      throw badRequest('empty_part', `The multipart section ${part.dataType} is empty`);
  }
}

/** Stores the parts through Storage's upload service, with its content type, size and count gates. */
export async function storeDataParts(
  uploads: DataUploadService,
  caller: Principal,
  instanceGuid: string,
  parts: readonly DataPart[],
): Promise<void> {
  for (const part of parts) {
    const request: UploadRequest = {
      open: async () => ({
        stream: Readable.from([part.data]),
        contentType: part.contentType,
        filename: part.filename,
        declaredLength: part.data.length,
      }),
    };
    await uploads.create(caller, instanceGuid, part.dataType, request);
  }
}
