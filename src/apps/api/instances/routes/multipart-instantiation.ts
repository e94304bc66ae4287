import type { FastifyInstance } from 'fastify';
import { badRequest } from '../../../../core/errors.ts';
import type { InstantiationRequest } from '../app-instance-service.ts';
import type { DataPart } from '../data-parts.ts';
import { type MultipartPart, multipartParts } from '../multipart-parts.ts';

const MULTIPART_BODY_LIMIT = 256 * 1024 * 1024;

/** A multipart body as the create route receives it from the parser below. */
export interface MultipartBody {
  readonly multipartParts: readonly MultipartPart[];
}

export function isMultipartBody(body: unknown): body is MultipartBody {
  return typeof body === 'object' && body !== null && Array.isArray((body as MultipartBody).multipartParts);
}

/** In this scope `multipart/form-data` bodies are read whole and split into parts. */
export function acceptMultipart(scope: FastifyInstance): void {
  scope.addContentTypeParser(
    'multipart/form-data',
    { parseAs: 'buffer', bodyLimit: MULTIPART_BODY_LIMIT },
    (request, body, done) => {
      try {
        const parts = multipartParts(body as Buffer, request.headers['content-type'] ?? '');
        done(null, { multipartParts: parts } satisfies MultipartBody);
      } catch (error) {
        done(error as Error, undefined);
      }
    },
  );
}

const isJson = (part: MultipartPart) => (part.contentType ?? '').split(';')[0]?.trim() === 'application/json';

/**
 * Altinn's multipart instantiation: the part `instance` (JSON) is the template, and a single unnamed JSON
 * part is too; `notification` is ignored (Tinn sends none); every other part is a data element named by its
 * data type.
 */
export function multipartInstantiation(
  body: MultipartBody,
): Pick<InstantiationRequest, 'template' | 'parts'> {
  const parts = body.multipartParts;
  const [first] = parts;
  const single =
    parts.length === 1 && first !== undefined && first.name === undefined && isJson(first)
      ? first
      : undefined;
  const instancePart = parts.find((part) => part.name === 'instance') ?? single;
  if (instancePart !== undefined && !isJson(instancePart)) {
    throw badRequest('invalid_instance_part', 'The multipart section instance must be application/json');
  }
  let template: InstantiationRequest['template'];
  if (instancePart !== undefined && instancePart.data.length > 0) {
    try {
      template = JSON.parse(instancePart.data.toString('utf8')) as InstantiationRequest['template'];
    } catch {
      throw badRequest('invalid_instance_part', 'The multipart section instance is not JSON');
    }
  }
  const data: DataPart[] = parts
    .filter((part) => part !== instancePart && part.name !== 'notification')
    .map((part) => {
      if (part.name === undefined) throw badRequest('unnamed_part', 'Every data section needs a name');
      return {
        dataType: part.name,
        data: part.data,
        ...(part.contentType === undefined ? {} : { contentType: part.contentType }),
        ...(part.filename === undefined ? {} : { filename: part.filename }),
      };
    });
  return { ...(template === undefined ? {} : { template }), parts: data };
}
