import type { DataElement } from '../instances/instance.ts';
import type { StorageDataType } from '../instances/storage-application.ts';

/** The data type fields the upload gates read, beside what instance handling already knows. */
export interface UploadDataType extends StorageDataType {
  readonly maxSize?: number | null;
  readonly maxCount?: number | null;
  readonly allowedContentTypes?: readonly string[] | null;
}

const MIB = 1024 * 1024;

/** Storage's own cap on one upload, as in Altinn (2000 MiB); a data type's maxSize may only lower it. */
export const PLATFORM_MAX_UPLOAD_BYTES = 2000 * MIB;

/** The most bytes an upload of this type may have: `maxSize` MiB when set, never above the platform cap. */
export function uploadLimitBytes(dataType: UploadDataType): number {
  const maxSize = dataType.maxSize;
  if (typeof maxSize !== 'number' || !Number.isFinite(maxSize) || maxSize <= 0)
    return PLATFORM_MAX_UPLOAD_BYTES;
  return Math.min(maxSize * MIB, PLATFORM_MAX_UPLOAD_BYTES);
}

/** A media type without its parameters, lower case: `Application/XML; charset=utf-8` is `application/xml`. */
export function bareMediaType(contentType: string | undefined): string | undefined {
  const bare = contentType?.split(';')[0]?.trim().toLowerCase();
  return bare === undefined || bare === '' ? undefined : bare;
}

/**
 * No list (or an empty one) allows anything; so does `application/octet-stream` in the list, as in the
 * app API. Otherwise the bare media type must be listed (compared without case).
 */
export function isContentTypeAllowed(dataType: UploadDataType, contentType: string | undefined): boolean {
  const allowed = (dataType.allowedContentTypes ?? []).map((entry) => bareMediaType(entry));
  if (allowed.length === 0 || allowed.includes('application/octet-stream')) return true;
  const bare = bareMediaType(contentType);
  return bare !== undefined && allowed.includes(bare);
}

/** Whether the instance already has as many elements of this type as `maxCount` allows (≤ 0 or absent: no limit). */
export function isMaxCountReached(dataType: UploadDataType, elements: readonly DataElement[]): boolean {
  const maxCount = dataType.maxCount;
  if (typeof maxCount !== 'number' || maxCount <= 0) return false;
  return elements.filter((element) => element.dataType === dataType.id).length >= maxCount;
}
