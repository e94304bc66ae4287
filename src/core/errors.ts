/**
 * The one error type of the platform. Services throw it; the HTTP layer renders it once as
 * RFC 7807 application/problem+json. `code` is a stable machine-readable string.
 */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    readonly detail?: string,
    readonly extensions: Readonly<Record<string, unknown>> = {},
  ) {
    super(detail ?? title);
    this.name = 'ProblemError';
  }
}

export const badRequest = (code: string, detail: string, extensions?: Record<string, unknown>) =>
  new ProblemError(400, code, 'Bad Request', detail, extensions);

export const unauthorized = (detail = 'A valid token is required') =>
  new ProblemError(401, 'unauthorized', 'Unauthorized', detail);

export const forbidden = (detail = 'The caller is not authorized for this operation') =>
  new ProblemError(403, 'forbidden', 'Forbidden', detail);

export const notFound = (code: string, detail: string) => new ProblemError(404, code, 'Not Found', detail);

export const conflict = (code: string, detail: string) => new ProblemError(409, code, 'Conflict', detail);

export const tooManyRequests = (detail: string) =>
  new ProblemError(429, 'too_many_requests', 'Too Many Requests', detail);
