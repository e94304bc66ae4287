import { ProblemError } from '../../../core/errors.ts';

export const payloadTooLarge = (maxBytes: number) =>
  new ProblemError(
    413,
    'payload_too_large',
    'Payload Too Large',
    `The content is larger than ${maxBytes} bytes`,
    {
      maxBytes,
    },
  );

export const unsupportedMediaType = (detail: string) =>
  new ProblemError(415, 'unsupported_media_type', 'Unsupported Media Type', detail);

export const unprocessable = (code: string, detail: string) =>
  new ProblemError(422, code, 'Unprocessable Entity', detail);

export const methodNotAllowed = (code: string, detail: string) =>
  new ProblemError(405, code, 'Method Not Allowed', detail);

/** The upload's pending row was taken by a sweeper (this node looked dead); nothing was committed. */
export const uploadLost = () =>
  new ProblemError(503, 'upload_lost', 'Service Unavailable', 'The upload was interrupted; send it again');

export const uploadAborted = () =>
  new ProblemError(400, 'upload_aborted', 'Bad Request', 'The request body ended before it was complete');
