import type { FastifyReply, FastifyRequest } from 'fastify';
import type { UploadRequest } from '../data-upload-service.ts';
import { uploadContent } from '../upload-content.ts';
import { uploadBody } from './raw-body.ts';

function header(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** What the upload service needs from an upload request; the body is opened only when the service asks. */
export function uploadRequestOf(
  request: FastifyRequest,
  reply: FastifyReply,
  query: { readonly refs?: readonly string[]; readonly generatedFromTask?: string },
): UploadRequest {
  return {
    refs: query.refs,
    generatedFromTask: query.generatedFromTask,
    open: () =>
      uploadContent(uploadBody(request, reply), {
        contentType: header(request, 'content-type'),
        contentDisposition: header(request, 'content-disposition'),
        contentLength: header(request, 'content-length'),
      }),
  };
}
