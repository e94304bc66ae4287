import type { Readable } from 'node:stream';
import { filenameOf } from './content-disposition.ts';
import { multipartBoundary, readFirstPart } from './multipart-first-part.ts';

/** The bytes of an upload with what its headers say about them. */
export interface UploadContent {
  readonly stream: Readable;
  readonly contentType: string | undefined;
  readonly filename: string | undefined;
  /** Content-Length of a raw body; unknown for multipart and chunked bodies. */
  readonly declaredLength: number | undefined;
}

export interface UploadHeaders {
  readonly contentType: string | undefined;
  readonly contentDisposition: string | undefined;
  readonly contentLength: string | undefined;
}

function declaredLength(header: string | undefined): number | undefined {
  if (header === undefined || !/^\d+$/.test(header)) return undefined;
  return Number(header);
}

/**
 * A raw body is the content itself, described by the request's Content-Type and Content-Disposition.
 * A multipart body contributes its first part only, described by that part's own headers.
 */
export async function uploadContent(body: Readable, headers: UploadHeaders): Promise<UploadContent> {
  const boundary = multipartBoundary(headers.contentType);
  if (boundary === undefined) {
    return {
      stream: body,
      contentType: headers.contentType,
      filename: filenameOf(headers.contentDisposition),
      declaredLength: declaredLength(headers.contentLength),
    };
  }
  const part = await readFirstPart(body, boundary);
  return {
    stream: part.body,
    contentType: part.headers['content-type'],
    filename: filenameOf(part.headers['content-disposition']),
    declaredLength: undefined,
  };
}
