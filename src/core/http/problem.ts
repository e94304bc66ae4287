import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ProblemError } from '../errors.ts';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  code: string;
  traceId: string;
  [extension: string]: unknown;
}

export function problemBody(error: ProblemError, request: FastifyRequest): ProblemBody {
  return {
    ...error.extensions,
    type: `urn:tinn:problem:${error.code}`,
    title: error.title,
    status: error.status,
    ...(error.detail === undefined ? {} : { detail: error.detail }),
    instance: request.url,
    code: error.code,
    traceId: request.id,
  };
}

export function sendProblem(reply: FastifyReply, error: ProblemError): FastifyReply {
  return reply.status(error.status).type(PROBLEM_CONTENT_TYPE).send(problemBody(error, reply.request));
}

/** Turns framework errors (validation, body parsing, limits) into the platform's problem type. */
function toProblem(error: FastifyError): ProblemError {
  if (error instanceof ProblemError) return error;
  if (error.validation) {
    return new ProblemError(400, 'validation_failed', 'Bad Request', error.message, {
      errors: error.validation.map((issue) => ({
        path: `${error.validationContext ?? ''}${issue.instancePath}`,
        message: issue.message ?? 'is invalid',
      })),
    });
  }
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new ProblemError(415, 'unsupported_media_type', 'Unsupported Media Type', error.message);
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new ProblemError(413, 'payload_too_large', 'Payload Too Large', error.message);
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new ProblemError(400, 'invalid_body', 'Bad Request', error.message);
  }
  if (error instanceof SyntaxError || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY') {
    return new ProblemError(
      400,
      'malformed_body',
      'Bad Request',
      `The body could not be parsed: ${error.message}`,
    );
  }
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    return new ProblemError(status, error.code?.toLowerCase() ?? 'bad_request', 'Bad Request', error.message);
  }
  return new ProblemError(500, 'internal_error', 'Internal Server Error', 'An unexpected error occurred');
}

export function registerProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const problem = toProblem(error);
    if (problem.status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ code: problem.code, detail: problem.detail }, 'request refused');
    return sendProblem(reply, problem);
  });
  app.setNotFoundHandler((request, reply) =>
    sendProblem(
      reply,
      new ProblemError(
        404,
        'route_not_found',
        'Not Found',
        `No route ${request.method} ${request.url.split('?')[0]}`,
      ),
    ),
  );
}
